import type { AssignRoleBody, CreateUserBody, UpdateUserBody, User, UserListQuery, UserWithOneTimePassword } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import type { Db } from '../../platform/db/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { systemContext } from '../../platform/http/context.ts';
import { AuthErrors } from './accounts.errors.ts';
import { isAdminRole, isInReach, reachOf } from './accounts.policy.ts';
import { changeAccount, disableAccount } from './account-lifecycle.ts';
import { createUser } from './account-creation.ts';
import { toUserView } from './account-state.ts';
import { generateOneTimePassword } from './credentials.ts';
import { storeNewPassword } from './password.service.ts';
import { placementFor } from './role-attributes.ts';
import { roleName } from './names.ts';
import { deleteSessionsOfUser } from './sessions.repository.ts';
import { getSecuritySettings } from './settings.service.ts';
import { clearAllSignInFailures } from './sign-in-failures.repository.ts';
import { findDormantUsers, findUserById, listUsers, updateUser, type UserRow } from './users.repository.ts';

/**
 * Account administration. Administrators act within their jurisdiction: an account outside it
 * answers NOT_FOUND, as if it did not exist. The system administrator manages ordinary accounts;
 * administrator accounts change only through the security administrator's role grants (the one
 * exception: enabling an administrator disabled for disuse).
 */
async function findUserInReach(ctx: RequestContext, id: string): Promise<UserRow> {
  const user = await findUserById(ctx.db, id);
  if (!user || !isInReach(reachOf(ctx.actor!), user.jurisdictionCode)) throw notFound();
  return user;
}

async function findManageableUser(ctx: RequestContext, id: string): Promise<UserRow> {
  const user = await findUserInReach(ctx, id);
  if (isAdminRole(user.role)) throw new DomainError(AuthErrors.ADMIN_ACCOUNT_PROTECTED);
  return user;
}

function assertJurisdictionInReach(ctx: RequestContext, jurisdictionCode: string | null): void {
  const reach = reachOf(ctx.actor!);
  // Only a platform-wide administrator may make another platform-wide one.
  const allowed = jurisdictionCode ? isInReach(reach, jurisdictionCode) : reach.prefix === null;
  if (!allowed) throw new DomainError(AuthErrors.OUT_OF_JURISDICTION, {}, [{ path: 'body.jurisdictionCode', code: 'outOfJurisdiction', message: translate(ctx.locale, 'auth:fieldErrors.outOfJurisdiction') }]);
}

export async function listUsersInReach(ctx: RequestContext, query: UserListQuery): Promise<{ items: User[]; total: number }> {
  const { page, pageSize, ...filter } = query;
  const result = await listUsers(ctx.db, { ...filter, reach: reachOf(ctx.actor!) }, { page, pageSize });
  return { items: result.items.map(toUserView), total: result.total };
}

export async function getUser(ctx: RequestContext, id: string): Promise<User> {
  return toUserView(await findUserInReach(ctx, id));
}

/** Staff accounts only: families register themselves by phone, administrators come from role grants or the CLI. */
export async function createStaffUser(ctx: RequestContext, body: CreateUserBody): Promise<UserWithOneTimePassword> {
  if (isAdminRole(body.role)) throw new DomainError(AuthErrors.ADMIN_ROLE_NOT_ALLOWED, { roleName: roleName(ctx.locale, body.role) });
  if (body.role === 'family') throw new DomainError(AuthErrors.ROLE_CHANGE_NOT_ALLOWED, { roleName: roleName(ctx.locale, body.role) });
  const placement = placementFor(body.role, body, ctx.locale);
  assertJurisdictionInReach(ctx, placement.jurisdictionCode);
  const created = await createUser(ctx.db, ctx, { ...body, ...placement });
  return { user: created.user, oneTimePassword: created.oneTimePassword! };
}

