import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { rateLimits } from './rate-limit.tables.ts';

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

const secondsUntil = (instant: Date) => Math.max(1, Math.ceil((instant.getTime() - Date.now()) / 1000));

/**
 * Counts one hit against `key` and says whether it is within `limit` hits per window. One atomic
 * upsert, so concurrent hits from several app servers are all counted and none is lost.
 */
export async function hitRateLimit(exec: Executor, key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const expired = sql`${rateLimits.expiresAt} <= now()`;
  const newExpiry = sql`now() + make_interval(secs => ${windowSeconds})`;
  const [row] = await exec
    .insert(rateLimits)
    .values({ key, count: 1, expiresAt: newExpiry })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        expiresAt: sql`case when ${expired} then ${newExpiry} else ${rateLimits.expiresAt} end`,
      },
    })
    .returning({ count: rateLimits.count, expiresAt: rateLimits.expiresAt });
  const { count, expiresAt } = row!;
  return { allowed: count <= limit, count, retryAfterSeconds: count <= limit ? 0 : secondsUntil(expiresAt) };
}

/** Whether one more hit would still be within the limit, without counting one: for "blocked after N failures". */
export async function peekRateLimit(exec: Executor, key: string, limit: number): Promise<RateLimitResult> {
  const [row] = await exec
    .select({ count: rateLimits.count, expiresAt: rateLimits.expiresAt })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.expiresAt, sql`now()`)));
  if (!row || row.count < limit) return { allowed: true, count: row?.count ?? 0, retryAfterSeconds: 0 };
  return { allowed: false, count: row.count, retryAfterSeconds: secondsUntil(row.expiresAt) };
}

/** Forgets a counter, e.g. once a sign-in succeeds. */
export async function resetRateLimit(exec: Executor, key: string): Promise<void> {
  await exec.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Drops finished windows; a maintenance job may call it, correctness does not depend on it. */
export async function pruneRateLimits(exec: Executor): Promise<number> {
  const removed = await exec.delete(rateLimits).where(lte(rateLimits.expiresAt, sql`now()`)).returning({ key: rateLimits.key });
  return removed.length;
}
