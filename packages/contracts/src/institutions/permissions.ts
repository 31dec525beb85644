import type { PermissionSpec } from '../permissions.ts';

export const institutionsPermissions = [] as const satisfies readonly PermissionSpec[];
