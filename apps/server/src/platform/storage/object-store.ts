import type { Readable } from 'node:stream';

/**
 * Where uploaded files live: local disk by default, an S3-compatible service when configured.
 * Keys are opaque paths the caller chooses (`filings/<id>/<uuid>`); metadata (names, types,
 * hashes, who uploaded) lives in the database beside the key, so a store holds bytes only.
 */
export interface ObjectStore {
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object's bytes as a stream; throws ObjectNotFoundError when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
}

export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`object ${key} not found`);
    this.name = 'ObjectNotFoundError';
  }
}

/** Letters, digits, dot, dash and underscore per segment: no `..`, no absolute paths, no surprises for S3. */
const KEY = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,127})(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}){0,7}$/;

export function assertObjectKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((segment) => segment === '.' || segment === '..')) throw new Error(`invalid object key ${JSON.stringify(key)}`);
}
