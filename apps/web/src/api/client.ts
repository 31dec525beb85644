import { ApiError } from './problem.ts';

export const apiBase = '/api/v1';
const csrfCookie = 'youyu_csrf';

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue | QueryValue[]>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * The caller handles every failure itself (sign-in form, the "who am I" probe), so listeners
   * must not react, e.g. by sending the user to the sign-in page.
   */
  quiet?: boolean;
};

let csrfToken: string | null = null;
let currentLanguage: () => string = () => 'zh-CN';
const problemListeners = new Set<(error: ApiError) => void>();

/** Remembers the token from sign-in or GET /auth/me; the readable cookie is the fallback after a reload. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Where the Accept-Language comes from (the i18n language); kept as a callback so this file needs no i18n. */
export function setLanguageSource(source: () => string): void {
  currentLanguage = source;
}

/** Hears every failed call that isn't quiet; returns the unsubscribe function. */
export function onApiProblem(listener: (error: ApiError) => void): () => void {
  problemListeners.add(listener);
  return () => problemListeners.delete(listener);
}

function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  const pair = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return pair ? decodeURIComponent(pair.slice(name.length + 1)) : null;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== '') params.append(key, String(item));
    }
  }
  const search = params.toString();
  return `${apiBase}${path}${search ? `?${search}` : ''}`;
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', 'Accept-Language': currentLanguage() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrfToken ?? readCookie(csrfCookie);
    if (token) headers['X-CSRF-Token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw ApiError.network();
  }
  if (response.ok) {
    const text = response.status === 204 ? '' : await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const error = await ApiError.fromResponse(response);
  if (!options.quiet) problemListeners.forEach((listener) => listener(error));
  throw error;
}

/** The one way the web app talks to the API: same-origin cookie session, CSRF header, caller's language. */
export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
