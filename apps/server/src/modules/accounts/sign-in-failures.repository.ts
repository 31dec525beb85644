import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { signInFailures } from './accounts.tables.ts';

const pair = (accountKey: string, address: string) => and(eq(signInFailures.accountKey, accountKey), eq(signInFailures.address, address));

/** When the pair is locked, until when. */
export async function findLockedUntil(exec: Executor, accountKey: string, address: string): Promise<Date | null> {
  const [row] = await exec
    .select({ lockedUntil: signInFailures.lockedUntil })
    .from(signInFailures)
    .where(and(pair(accountKey, address), gt(signInFailures.lockedUntil, sql`now()`)));
  return row?.lockedUntil ?? null;
}

/**
 * Counts one failure in one atomic upsert. Failures older than the lockout period, or from before
 * an expired lock, are forgotten; reaching the threshold locks the pair for the lockout period.
 */
export async function recordSignInFailure(exec: Executor, accountKey: string, address: string, threshold: number, lockoutMinutes: number): Promise<{ failures: number; lockedUntil: Date | null }> {
  const period = sql`make_interval(mins => ${lockoutMinutes})`;
  const startsOver = sql`(${signInFailures.firstFailureAt} <= now() - ${period} or ${signInFailures.lockedUntil} <= now())`;
  const failures = sql`case when ${startsOver} then 1 else ${signInFailures.failures} + 1 end`;
  const [row] = await exec
    .insert(signInFailures)
    .values({ accountKey, address, failures: 1, firstFailureAt: sql`now()`, lockedUntil: threshold <= 1 ? sql`now() + ${period}` : null })
    .onConflictDoUpdate({
      target: [signInFailures.accountKey, signInFailures.address],
      set: {
        failures,
        firstFailureAt: sql`case when ${startsOver} then now() else ${signInFailures.firstFailureAt} end`,
        lockedUntil: sql`case when ${failures} >= ${threshold} then now() + ${period} else null end`,
      },
    })
    .returning({ failures: signInFailures.failures, lockedUntil: signInFailures.lockedUntil });
  return row!;
}

export async function clearSignInFailures(exec: Executor, accountKey: string, address: string): Promise<void> {
  await exec.delete(signInFailures).where(pair(accountKey, address));
}

/** Unlocks an account at every address, e.g. once an administrator has reset its password. */
export async function clearAllSignInFailures(exec: Executor, accountKey: string): Promise<void> {
  await exec.delete(signInFailures).where(eq(signInFailures.accountKey, accountKey));
}

/** Failure counts whose period has passed and that hold no lock. */
export async function deleteStaleSignInFailures(exec: Executor, before: Date): Promise<number> {
  const removed = await exec
    .delete(signInFailures)
    .where(and(lt(signInFailures.firstFailureAt, before), or(isNull(signInFailures.lockedUntil), lt(signInFailures.lockedUntil, sql`now()`))))
    .returning({ key: signInFailures.accountKey });
  return removed.length;
}
