import type { Role } from './common/index.ts';
import { accountsPermissions } from './accounts/permissions.ts';
import { auditPermissions } from './audit/permissions.ts';
import { jurisdictionsPermissions } from './jurisdictions/permissions.ts';
import { policiesPermissions } from './policies/permissions.ts';
import { institutionsPermissions } from './institutions/permissions.ts';

/**
 * A permission names one kind of action; routes require one (config.access.permission). Which
 * roles hold which permissions is data the security administrator edits; these are the defaults
 * a new database starts with.
 */
export type PermissionSpec = { key: string; defaultRoles: readonly Role[] };

export const permissionCatalogue: readonly PermissionSpec[] = [
  ...accountsPermissions,
  ...auditPermissions,
  ...jurisdictionsPermissions,
  ...policiesPermissions,
  ...institutionsPermissions,
];
export const permissionKeys = permissionCatalogue.map((p) => p.key);
