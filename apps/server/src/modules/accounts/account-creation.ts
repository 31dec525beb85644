import type { Department, Role, User } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { toUserView } from './account-state.ts';
import { generateOneTimePassword, hashPassword } from './credentials.ts';
import { placementFor } from './role-attributes.ts';
import { findUserByPhone, findUserByUsername, insertUser } from './users.repository.ts';

export type NewAccount = {
  /** Staff sign in with it (lower-cased); families have none. */
  username?: string | null;
  /** Required for families, who sign in with it. */
  phone?: string | null;
  displayName: string;
  role: Role;
  department?: Department | null;
  jurisdictionCode?: string | null;
  institutionId?: string | null;
  /**
   * A known password (demo seed, tests), taken as given. Omitted for staff: a one-time password
   * is generated and must be changed at first sign-in.
   */
  password?: string;
  /** Defaults to true for a generated password, false for a given one. */
  mustChangePassword?: boolean;
  /** A pre-enrolled authenticator secret (demo seed, tests). */
  totpSecret?: string | null;
};

export type CreatedAccount = { user: User; oneTimePassword: string | null };

/**
 * Creates an account and records `users.create`, in its own transaction (or a savepoint of the
 * caller's). Checks what the role needs; who may create which role is the caller's business.
 */
export async function createUser(exec: Executor, ctx: RequestContext, input: NewAccount): Promise<CreatedAccount> {
  const placement = placementFor(input.role, input, ctx.locale);
  const isFamily = input.role === 'family';
  const username = isFamily ? null : (input.username?.trim().toLowerCase() ?? null);
  if (isFamily ? !input.phone : !username) throw new DomainError('VALIDATION_FAILED', {}, [{ path: isFamily ? 'body.phone' : 'body.username', code: 'required' }]);
  const oneTimePassword = isFamily || input.password ? null : generateOneTimePassword();
  const password = input.password ?? oneTimePassword;
  const row = await exec.transaction(async (tx) => {
    const user = await insertUser(tx, {
      username,
      phone: input.phone ?? null,
      displayName: input.displayName.trim(),
      role: input.role,
      ...placement,
      passwordHash: password ? await hashPassword(password) : null,
      passwordChangedAt: password ? new Date() : null,
      mustChangePassword: password ? (input.mustChangePassword ?? oneTimePassword !== null) : false,
      totpSecret: input.totpSecret ?? null,
    });
    await recordAudit(tx, ctx, { action: 'users.create', entityType: 'user', entityId: user.id, jurisdictionCode: user.jurisdictionCode, after: toUserView(user) });
    return user;
  });
  return { user: toUserView(row), oneTimePassword };
}

/** Like createUser, but returns the existing account of that username (or phone, for families) unchanged. */
export async function ensureUser(exec: Executor, ctx: RequestContext, input: NewAccount): Promise<CreatedAccount & { created: boolean }> {
  const existing = input.username ? await findUserByUsername(exec, input.username.trim().toLowerCase()) : input.phone ? await findUserByPhone(exec, input.phone) : undefined;
  if (existing) return { user: toUserView(existing), oneTimePassword: null, created: false };
  return { ...(await createUser(exec, ctx, input)), created: true };
}
