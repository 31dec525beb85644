import type { PermissionSpec } from '../permissions.ts';

export const jurisdictionsPermissions = [] as const satisfies readonly PermissionSpec[];
