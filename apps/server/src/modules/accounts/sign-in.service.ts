import type { Me, SecuritySettings, SignInBody } from '@youyu/contracts';
import type { RequestContext } from '../../platform/http/context.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { AuthErrors } from './accounts.errors.ts';
import { disableAccount } from './account-lifecycle.ts';
import { isDormant, toActor, toMe } from './account-state.ts';
import { spendPasswordCheck, verifyPassword } from './credentials.ts';
import { openSession } from './sessions.service.ts';
import { deleteSession, permissionsOfRole } from './sessions.repository.ts';
import { getSecuritySettings } from './settings.service.ts';
import { clearSignInFailures } from './sign-in-failures.repository.ts';
import { failAttempt, refuseAttempt, refuseBlockedAttempt, type Attempt } from './sign-in-guard.ts';
import { isTotpCodeValid } from './totp.ts';
import { findUserByUsername, updateUser, type UserRow } from './users.repository.ts';

/** What the route turns into cookies and a response. */
export type SignedIn = { me: Me; token: string; csrfToken: string; lifetimeSeconds: number };

/**
 * Username + password (+ TOTP when the account has it). Every refusal reads the same for an
 * unknown name and a wrong password; TOTP_REQUIRED comes only after the password was right.
 */
export async function signInWithPassword(ctx: RequestContext, body: SignInBody): Promise<SignedIn> {
  const settings = await getSecuritySettings(ctx.db);
  const user = await findUserByUsername(ctx.db, body.username);
  const attempt: Attempt = { ctx, settings, accountKey: `user:${body.username}`, method: 'password', auditName: body.username, jurisdictionCode: user?.jurisdictionCode };
  await refuseBlockedAttempt(attempt);
  if (!user?.passwordHash) {
    await spendPasswordCheck(body.password);
    return failAttempt(attempt, 'invalidCredentials', AuthErrors.INVALID_CREDENTIALS);
  }
  if (!(await verifyPassword(user.passwordHash, body.password))) return failAttempt(attempt, 'invalidCredentials', AuthErrors.INVALID_CREDENTIALS);
  await refuseUnusableAccount(attempt, user, settings);
  if (user.totpSecret) {
    // The normal second step of an enrolled sign-in, not a failure: the client now asks for the code.
    if (!body.totpCode) throw new DomainError(AuthErrors.TOTP_REQUIRED);
    if (!isTotpCodeValid(user.totpSecret, body.totpCode)) return failAttempt(attempt, 'totpInvalid', AuthErrors.TOTP_INVALID);
  }
  return completeSignIn(ctx, user, attempt);
}

/** Disabled accounts stay out; an account found dormant is disabled now (MLPS: unused accounts are closed). */
export async function refuseUnusableAccount(attempt: Attempt, user: UserRow, settings: SecuritySettings): Promise<void> {
  if (user.status !== 'active') return refuseAttempt(attempt, 'disabled', AuthErrors.ACCOUNT_DISABLED);
  if (isDormant(user, settings)) {
    await attempt.ctx.db.transaction((tx) => disableAccount(tx, { ...attempt.ctx, actor: null }, user, 'dormant', 'users.disableDormant'));
    return refuseAttempt(attempt, 'dormant', AuthErrors.ACCOUNT_DISABLED);
  }
}

/**
 * Opens the session: clears the failure count, ends the session the browser had before (no
 * session outlives a new sign-in on the same browser), and records the sign-in, all at once.
 */
export async function completeSignIn(ctx: RequestContext, user: UserRow, attempt: Attempt): Promise<SignedIn> {
  const { settings } = attempt;
  const signedIn = await ctx.db.transaction(async (tx) => {
    await clearSignInFailures(tx, attempt.accountKey, ctx.ip);
    if (ctx.actor) await deleteSession(tx, ctx.actor.sessionId);
    const updated = await updateUser(tx, user.id, { lastSignInAt: new Date() });
    const session = await openSession(tx, ctx, updated);
    const permissions = await permissionsOfRole(tx, updated.role);
    const actor = toActor(updated, session.sessionId, permissions, settings);
    await recordAudit(tx, { ...ctx, actor }, { action: 'auth.signIn', entityType: 'user', entityId: user.id, jurisdictionCode: user.jurisdictionCode, details: { method: attempt.method } });
    return { me: toMe(updated, permissions, settings, session.csrfToken), token: session.token, csrfToken: session.csrfToken };
  });
  return { ...signedIn, lifetimeSeconds: settings.sessionLifetimeHours * 3600 };
}
