import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalDiskStore } from './local-disk.ts';
import { ObjectNotFoundError } from './object-store.ts';
import { sniffContentType } from './sniff.ts';

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'youyu-objects-'));
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe('local disk object store', () => {
  const store = createLocalDiskStore(root);

  it('stores, reads back and deletes an object', async () => {
    await store.put('filings/a/b', Buffer.from('hello'), 'application/pdf');
    const chunks: Buffer[] = [];
    for await (const chunk of await store.get('filings/a/b')) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('hello');
    expect(await fs.readdir(path.join(root, 'filings/a'))).toEqual(['b']);
    await store.delete('filings/a/b');
    await store.delete('filings/a/b');
    await expect(store.get('filings/a/b')).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it('refuses keys that could leave its directory', async () => {
    for (const key of ['../etc/passwd', '/abs', 'a/../../b', 'a//b', '', 'a/b/', '.hidden/..']) await expect(store.put(key, Buffer.from('x'), 'text/plain'), key).rejects.toThrow(/invalid object key/);
  });
});

describe('content sniffing', () => {
  it('knows PDF, JPEG and PNG by their first bytes and nothing else', () => {
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffContentType(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(sniffContentType(Buffer.from('<html>%PDF-'))).toBeNull();
    expect(sniffContentType(Buffer.alloc(0))).toBeNull();
  });
});
