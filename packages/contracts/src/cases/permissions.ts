import type { PermissionSpec } from '../permissions.ts';

export const casesPermissions = [
  /** Complaints and reports routed to the caller's jurisdiction and department: the queue and each case. */
  { key: 'cases.read', defaultRoles: ['regulator', 'inspector'] },
  /** Acknowledge a case, record handling steps, reply to the submitter, mark it substantiated. */
  { key: 'cases.handle', defaultRoles: ['regulator'] },
  /** A family's complaints from its account: file one, see its own. */
  { key: 'cases.complain', defaultRoles: ['family'] },
] as const satisfies readonly PermissionSpec[];
