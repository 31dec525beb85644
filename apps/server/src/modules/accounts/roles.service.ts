import { permissionCatalogue, roles, type Role, type RolesOverview } from '@youyu/contracts';
import type { Db } from '../../platform/db/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { AuthErrors } from './accounts.errors.ts';
import { permissionName, roleName } from './names.ts';
import { grantViolations, isAdministrativePermission } from './separation-of-duties.ts';
import { allGrants, insertDefaultGrants, lockPermissionDefaults, replaceRolePermissions, seenPermissionKeys, type Grant } from './roles.repository.ts';
import { permissionsOfRole } from './sessions.repository.ts';

/**
 * Grants the catalogue's default roles for every permission key this database has never seen,
 * and remembers the keys. Idempotent, and serialised across app servers by an advisory lock; a
 * grant the security administrator revoked stays revoked because its key was seen before.
 */
export async function syncPermissionDefaults(db: Db): Promise<string[]> {
  return db.transaction(async (tx) => {
    await lockPermissionDefaults(tx);
    const keys = permissionCatalogue.map((p) => p.key);
    const seen = await seenPermissionKeys(tx, keys);
    const fresh = permissionCatalogue.filter((p) => !seen.has(p.key));
    const grants: Grant[] = fresh.flatMap((p) => p.defaultRoles.map((role) => ({ role, permission: p.key })));
    await insertDefaultGrants(tx, fresh.map((p) => p.key), grants);
    return fresh.map((p) => p.key);
  });
}

export async function getRolesOverview(ctx: RequestContext): Promise<RolesOverview> {
  const known = new Set(permissionCatalogue.map((p) => p.key));
  const grants = (await allGrants(ctx.db)).filter((g) => known.has(g.permission));
  return {
    roles: roles.map((role) => ({ role, permissions: grants.filter((g) => g.role === role).map((g) => g.permission) })),
    catalogue: permissionCatalogue.map((p) => ({ key: p.key, defaultRoles: [...p.defaultRoles], isAdministrative: isAdministrativePermission(p) })),
  };
}

/** Replaces a role's permissions, refusing unknown keys and anything that breaks separation of duties. */
export async function setRolePermissions(ctx: RequestContext, role: Role, requested: readonly string[]): Promise<string[]> {
  const permissions = [...new Set(requested)].sort();
  const known = new Set(permissionCatalogue.map((p) => p.key));
  const unknown = permissions.filter((p) => !known.has(p));
  if (unknown.length > 0) {
    throw new DomainError(AuthErrors.UNKNOWN_PERMISSION, { permissions: unknown.join(', ') }, unknown.map((p) => ({ path: `body.permissions.${permissions.indexOf(p)}`, code: 'invalid_value' })));
  }
  const violations = grantViolations(role, permissions, permissionCatalogue);
  if (violations.length > 0) {
    const first = violations[0]!;
    throw new DomainError(AuthErrors.SEPARATION_OF_DUTIES, { permissionName: permissionName(ctx.locale, first.permission), roleName: roleName(ctx.locale, first.role) }, violations.map((v) => ({ path: `body.permissions.${permissions.indexOf(v.permission)}`, code: 'invalid_value' })));
  }
  // Without roles.manage nobody could ever grant anything again.
  if (role === 'securityAdmin' && !permissions.includes('roles.manage')) throw new DomainError(AuthErrors.ROLE_MANAGEMENT_LOCKOUT);
  return ctx.db.transaction(async (tx) => {
    const before = await permissionsOfRole(tx, role);
    await replaceRolePermissions(tx, role, permissions);
    const added = permissions.filter((p) => !before.includes(p));
    const removed = before.filter((p) => !permissions.includes(p));
    await recordAudit(tx, ctx, { action: 'roles.setPermissions', entityType: 'role', entityId: role, before, after: permissions, details: { added, removed } });
    return permissions;
  });
}
