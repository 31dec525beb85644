export { hitRateLimit, peekRateLimit, resetRateLimit, pruneRateLimits, type RateLimitResult } from './rate-limit.ts';
export { rateLimits } from './rate-limit.tables.ts';
