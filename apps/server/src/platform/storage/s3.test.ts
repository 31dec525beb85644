import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Store } from './s3.ts';
import { sha256Hex, signatureV4, toAmzDate, type Credentials } from './sigv4.ts';
import { ObjectNotFoundError, type ObjectStore } from './object-store.ts';

/**
 * The S3 store against moto (an S3-compatible test double that checks SigV4 signatures), when
 * moto_server is installed; the signer itself is checked against AWS's examples in sigv4.test.ts.
 */
const hasMoto = spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** A signed request outside the store: moto's IAM to create the keys, S3 to create the bucket. */
async function signedCall(endpoint: string, service: 'iam' | 's3', credentials: Credentials, method: string, path: string, body = '') {
  const url = new URL(path, endpoint);
  const headers: Record<string, string> = { host: url.host, 'x-amz-date': toAmzDate(new Date()), 'x-amz-content-sha256': sha256Hex(body) };
  if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
  const { authorization } = signatureV4({ method, url, headers, payloadHash: sha256Hex(body), region: 'us-east-1', service, credentials, amzDate: headers['x-amz-date']! });
  const res = await fetch(url, { method, headers: { ...headers, authorization }, ...(body ? { body } : {}) });
  return { status: res.status, text: await res.text() };
}

const read = async (stream: AsyncIterable<unknown>) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe.skipIf(!hasMoto)('S3 object store against an S3-compatible service', () => {
  let moto: ChildProcess;
  let endpoint: string;
  let credentials: Credentials;
  let store: ObjectStore;

  beforeAll(async () => {
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    // Requests after the first three (creating a user, its key, its policy) must be signed by that key.
    moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { env: { ...process.env, INITIAL_NO_AUTH_ACTION_COUNT: '3' }, stdio: 'ignore' });
    await waitFor(`${endpoint}/moto-api/`);
    const bootstrap = { accessKeyId: 'AKIABOOTSTRAP', secretAccessKey: 'bootstrap' };
    const iam = (params: Record<string, string>) => signedCall(endpoint, 'iam', bootstrap, 'POST', '/', new URLSearchParams({ ...params, Version: '2010-05-08' }).toString());
    await iam({ Action: 'CreateUser', UserName: 'youyu' });
    const key = (await iam({ Action: 'CreateAccessKey', UserName: 'youyu' })).text;
    credentials = { accessKeyId: /<AccessKeyId>(.*?)</.exec(key)![1]!, secretAccessKey: /<SecretAccessKey>(.*?)</.exec(key)![1]! };
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    await iam({ Action: 'PutUserPolicy', UserName: 'youyu', PolicyName: 'all', PolicyDocument: policy });
    expect((await signedCall(endpoint, 's3', credentials, 'PUT', '/youyu')).status).toBe(200);
    store = createS3Store({ endpoint, region: 'us-east-1', bucket: 'youyu', credentials, forcePathStyle: true, prefix: 'test/' });
  }, 30_000);
  afterAll(() => {
    moto?.kill();
  });

  it('puts, gets and deletes an object with signed requests', async () => {
    const body = Buffer.from('%PDF-1.7 备案材料');
    await store.put('filings/one/material.pdf', body, 'application/pdf');
    expect((await read(await store.get('filings/one/material.pdf'))).equals(body)).toBe(true);
    await store.delete('filings/one/material.pdf');
    await expect(store.get('filings/one/material.pdf')).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it('is refused by the service when the secret is wrong', async () => {
    const wrong = createS3Store({ endpoint, region: 'us-east-1', bucket: 'youyu', credentials: { ...credentials, secretAccessKey: 'wrong' }, forcePathStyle: true });
    await expect(wrong.put('filings/x', Buffer.from('x'), 'application/pdf')).rejects.toThrow(/403 SignatureDoesNotMatch/);
  });
});
