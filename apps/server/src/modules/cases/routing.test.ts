import { describe, expect, it } from 'vitest';
import type { EffectivePolicies } from '@youyu/contracts';
import type { WorkCalendar } from '../filings/index.ts';
import { caseDeadlines, coDepartmentOf, currentDeadline } from './routing.ts';

const policies = (values: Record<string, unknown>) => ({ jurisdictionCode: '110105', date: '2025-09-25', sources: [], values: Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }])) }) as unknown as EffectivePolicies;
// 2025-09-25 is a Thursday before the National Day holiday (10-01…10-08; 09-28 and 10-11 worked).
const submitted = new Date('2025-09-25T10:00:00+08:00');
const calendar: WorkCalendar = { holidays: new Set(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08']), makeUpWorkdays: new Set(['2025-09-28', '2025-10-11']) };

describe('case routing and deadlines', () => {
  it('counts calendar days to the end of the due day in Beijing time', () => {
    const due = caseDeadlines(policies({ 'cases.acknowledgeDays': 15, 'cases.resolveDays': 60 }), calendar, submitted, false);
    expect(due.acknowledgeDueAt?.toISOString()).toBe('2025-10-10T15:59:59.999Z');
    expect(due.resolveDueAt?.toISOString()).toBe('2025-11-24T15:59:59.999Z');
  });

  it('counts working days when the profile says so, by the city’s calendar', () => {
    const due = caseDeadlines(policies({ 'cases.acknowledgeDays': 5, 'cases.resolveDays': null, 'cases.countWorkingDays': true }), calendar, submitted, false);
    // 26 (Fri), 28 (Sun, worked), 29, 30, then 9 Oct (after the holiday).
    expect(due.acknowledgeDueAt?.toISOString()).toBe('2025-10-09T15:59:59.999Z');
    expect(due.resolveDueAt).toBeNull();
  });

  it('gives an urgent case hours to be acknowledged', () => {
    const due = caseDeadlines(policies({ 'cases.acknowledgeDays': 15, 'cases.urgentAcknowledgeHours': 24 }), calendar, submitted, true);
    expect(due.acknowledgeDueAt?.toISOString()).toBe('2025-09-26T02:00:00.000Z');
  });

  it('routes categories to the profile’s departments', () => {
    const p = policies({ 'cases.departmentFood': 'marketRegulation', 'cases.departmentAbuse': 'publicSecurity', 'cases.departmentFees': null });
    expect(coDepartmentOf(p, 'food')).toBe('marketRegulation');
    expect(coDepartmentOf(p, 'abuse')).toBe('publicSecurity');
    expect(coDepartmentOf(p, 'fees')).toBeNull();
    expect(coDepartmentOf(p, 'hygiene')).toBeNull();
  });

  it('says which deadline matters now and how close it is', () => {
    const now = new Date('2025-10-01T00:00:00Z');
    const row = { acknowledgeDueAt: new Date('2025-10-02T00:00:00Z'), resolveDueAt: new Date('2025-09-30T00:00:00Z') };
    expect(currentDeadline({ ...row, state: 'submitted' }, now)).toEqual({ dueAt: '2025-10-02T00:00:00.000Z', status: 'dueSoon' });
    expect(currentDeadline({ ...row, state: 'acknowledged' }, now)?.status).toBe('overdue');
    expect(currentDeadline({ ...row, state: 'replied' }, now)).toBeNull();
  });
});
