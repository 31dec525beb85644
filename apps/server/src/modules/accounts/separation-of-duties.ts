import { adminRoles, type PermissionSpec, type Role } from '@youyu/contracts';

/**
 * Separation of duties (三员分立) as rules over grants, so a revoked or re-granted permission can
 * never merge the system, security and audit administrators into one:
 * - an administrator role holds only permissions the catalogue designs for it (its defaults), so
 *   nobody can give audit.read to the system administrator or users.manage to the auditor;
 * - a permission only administrators hold by default (users.manage, roles.manage, audit.read…) is
 *   never granted to a business role, which would make that role a hidden administrator.
 */
export type GrantViolation = { permission: string; role: Role };

const isAdmin = (role: Role) => (adminRoles as readonly Role[]).includes(role);

/** Held by default only by administrator roles. */
export const isAdministrativePermission = (spec: PermissionSpec) => spec.defaultRoles.length > 0 && spec.defaultRoles.every(isAdmin);

export function grantViolations(role: Role, permissions: readonly string[], catalogue: readonly PermissionSpec[]): GrantViolation[] {
  const specs = new Map(catalogue.map((spec) => [spec.key, spec]));
  return permissions.flatMap((permission) => {
    const spec = specs.get(permission);
    if (!spec) return [];
    const allowed = isAdmin(role) ? spec.defaultRoles.includes(role) : !isAdministrativePermission(spec);
    return allowed ? [] : [{ permission, role }];
  });
}
