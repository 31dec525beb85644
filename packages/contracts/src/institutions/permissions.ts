import type { PermissionSpec } from '../permissions.ts';

export const institutionsPermissions = [
  /** The registry: institutions, classes, staff and children (ID numbers masked). */
  { key: 'institutions.read', defaultRoles: ['regulator', 'inspector', 'supervisor', 'institutionDirector', 'institutionStaff'] },
  /** See a full ID number; every use is audited as personalData.unmask. */
  { key: 'personalData.unmask', defaultRoles: ['institutionDirector', 'regulator'] },
  /**
   * Names and filing status of institutions within the administrator's jurisdiction, to pick the
   * institution of an institution account: administrators hold no institutions.read.
   */
  { key: 'institutions.lookup', defaultRoles: ['systemAdmin', 'securityAdmin'] },
] as const satisfies readonly PermissionSpec[];
