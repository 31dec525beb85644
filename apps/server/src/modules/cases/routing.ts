import { urgentCaseCategories, type CaseCategory, type CaseDeadline, type Department, type EffectivePolicies } from '@youyu/contracts';
import { addWorkingDays, type WorkCalendar } from '../filings/index.ts';
import { numberInForce } from '../policies/index.ts';

/** The policy key naming the department a category also goes to; categories without one stay with the health commission. */
const departmentKeys: Partial<Record<CaseCategory, string>> = {
  abuse: 'cases.departmentAbuse',
  food: 'cases.departmentFood',
  fees: 'cases.departmentFees',
};

export const isUrgentCategory = (category: CaseCategory) => urgentCaseCategories.includes(category);

/** The department besides the district health commission that handles a category, per the profile. */
export function coDepartmentOf(policies: EffectivePolicies, category: CaseCategory): Department | null {
  const key = departmentKeys[category];
  return key ? ((policies.values[key]?.value as Department | null | undefined) ?? null) : null;
}

const HOUR = 3600_000;
const shiftDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
/** The last moment of a day of the Asia/Shanghai calendar. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999+08:00`);
const dayInShanghai = (at: Date) => new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 10);

/**
 * When a case must be acknowledged and resolved, from its submission: the profile's days (working
 * days when it says so, by the city's calendar) to the end of the due day; an urgent case must be
 * acknowledged within the profile's hours. A limit the profile does not set gives no deadline.
 */
export function caseDeadlines(policies: EffectivePolicies, calendar: WorkCalendar, submittedAt: Date, isUrgent: boolean): { acknowledgeDueAt: Date | null; resolveDueAt: Date | null } {
  const today = dayInShanghai(submittedAt);
  const inWorkingDays = policies.values['cases.countWorkingDays']?.value === true;
  const after = (days: number | null) => (days === null ? null : endOfDay(inWorkingDays ? addWorkingDays(calendar, today, days) : shiftDays(today, days)));
  const urgentHours = numberInForce(policies, 'cases.urgentAcknowledgeHours');
  return {
    acknowledgeDueAt: isUrgent && urgentHours !== null ? new Date(submittedAt.getTime() + urgentHours * HOUR) : after(numberInForce(policies, 'cases.acknowledgeDays')),
    resolveDueAt: after(numberInForce(policies, 'cases.resolveDays')),
  };
}

/** Highlighted this long before it is late. */
export const DUE_SOON_MS = 48 * HOUR;

/** The deadline that matters now: acknowledging a new case, resolving an acknowledged one; none after the reply. */
export function currentDeadline(row: { state: string; acknowledgeDueAt: Date | null; resolveDueAt: Date | null }, now: Date = new Date()): CaseDeadline | null {
  const due = row.state === 'submitted' ? row.acknowledgeDueAt : row.state === 'acknowledged' ? row.resolveDueAt : null;
  if (!due) return null;
  const left = due.getTime() - now.getTime();
  return { dueAt: due.toISOString(), status: left < 0 ? 'overdue' : left < DUE_SOON_MS ? 'dueSoon' : 'onTime' };
}
