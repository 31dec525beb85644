import type { Db } from '../../platform/db/index.ts';
import { pruneRateLimits } from '../../platform/rate-limit/index.ts';
import { deleteExpiredPhoneCodes } from './phone-codes.repository.ts';
import { deleteStaleSessions } from './sessions.repository.ts';
import { getSecuritySettings } from './settings.service.ts';
import { deleteStaleSignInFailures } from './sign-in-failures.repository.ts';

/**
 * Deletes sign-in state that can no longer matter: stale sessions, old failure counts, expired
 * codes and rate-limit windows. Correctness never depends on it (every check looks at the time);
 * a scheduled job calls it to keep the tables small.
 */
export async function pruneExpiredAuthState(db: Db): Promise<{ sessions: number; signInFailures: number; phoneCodes: number; rateLimits: number }> {
  const settings = await getSecuritySettings(db);
  const now = Date.now();
  return {
    sessions: await deleteStaleSessions(db, new Date(now - settings.idleTimeoutMinutes * 60_000), new Date(now - settings.sessionLifetimeHours * 3_600_000)),
    signInFailures: await deleteStaleSignInFailures(db, new Date(now - settings.lockoutMinutes * 60_000)),
    phoneCodes: await deleteExpiredPhoneCodes(db),
    rateLimits: await pruneRateLimits(db),
  };
}
