import type { PermissionSpec } from '../permissions.ts';

/** The audit administrator only reads the audit log (and checks its hash chain). */
export const auditPermissions = [{ key: 'audit.read', defaultRoles: ['auditAdmin'] }] as const satisfies readonly PermissionSpec[];
