import type { PermissionSpec } from '../permissions.ts';

export const exchangePermissions = [
  /** Registrar API keys: create (shown once) and revoke. The system administrator's duty. */
  { key: 'apiKeys.manage', defaultRoles: ['systemAdmin'] },
  /** The "registered, not filed" queue and the filing rate, within the caller's jurisdiction. */
  { key: 'registrations.read', defaultRoles: ['regulator'] },
  /** Send the invitation to file again. */
  { key: 'registrations.invite', defaultRoles: ['regulator'] },
  /** Upload a CSV or Excel batch of registrations; only accounts of a registrar department may. */
  { key: 'registrations.submit', defaultRoles: ['regulator'] },
] as const satisfies readonly PermissionSpec[];
