import type { PermissionSpec } from '../permissions.ts';

export const prepaymentsPermissions = [
  /** Families' prepaid fees (预付费) held by an institution: the institution's own, or those within a regulator's jurisdiction. */
  { key: 'prepayments.read', defaultRoles: ['institutionDirector', 'institutionStaff', 'regulator'] },
  /** Record a family's prepayment and its refund. */
  { key: 'prepayments.manage', defaultRoles: ['institutionDirector'] },
] as const satisfies readonly PermissionSpec[];
