import type { PermissionSpec } from '../permissions.ts';

export const filingsPermissions = [
  /** Filing applications, materials, history and receipts within the caller's scope. */
  { key: 'filings.read', defaultRoles: ['regulator', 'institutionDirector', 'institutionStaff'] },
  /** Draft, complete, submit and cancel the own institution's filings. */
  { key: 'filings.apply', defaultRoles: ['institutionDirector'] },
  /** Accept for review, return, file or refuse (district health commission). */
  { key: 'filings.review', defaultRoles: ['regulator'] },
  /** Suspend, reinstate or withdraw an institution's filing. */
  { key: 'filings.supervise', defaultRoles: ['regulator'] },
  /** The city's filing number format and working-day calendar. */
  { key: 'filings.configure', defaultRoles: ['regulator'] },
  /** Edit the own institution's registry entry: basics, classes and caregivers, fees, staff. */
  { key: 'institutions.manage', defaultRoles: ['institutionDirector'] },
] as const satisfies readonly PermissionSpec[];
