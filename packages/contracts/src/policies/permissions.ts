import { staffRoles } from '../common/index.ts';
import type { PermissionSpec } from '../permissions.ts';

export const policiesPermissions = [
  /** Read profiles, their history and the effective values: every staff and admin role. */
  { key: 'policies.read', defaultRoles: staffRoles },
  /** Draft, edit, publish and delete drafts, within the holder's jurisdiction. */
  { key: 'policies.manage', defaultRoles: ['regulator', 'systemAdmin'] },
] as const satisfies readonly PermissionSpec[];
