import type { PermissionSpec } from '../permissions.ts';

export const policiesPermissions = [] as const satisfies readonly PermissionSpec[];
