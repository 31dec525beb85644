import type { SecuritySettings } from '@youyu/contracts';
import type { RequestContext } from '../../platform/http/context.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { recordAudit, recordAuditAlone } from '../../platform/audit/index.ts';
import { hitRateLimit, peekRateLimit } from '../../platform/rate-limit/index.ts';
import { AuthErrors } from './accounts.errors.ts';
import { findLockedUntil, recordSignInFailure } from './sign-in-failures.repository.ts';

/**
 * Brute-force defences shared by password and phone-code sign-in. Failures count per (account
 * name, client address), so an attacker at one address cannot lock the owner out from another;
 * and per address across all names, so one address cannot try many accounts.
 */
export type Attempt = {
  ctx: RequestContext;
  settings: SecuritySettings;
  /** `user:<username>` or `phone:<number>`: what was typed, known account or not. */
  accountKey: string;
  method: 'password' | 'phoneCode';
  auditName: string;
  jurisdictionCode?: string | null;
  /** The audit action a failure is recorded as; auth.signIn unless said otherwise. */
  action?: string;
};

const addressKey = (ip: string) => `sign-in-failures:${ip}`;
// Failures happen before anyone is signed in: the entry names the account tried, not a caller.
const anonymous = (ctx: RequestContext): RequestContext => ({ ...ctx, actor: null });

function lockedError(lockedUntil: Date): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 1000));
  return new DomainError(AuthErrors.ACCOUNT_LOCKED, { lockedUntil: lockedUntil.toISOString(), minutes: Math.ceil(retryAfterSeconds / 60), retryAfterSeconds });
}

function auditFailure(attempt: Attempt, reason: string) {
  return { action: attempt.action ?? 'auth.signIn', outcome: 'failure' as const, username: attempt.auditName, jurisdictionCode: attempt.jurisdictionCode ?? null, details: { method: attempt.method, reason } };
}

/** Refuses an attempt from a blocked address or at a locked account/address pair, before any secret is checked. */
export async function refuseBlockedAttempt(attempt: Attempt): Promise<void> {
  const { ctx, settings } = attempt;
  const address = await peekRateLimit(ctx.db, addressKey(ctx.ip), settings.addressFailureLimit);
  if (!address.allowed) {
    await recordAuditAlone(anonymous(ctx), auditFailure(attempt, 'addressBlocked'));
    throw new DomainError('RATE_LIMITED', { retryAfterSeconds: address.retryAfterSeconds });
  }
  const lockedUntil = await findLockedUntil(ctx.db, attempt.accountKey, ctx.ip);
  if (lockedUntil) {
    await recordAuditAlone(anonymous(ctx), auditFailure(attempt, 'locked'));
    throw lockedError(lockedUntil);
  }
}

/** Counts a failed attempt and throws `code`, or ACCOUNT_LOCKED when this failure reaches the threshold. */
export async function failAttempt(attempt: Attempt, reason: string, code: string): Promise<never> {
  const { ctx, settings } = attempt;
  const { lockedUntil } = await ctx.db.transaction(async (tx) => {
    const counted = await recordSignInFailure(tx, attempt.accountKey, ctx.ip, settings.lockoutThreshold, settings.lockoutMinutes);
    await hitRateLimit(tx, addressKey(ctx.ip), settings.addressFailureLimit, settings.lockoutMinutes * 60);
    await recordAudit(tx, anonymous(ctx), auditFailure(attempt, reason));
    return counted;
  });
  throw lockedUntil ? lockedError(lockedUntil) : new DomainError(code);
}

/** Refuses without counting a failure: the secret was right but the account may not sign in. */
export async function refuseAttempt(attempt: Attempt, reason: string, code: string): Promise<never> {
  await recordAuditAlone(anonymous(attempt.ctx), auditFailure(attempt, reason));
  throw new DomainError(code);
}
