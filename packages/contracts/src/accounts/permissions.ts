import type { PermissionSpec } from '../permissions.ts';

/**
 * The three administrators keep apart (三员分立): the system administrator manages accounts, the
 * security administrator manages roles, grants and security settings. Both may read the account
 * list, which the security administrator needs to assign roles.
 */
export const accountsPermissions = [
  { key: 'users.read', defaultRoles: ['systemAdmin', 'securityAdmin'] },
  { key: 'users.manage', defaultRoles: ['systemAdmin'] },
  { key: 'roles.manage', defaultRoles: ['securityAdmin'] },
  { key: 'security.manage', defaultRoles: ['securityAdmin'] },
] as const satisfies readonly PermissionSpec[];