export async function updateUserProfile(ctx: RequestContext, id: string, body: UpdateUserBody): Promise<User> {
  const user = await findManageableUser(ctx, id);
  // A family signs in with its phone: removing it would lock the family out for good.
  if (user.role === 'family' && body.phone === null) throw new DomainError(AuthErrors.ROLE_ATTRIBUTES_INVALID, { roleName: roleName(ctx.locale, user.role) }, [{ path: 'body.phone', code: 'required' }]);
  return toUserView(await changeAccount(ctx, user, body, 'users.update'));
}

export async function disableUser(ctx: RequestContext, id: string): Promise<User> {
  const user = await findManageableUser(ctx, id);
  if (user.status === 'disabled') return toUserView(user);
  return toUserView(await ctx.db.transaction((tx) => disableAccount(tx, ctx, user, 'manual', 'users.disable')));
}

/** Administrator accounts too: enabling gives nobody their credentials, and dormancy disables them like any other. */
export async function enableUser(ctx: RequestContext, id: string): Promise<User> {
  const user = await findUserInReach(ctx, id);
  if (user.status === 'active') return toUserView(user);
  return toUserView(await changeAccount(ctx, user, { status: 'active', disabledReason: null, statusChangedAt: new Date() }, 'users.enable'));
}

/** A new one-time password, to be changed at the next sign-in; sessions end and locks lift. */
export async function resetPassword(ctx: RequestContext, id: string): Promise<UserWithOneTimePassword> {
  const user = await findManageableUser(ctx, id);
  if (!user.username) throw new DomainError(AuthErrors.NO_PASSWORD);
  const oneTimePassword = generateOneTimePassword();
  const updated = await ctx.db.transaction(async (tx) => {
    const changed = await storeNewPassword(tx, user, oneTimePassword, true);
    const endedSessions = await deleteSessionsOfUser(tx, user.id);
    await clearAllSignInFailures(tx, `user:${user.username}`);
    await recordAudit(tx, ctx, { action: 'users.resetPassword', entityType: 'user', entityId: user.id, jurisdictionCode: user.jurisdictionCode, details: { endedSessions } });
    return changed;
  });
  return { user: toUserView(updated), oneTimePassword };
}

/**
 * The security administrator's grant of a role, the only way to make an administrator. The
 * account's sessions end, so the new role starts with a fresh sign-in (and, for an
 * administrator, enrolment of the second factor).
 */
export async function assignRole(ctx: RequestContext, id: string, body: AssignRoleBody): Promise<User> {
  const user = await findUserInReach(ctx, id);
  if (user.id === ctx.actor!.userId) throw new DomainError(AuthErrors.CANNOT_CHANGE_OWN_ROLE);
  // Families have no password; staff have no business in the family portal.
  if ((user.role === 'family') !== (body.role === 'family')) throw new DomainError(AuthErrors.ROLE_CHANGE_NOT_ALLOWED, { roleName: roleName(ctx.locale, body.role) });
  const placement = placementFor(body.role, body, ctx.locale);
  assertJurisdictionInReach(ctx, placement.jurisdictionCode);
  const updated = await ctx.db.transaction(async (tx) => {
    const changed = await updateUser(tx, user.id, { role: body.role, ...placement });
    const endedSessions = await deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, ctx, {
      action: 'users.assignRole',
      entityType: 'user',
      entityId: user.id,
      jurisdictionCode: changed.jurisdictionCode,
      before: toUserView(user),
      after: toUserView(changed),
      details: { fromRole: user.role, toRole: changed.role, endedSessions },
    });
    return changed;
  });
  return toUserView(updated);
}

/** Disables every staff account unused for the dormancy period; for the CLI and scheduled jobs. */
export async function disableDormantAccounts(db: Db): Promise<number> {
  const settings = await getSecuritySettings(db);
  if (settings.dormantAccountDays === 0) return 0;
  const cutoff = new Date(Date.now() - settings.dormantAccountDays * 24 * 3_600_000);
  const ctx = systemContext(db);
  return db.transaction(async (tx) => {
    const dormant = await findDormantUsers(tx, cutoff);
    for (const user of dormant) await disableAccount(tx, ctx, user, 'dormant', 'users.disableDormant');
    return dormant.length;
  });
}
