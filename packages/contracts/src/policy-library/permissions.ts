import type { PermissionSpec } from '../permissions.ts';

export const policyLibraryPermissions = [
  /**
   * Add, edit, publish and unpublish documents of the policy library (托育政策查询): a regulator
   * edits those of its own jurisdiction (a city-level one also the national documents) and reads all.
   */
  { key: 'policyLibrary.manage', defaultRoles: ['regulator'] },
] as const satisfies readonly PermissionSpec[];
