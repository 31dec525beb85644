import type { Config } from '../../config.ts';
import { createLocalDiskStore } from './local-disk.ts';
import type { ObjectStore } from './object-store.ts';
import { createS3Store, type S3Settings } from './s3.ts';

/**
 * How the store is chosen. Parsed in config.ts from YOUYU_STORAGE (local | s3) and, for s3,
 * YOUYU_S3_ENDPOINT, YOUYU_S3_REGION, YOUYU_S3_BUCKET, YOUYU_S3_ACCESS_KEY_ID,
 * YOUYU_S3_SECRET_ACCESS_KEY, YOUYU_S3_FORCE_PATH_STYLE, YOUYU_S3_PREFIX.
 */
export type StorageConfig = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3Settings);

/** The object store the configuration asks for; local disk under the data directory by default. */
export function objectStoreFor(config: Config): ObjectStore {
  const { storage } = config;
  return storage.kind === 's3' ? createS3Store(storage) : createLocalDiskStore(storage.dir);
}
