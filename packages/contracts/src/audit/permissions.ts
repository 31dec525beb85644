import type { PermissionSpec } from '../permissions.ts';

export const auditPermissions = [] as const satisfies readonly PermissionSpec[];
