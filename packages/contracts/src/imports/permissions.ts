import type { PermissionSpec } from '../permissions.ts';

export const importsPermissions = [
  /** The bulk import of a city's existing institutions, classes and filing history, within the holder's jurisdiction. */
  { key: 'imports.manage', defaultRoles: ['systemAdmin', 'regulator'] },
] as const satisfies readonly PermissionSpec[];
