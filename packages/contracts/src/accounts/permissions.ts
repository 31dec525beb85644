import type { PermissionSpec } from '../permissions.ts';

export const accountsPermissions = [] as const satisfies readonly PermissionSpec[];
