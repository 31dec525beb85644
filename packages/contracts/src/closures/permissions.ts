import type { PermissionSpec } from '../permissions.ts';

export const closuresPermissions = [
  /** Closure cases (关停应急处置) within the caller's jurisdiction: children, prepayments, placements. */
  { key: 'closures.read', defaultRoles: ['regulator', 'inspector'] },
  /** Open a closure case, record each child's placement and each refund, and close the case. */
  { key: 'closures.manage', defaultRoles: ['regulator'] },
] as const satisfies readonly PermissionSpec[];
