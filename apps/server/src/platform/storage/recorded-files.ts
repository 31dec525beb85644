import type { Readable } from 'node:stream';
import { ObjectNotFoundError, type ObjectStore } from './object-store.ts';

/**
 * Files whose database record (name, type, hash, who) points at an object in the store: the two
 * must not drift apart, and every reading of one is audited.
 */

/** Puts the bytes in the store, then writes their record; if the record fails, the bytes go again. */
export async function storeThenRecord<T>(store: ObjectStore, key: string, body: Buffer, contentType: string, record: () => Promise<T>): Promise<T> {
  await store.put(key, body, contentType);
  try {
    return await record();
  } catch (error) {
    await store.delete(key).catch(() => undefined);
    throw error;
  }
}

/**
 * A recorded file's bytes: a missing object (the record outlived its file) becomes the error
 * `missing` makes, and no byte goes out unless `audit` wrote its entry.
 */
export async function openAudited(store: ObjectStore, key: string, missing: () => Error, audit: () => Promise<unknown>): Promise<Readable> {
  let stream: Readable;
  try {
    stream = await store.get(key);
  } catch (error) {
    if (error instanceof ObjectNotFoundError) throw missing();
    throw error;
  }
  try {
    await audit();
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return stream;
}
