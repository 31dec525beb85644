import { staffRoles } from '../common/index.ts';
import type { PermissionSpec } from '../permissions.ts';

export const jurisdictionsPermissions = [
  /** Reference data every staff account needs: names, figures, boundaries. */
  { key: 'jurisdictions.read', defaultRoles: staffRoles },
  /** Correct figures and names, add and remove communities. */
  { key: 'jurisdictions.manage', defaultRoles: ['systemAdmin'] },
] as const satisfies readonly PermissionSpec[];
