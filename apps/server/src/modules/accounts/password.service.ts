import type { ChangePasswordBody, SecuritySettings } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import type { Executor } from '../../platform/db/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { DomainError, type FieldError } from '../../platform/errors/index.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { AuthErrors } from './accounts.errors.ts';
import { hashPassword, verifyPassword } from './credentials.ts';
import { checkPasswordRules } from './password-rules.ts';
import { deleteSessionsOfUser } from './sessions.repository.ts';
import { getSecuritySettings } from './settings.service.ts';
import { failAttempt, type Attempt } from './sign-in-guard.ts';
import { findUserById, pushPasswordHistory, recentPasswordHashes, updateUser, type UserRow } from './users.repository.ts';

/** Throws the first rule broken, with every broken rule as a field error on `path`. */
async function assertAcceptablePassword(exec: Executor, ctx: RequestContext, user: UserRow, password: string, settings: SecuritySettings, path: string): Promise<void> {
  const violations = checkPasswordRules(password, settings, user.username);
  if (violations.length === 0 && settings.passwordHistoryCount > 0 && user.passwordHash) {
    // The current password counts as the most recent one.
    const previous = [user.passwordHash, ...(await recentPasswordHashes(exec, user.id, settings.passwordHistoryCount - 1))];
    for (const earlier of previous) {
      if (await verifyPassword(earlier, password)) {
        violations.push({ code: 'PASSWORD_REUSED', params: { historyCount: settings.passwordHistoryCount } });
        break;
      }
    }
  }
  if (violations.length === 0) return;
  const fieldErrors: FieldError[] = violations.map((v) => ({ path, code: v.code, params: v.params, message: translate(ctx.locale, `auth:errors.${v.code}`, v.params) }));
  throw new DomainError(violations[0]!.code, violations[0]!.params, fieldErrors);
}

/** Replaces the password hash, keeping the old one in the history. Call inside a transaction. */
export async function storeNewPassword(tx: Executor, user: UserRow, password: string, mustChange: boolean): Promise<UserRow> {
  if (user.passwordHash) await pushPasswordHistory(tx, user.id, user.passwordHash);
  return updateUser(tx, user.id, { passwordHash: await hashPassword(password), passwordChangedAt: new Date(), mustChangePassword: mustChange });
}

/**
 * The signed-in account changes its own password. A wrong current password counts as a failed
 * sign-in (a stolen session must not become a password-guessing oracle); success ends the
 * account's other sessions.
 */
export async function changePassword(ctx: RequestContext, body: ChangePasswordBody): Promise<void> {
  const actor = ctx.actor!;
  const user = await findUserById(ctx.db, actor.userId);
  if (!user?.passwordHash) throw new DomainError(AuthErrors.NO_PASSWORD);
  const settings = await getSecuritySettings(ctx.db);
  const attempt: Attempt = { ctx, settings, accountKey: `user:${user.username}`, method: 'password', auditName: actor.username, jurisdictionCode: user.jurisdictionCode, action: 'auth.changePassword' };
  if (!(await verifyPassword(user.passwordHash, body.currentPassword))) await failAttempt(attempt, 'currentPasswordInvalid', AuthErrors.CURRENT_PASSWORD_INVALID);
  await assertAcceptablePassword(ctx.db, ctx, user, body.newPassword, settings, 'body.newPassword');
  await ctx.db.transaction(async (tx) => {
    await storeNewPassword(tx, user, body.newPassword, false);
    const endedSessions = await deleteSessionsOfUser(tx, user.id, actor.sessionId);
    await recordAudit(tx, ctx, { action: 'auth.changePassword', entityType: 'user', entityId: user.id, jurisdictionCode: user.jurisdictionCode, details: { endedSessions } });
  });
}
