import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { assertObjectKey, ObjectNotFoundError, type ObjectStore } from './object-store.ts';

/**
 * Objects as files under one directory (the data directory's `objects/` by default). Writes go to
 * a temporary name first and are renamed into place, so a reader never sees half a file.
 */
export function createLocalDiskStore(root: string): ObjectStore {
  const fileOf = (key: string) => {
    assertObjectKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    kind: 'local',
    async put(key, body) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${randomUUID()}.part`;
      await fs.writeFile(temporary, body, { mode: 0o640 });
      await fs.rename(temporary, file);
    },
    async get(key): Promise<Readable> {
      const file = fileOf(key);
      try {
        await fs.access(file);
      } catch {
        throw new ObjectNotFoundError(key);
      }
      return createReadStream(file);
    },
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}
