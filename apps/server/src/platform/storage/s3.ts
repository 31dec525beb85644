import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { assertObjectKey, ObjectNotFoundError, type ObjectStore } from './object-store.ts';
import { sha256Hex, signatureV4, toAmzDate, uriEncode, type Credentials } from './sigv4.ts';

export type S3Settings = {
  /** e.g. https://s3.cn-north-1.amazonaws.com.cn or http://minio.internal:9000 */
  endpoint: string;
  region: string;
  bucket: string;
  credentials: Credentials;
  /** MinIO and most self-hosted services want /bucket/key; AWS prefers bucket.host/key. */
  forcePathStyle: boolean;
  /** Prefix for every key, so one bucket can serve several installations. */
  prefix?: string;
};

export class ObjectStoreError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ObjectStoreError';
  }
}

/** An S3-compatible object store over fetch, every request signed with SigV4. */
export function createS3Store(settings: S3Settings, fetchImpl: typeof fetch = fetch): ObjectStore {
  const base = new URL(settings.endpoint);
  const urlOf = (key: string) => {
    assertObjectKey(key);
    const objectPath = uriEncode(`${settings.prefix ?? ''}${key}`, true);
    const url = new URL(base);
    if (settings.forcePathStyle) url.pathname = `${base.pathname.replace(/\/$/, '')}/${settings.bucket}/${objectPath}`;
    else {
      url.hostname = `${settings.bucket}.${base.hostname}`;
      url.pathname = `/${objectPath}`;
    }
    return url;
  };

  async function send(method: 'GET' | 'PUT' | 'DELETE', key: string, body?: Buffer, contentType?: string): Promise<Response> {
    const url = urlOf(key);
    const payloadHash = sha256Hex(body ?? '');
    const headers: Record<string, string> = { host: url.host, 'x-amz-content-sha256': payloadHash, 'x-amz-date': toAmzDate(new Date()) };
    if (contentType) headers['content-type'] = contentType;
    const { authorization } = signatureV4({ method, url, headers, payloadHash, region: settings.region, service: 's3', credentials: settings.credentials, amzDate: headers['x-amz-date']! });
    return fetchImpl(url, { method, headers: { ...headers, authorization }, ...(body ? { body } : {}) });
  }

  const fail = async (operation: string, key: string, res: Response) => {
    const text = await res.text().catch(() => '');
    // The service's own code (e.g. SignatureDoesNotMatch) helps an operator; the body may be long.
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? res.statusText;
    return new ObjectStoreError(res.status, `${operation} ${key}: ${res.status} ${code}`);
  };

  return {
    kind: 's3',
    async put(key, body, contentType) {
      const res = await send('PUT', key, body, contentType);
      if (!res.ok) throw await fail('put', key, res);
      await res.arrayBuffer();
    },
    async get(key) {
      const res = await send('GET', key);
      if (res.status === 404) {
        await res.arrayBuffer();
        throw new ObjectNotFoundError(key);
      }
      if (!res.ok || !res.body) throw await fail('get', key, res);
      return Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
    },
    async delete(key) {
      const res = await send('DELETE', key);
      if (!res.ok && res.status !== 404) throw await fail('delete', key, res);
      await res.arrayBuffer();
    },
  };
}
