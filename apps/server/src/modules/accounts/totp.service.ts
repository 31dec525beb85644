import type { TotpDisableBody, TotpSetup } from '@youyu/contracts';
import type { RequestContext } from '../../platform/http/context.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { AuthErrors } from './accounts.errors.ts';
import { isAdminRole } from './accounts.policy.ts';
import { verifyPassword } from './credentials.ts';
import { getSecuritySettings } from './settings.service.ts';
import { failAttempt, type Attempt } from './sign-in-guard.ts';
import { generateTotpSecret, isTotpCodeValid, totpUrl } from './totp.ts';
import { findUserById, type UserRow } from './users.repository.ts';
import { changeAccount } from './account-lifecycle.ts';

async function currentStaffUser(ctx: RequestContext): Promise<UserRow> {
  const user = await findUserById(ctx.db, ctx.actor!.userId);
  // Families sign in with a phone code already; an authenticator app adds nothing for them.
  if (!user?.username) throw new DomainError(AuthErrors.TOTP_NOT_AVAILABLE);
  return user;
}

/** Step 1: a new secret for the authenticator app, held as pending until a code proves it was scanned. */
export async function setupTotp(ctx: RequestContext): Promise<TotpSetup> {
  const user = await currentStaffUser(ctx);
  if (user.totpSecret) throw new DomainError(AuthErrors.TOTP_ALREADY_ENABLED);
  const secret = generateTotpSecret();
  await changeAccount(ctx, user, { totpPendingSecret: secret }, 'auth.setupTotp');
  return { secret, otpauthUrl: totpUrl(user.username!, secret) };
}

/** Step 2: the first correct code turns the pending secret on. */
export async function enableTotp(ctx: RequestContext, code: string): Promise<void> {
  const user = await currentStaffUser(ctx);
  if (user.totpSecret) throw new DomainError(AuthErrors.TOTP_ALREADY_ENABLED);
  if (!user.totpPendingSecret) throw new DomainError(AuthErrors.TOTP_SETUP_NOT_STARTED);
  if (!isTotpCodeValid(user.totpPendingSecret, code)) throw new DomainError(AuthErrors.TOTP_INVALID);
  await changeAccount(ctx, user, { totpSecret: user.totpPendingSecret, totpPendingSecret: null }, 'auth.enableTotp');
}

/** Staff other than administrators may turn the second factor off, proving both factors first. */
export async function disableTotp(ctx: RequestContext, body: TotpDisableBody): Promise<void> {
  const user = await currentStaffUser(ctx);
  if (isAdminRole(user.role)) throw new DomainError(AuthErrors.TOTP_REQUIRED_FOR_ROLE);
  if (!user.totpSecret) throw new DomainError(AuthErrors.TOTP_NOT_ENABLED);
  const settings = await getSecuritySettings(ctx.db);
  const attempt: Attempt = { ctx, settings, accountKey: `user:${user.username}`, method: 'password', auditName: user.username!, jurisdictionCode: user.jurisdictionCode, action: 'auth.disableTotp' };
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, body.password))) await failAttempt(attempt, 'currentPasswordInvalid', AuthErrors.CURRENT_PASSWORD_INVALID);
  if (!isTotpCodeValid(user.totpSecret, body.code)) await failAttempt(attempt, 'totpInvalid', AuthErrors.TOTP_INVALID);
  await changeAccount(ctx, user, { totpSecret: null, totpPendingSecret: null }, 'auth.disableTotp');
}
