import type { PermissionSpec } from '../permissions.ts';

export const institutionsPermissions = [
  /** The registry: institutions, classes, staff and children (ID numbers masked). */
  { key: 'institutions.read', defaultRoles: ['regulator', 'inspector', 'supervisor', 'institutionDirector', 'institutionStaff'] },
  /** See a full ID number; every use is audited as personalData.unmask. */
  { key: 'personalData.unmask', defaultRoles: ['institutionDirector', 'regulator'] },
] as const satisfies readonly PermissionSpec[];
