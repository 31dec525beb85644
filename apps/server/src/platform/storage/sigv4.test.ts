import { describe, expect, it } from 'vitest';
import { canonicalRequest, sha256Hex, signatureV4 } from './sigv4.ts';

// The worked examples of AWS's documentation ("Signature calculations for the Authorization
// header: examples" for S3, and get-vanilla of the SigV4 test suite).
const s3Example = { credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }, region: 'us-east-1', service: 's3', amzDate: '20130524T000000Z' };
const emptyHash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('AWS Signature Version 4', () => {
  it('signs the S3 GET Object example (a Range header)', () => {
    const url = new URL('https://examplebucket.s3.amazonaws.com/test.txt');
    const headers = { Host: 'examplebucket.s3.amazonaws.com', Range: 'bytes=0-9', 'x-amz-content-sha256': emptyHash, 'x-amz-date': '20130524T000000Z' };
    expect(sha256Hex(canonicalRequest({ method: 'GET', url, headers, payloadHash: emptyHash }).text)).toBe('7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972');
    expect(signatureV4({ ...s3Example, method: 'GET', url, headers, payloadHash: emptyHash }).authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('signs the S3 PUT Object example (a key needing encoding, a body hash)', () => {
    const payloadHash = sha256Hex('Welcome to Amazon S3.');
    expect(payloadHash).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072');
    const url = new URL('https://examplebucket.s3.amazonaws.com/test$file.text');
    const headers = { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-date': '20130524T000000Z', 'x-amz-storage-class': 'REDUCED_REDUNDANCY', 'x-amz-content-sha256': payloadHash };
    const signed = signatureV4({ ...s3Example, method: 'PUT', url, headers, payloadHash });
    expect(signed.stringToSign.split('\n').at(-1)).toBe('9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d');
    expect(signed.signature).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });

  it('signs sub-resources and sorted query parameters (GET ?lifecycle, list objects)', () => {
    const headers = { 'x-amz-date': '20130524T000000Z', 'x-amz-content-sha256': emptyHash };
    const lifecycle = signatureV4({ ...s3Example, method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/?lifecycle'), headers, payloadHash: emptyHash });
    expect(lifecycle.signature).toBe('fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543');
    const list = signatureV4({ ...s3Example, method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2'), headers, payloadHash: emptyHash });
    expect(list.signature).toBe('34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7');
  });

  it('signs get-vanilla of the SigV4 test suite', () => {
    const signed = signatureV4({
      method: 'GET',
      url: new URL('https://example.amazonaws.com/'),
      headers: { Host: 'example.amazonaws.com', 'X-Amz-Date': '20150830T123600Z' },
      payloadHash: emptyHash,
      region: 'us-east-1',
      service: 'service',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      amzDate: '20150830T123600Z',
    });
    expect(signed.signature).toBe('5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
  });

  it('changes the signature when anything signed changes', () => {
    const base = { ...s3Example, method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'), headers: { 'x-amz-date': '20130524T000000Z' }, payloadHash: emptyHash };
    const reference = signatureV4(base).signature;
    expect(signatureV4({ ...base, method: 'DELETE' }).signature).not.toBe(reference);
    expect(signatureV4({ ...base, url: new URL('https://examplebucket.s3.amazonaws.com/test.txu') }).signature).not.toBe(reference);
    expect(signatureV4({ ...base, region: 'cn-north-1' }).signature).not.toBe(reference);
    expect(signatureV4({ ...base, credentials: { ...base.credentials, secretAccessKey: 'other' } }).signature).not.toBe(reference);
  });
});
