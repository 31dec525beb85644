import type { Role } from '@youyu/contracts';

export type Need = 'required' | 'optional' | 'absent';
export type PlacementField = 'department' | 'jurisdictionCode' | 'institutionId';

const administrators: readonly Role[] = ['systemAdmin', 'securityAdmin', 'auditAdmin'];

/**
 * What each role carries besides its name — the same rule the server applies (ROLE_ATTRIBUTES_INVALID),
 * so the form shows only the fields that apply: regulators and inspectors a department and a
 * jurisdiction, institution accounts an institution, administrators at most a jurisdiction.
 */
export function placementNeeds(role: Role): Record<PlacementField, Need> {
  if (role === 'family') return { department: 'absent', jurisdictionCode: 'absent', institutionId: 'absent' };
  if (administrators.includes(role)) return { department: 'absent', jurisdictionCode: 'optional', institutionId: 'absent' };
  if (role === 'institutionDirector' || role === 'institutionStaff') return { department: 'absent', jurisdictionCode: 'required', institutionId: 'required' };
  if (role === 'supervisor') return { department: 'optional', jurisdictionCode: 'required', institutionId: 'absent' };
  return { department: 'required', jurisdictionCode: 'required', institutionId: 'absent' };
}

/** Drops the fields a role doesn't carry, so switching role in a form never sends stale values. */
export function placementFor(role: Role, values: Partial<Record<PlacementField, string | null>>): Record<PlacementField, string | null> {
  const needs = placementNeeds(role);
  const pick = (field: PlacementField) => (needs[field] === 'absent' ? null : (values[field] ?? null));
  return { department: pick('department'), jurisdictionCode: pick('jurisdictionCode'), institutionId: pick('institutionId') };
}
