import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 for header-based authentication, as S3-compatible services accept it
 * (AWS, MinIO, Ceph, OSS/COS in S3 mode). Only what an object store client needs: the canonical
 * request, the string to sign, the derived key and the Authorization header.
 */
export type Credentials = { accessKeyId: string; secretAccessKey: string };
export type SignInput = {
  method: string;
  url: URL;
  /** Header names in any case; `host` is taken from the URL when absent. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body (or UNSIGNED-PAYLOAD). */
  payloadHash: string;
  region: string;
  service: string;
  credentials: Credentials;
  /** The signing instant, as x-amz-date carries it (YYYYMMDD'T'HHMMSS'Z'). */
  amzDate: string;
};

export const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 unreserved characters stay; everything else is %XX (upper-case), as SigV4 requires. */
export function uriEncode(text: string, keepSlash: boolean): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => {
      const c = String.fromCharCode(byte);
      if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) return c;
      return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

export const toAmzDate = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function canonicalQuery(url: URL): string {
  return [...url.searchParams]
    .map(([k, v]) => [uriEncode(k, false), uriEncode(v, false)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** S3 signs the path as sent, each segment encoded once. */
function canonicalPath(url: URL): string {
  const decoded = decodeURIComponent(url.pathname);
  return uriEncode(decoded || '/', true);
}

export function canonicalRequest(input: Pick<SignInput, 'method' | 'url' | 'headers' | 'payloadHash'>): { text: string; signedHeaders: string } {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(input.headers)) headers.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '));
  if (!headers.has('host')) headers.set('host', input.url.host);
  const names = [...headers.keys()].sort();
  const signedHeaders = names.join(';');
  const text = [input.method.toUpperCase(), canonicalPath(input.url), canonicalQuery(input.url), names.map((n) => `${n}:${headers.get(n)}\n`).join(''), signedHeaders, input.payloadHash].join('\n');
  return { text, signedHeaders };
}

/** The Authorization header value for a request. */
export function signatureV4(input: SignInput): { authorization: string; signature: string; stringToSign: string } {
  const day = input.amzDate.slice(0, 8);
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const { text, signedHeaders } = canonicalRequest(input);
  const stringToSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, sha256Hex(text)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${input.credentials.secretAccessKey}`, day), input.region), input.service), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return { signature, stringToSign, authorization: `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}` };
}
