import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, buildUrl, onApiProblem, setCsrfToken, setLanguageSource } from './client.ts';
import { ApiError, clientCodes } from './problem.ts';

type Call = { url: string; init: RequestInit };

function answer(status: number, body?: unknown, headers: Record<string, string> = {}) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(status === 204 ? null : text, { status, headers });
}

const problem = { type: 'urn:youyu:problem:VALIDATION_FAILED', title: 'VALIDATION_FAILED', status: 400, detail: '请求内容有误', code: 'VALIDATION_FAILED', instance: '/api/v1/x', requestId: 'req-1', errors: [{ path: 'body.phone', code: 'invalid_format', message: '格式不正确' }] };

describe('api client', () => {
  let calls: Call[];
  let next: () => Response | Promise<Response>;

  beforeEach(() => {
    calls = [];
    next = () => answer(200, { ok: true });
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return next();
    });
    setCsrfToken(null);
    setLanguageSource(() => 'zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  const headerOf = (name: string) => (calls[0]!.init.headers as Record<string, string>)[name];

  it('sends the session cookie, the UI language and JSON', async () => {
    setLanguageSource(() => 'en-US');
    await api.post('/things', { a: 1 });
    expect(calls[0]!.url).toBe('/api/v1/things');
    expect(calls[0]!.init.credentials).toBe('same-origin');
    expect(headerOf('Accept-Language')).toBe('en-US');
    expect(headerOf('Content-Type')).toBe('application/json');
    expect(calls[0]!.init.body).toBe('{"a":1}');
  });

  it('sends the CSRF token on writes only', async () => {
    setCsrfToken('tok');
    await api.get('/things');
    await api.delete('/things/1');
    expect((calls[0]!.init.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
    expect((calls[1]!.init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
  });

  it('leaves empty filters out of the query string', () => {
    expect(buildUrl('/admin/users', { q: '', role: 'regulator', status: undefined, page: 2, ids: ['a', 'b'], x: null })).toBe('/api/v1/admin/users?role=regulator&page=2&ids=a&ids=b');
    expect(buildUrl('/meta')).toBe('/api/v1/meta');
  });

  it('answers 204 with undefined and JSON with its body', async () => {
    next = () => answer(204);
    expect(await api.post('/auth/sign-out')).toBeUndefined();
    next = () => answer(200, { name: 'youyu' });
    expect(await api.get('/meta')).toEqual({ name: 'youyu' });
  });

  it('turns problem+json into an ApiError with its code, detail, request id and field errors', async () => {
    next = () => answer(400, problem, { 'content-type': 'application/problem+json' });
    const error = await api.post('/x', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', detail: '请求内容有误', requestId: 'req-1' });
    expect((error as ApiError).fieldErrors).toEqual(problem.errors);
  });

  it('names failures without a problem body', async () => {
    next = () => answer(502, '<html>Bad gateway</html>', { 'x-request-id': 'gw-9' });
    expect(await api.get('/x').catch((e: unknown) => e)).toMatchObject({ status: 502, code: clientCodes.unexpected, detail: '', requestId: 'gw-9' });
    next = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await api.get('/x').catch((e: unknown) => e)).toMatchObject({ status: 0, code: clientCodes.network });
  });

  it('tells listeners about failures unless the caller handles them quietly', async () => {
    const heard: string[] = [];
    const stop = onApiProblem((e) => heard.push(e.code));
    next = () => answer(401, { ...problem, status: 401, code: 'UNAUTHENTICATED', detail: '请先登录。' });
    await api.get('/auth/me', { quiet: true }).catch(() => undefined);
    await api.get('/admin/users').catch(() => undefined);
    stop();
    await api.get('/admin/users').catch(() => undefined);
    expect(heard).toEqual(['UNAUTHENTICATED']);
  });
});
