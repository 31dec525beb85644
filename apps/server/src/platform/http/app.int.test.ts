import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';

describe('platform http', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness and readiness', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ok' });
  });

  it('publishes the OpenAPI document', async () => {
    const res = await t.app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toBe('3.1.0');
  });

  it('answers an unknown API route with problem+json in the caller language', async () => {
    const zh = await t.app.inject('/api/v1/nope');
    expect(zh.statusCode).toBe(404);
    expect(zh.headers['content-type']).toContain('application/problem+json');
    expect(zh.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404, detail: '没有这个接口。' });
    const en = await t.app.inject({ url: '/api/v1/nope', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.json().detail).toBe('There is no such endpoint.');
    expect(en.headers['x-request-id']).toBe(en.json().requestId);
  });

  it('answers router-level errors (over-long path parameter, bad encoding) with problem+json', async () => {
    const long = await t.app.inject(`/api/v1/jurisdictions/${'1'.repeat(300)}`);
    expect(long.statusCode).toBe(414);
    expect(long.json()).toMatchObject({ code: 'URI_TOO_LONG', status: 414 });
    const badEncoding = await t.app.inject('/api/v1/jurisdictions/%E0%A4%A');
    expect(badEncoding.statusCode).toBe(400);
    expect(badEncoding.headers['content-type']).toContain('application/problem+json');
  });
});
