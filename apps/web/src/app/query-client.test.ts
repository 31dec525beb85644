import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import { shouldRetry } from './query-client.ts';

describe('shouldRetry', () => {
  it('retries lost connections and server errors twice, never an answer that will not change', () => {
    expect(shouldRetry(0, ApiError.network())).toBe(true);
    expect(shouldRetry(1, new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE' }))).toBe(true);
    expect(shouldRetry(2, new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE' }))).toBe(false);
    expect(shouldRetry(0, new ApiError({ status: 404, code: 'NOT_FOUND' }))).toBe(false);
    expect(shouldRetry(0, new ApiError({ status: 401, code: 'UNAUTHENTICATED' }))).toBe(false);
  });
});
