import { describe, expect, it } from 'vitest';
import { placementFor, placementNeeds } from './role-placement.ts';

describe('what a role carries', () => {
  it('asks regulators for a department and a jurisdiction, institution accounts for an institution', () => {
    expect(placementNeeds('regulator')).toEqual({ department: 'required', jurisdictionCode: 'required', institutionId: 'absent' });
    expect(placementNeeds('supervisor')).toEqual({ department: 'optional', jurisdictionCode: 'required', institutionId: 'absent' });
    expect(placementNeeds('institutionStaff')).toEqual({ department: 'absent', jurisdictionCode: 'required', institutionId: 'required' });
    expect(placementNeeds('auditAdmin')).toEqual({ department: 'absent', jurisdictionCode: 'optional', institutionId: 'absent' });
    expect(placementNeeds('family')).toEqual({ department: 'absent', jurisdictionCode: 'absent', institutionId: 'absent' });
  });

  it('drops what the chosen role does not carry, so a changed role never sends stale fields', () => {
    const typed = { department: 'healthCommission', jurisdictionCode: '110105', institutionId: '5d4c0f7e-8d2a-4b8e-9d7f-1f0a2b3c4d5e' };
    expect(placementFor('regulator', typed)).toEqual({ department: 'healthCommission', jurisdictionCode: '110105', institutionId: null });
    expect(placementFor('institutionDirector', typed)).toEqual({ department: null, jurisdictionCode: '110105', institutionId: typed.institutionId });
    expect(placementFor('systemAdmin', {})).toEqual({ department: null, jurisdictionCode: null, institutionId: null });
  });
});
