import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { phoneCodes } from './accounts.tables.ts';

/** A new code replaces the phone's previous one, attempts start at zero. */
export async function storePhoneCode(exec: Executor, phone: string, codeHash: string, ttlSeconds: number): Promise<void> {
  const values = { phone, codeHash, createdAt: sql`now()`, expiresAt: sql`now() + make_interval(secs => ${ttlSeconds})`, attempts: 0 };
  await exec.insert(phoneCodes).values(values).onConflictDoUpdate({ target: phoneCodes.phone, set: values });
}

/**
 * Counts one attempt at the phone's live code and returns it, so guesses are bounded even when
 * several arrive at once. Nothing when there is no code or it has expired.
 */
export async function takeAttempt(exec: Executor, phone: string): Promise<{ codeHash: string; attempts: number } | undefined> {
  const [row] = await exec
    .update(phoneCodes)
    .set({ attempts: sql`${phoneCodes.attempts} + 1` })
    .where(sql`${phoneCodes.phone} = ${phone} and ${phoneCodes.expiresAt} > now()`)
    .returning({ codeHash: phoneCodes.codeHash, attempts: phoneCodes.attempts });
  return row;
}

export async function deletePhoneCode(exec: Executor, phone: string): Promise<void> {
  await exec.delete(phoneCodes).where(eq(phoneCodes.phone, phone));
}

export async function deleteExpiredPhoneCodes(exec: Executor): Promise<number> {
  const removed = await exec.delete(phoneCodes).where(sql`${phoneCodes.expiresAt} <= now()`).returning({ phone: phoneCodes.phone });
  return removed.length;
}
