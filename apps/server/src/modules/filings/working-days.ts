import type { DeadlineStatus } from '@youyu/contracts';

/**
 * Working days for time limits (工作日): Monday to Friday, without public holidays, plus the
 * weekend days made working days (调休). Dates are ISO strings of the Asia/Shanghai calendar.
 */
export type WorkCalendar = { holidays: ReadonlySet<string>; makeUpWorkdays: ReadonlySet<string> };

export function workCalendar(holidays: readonly string[], makeUpWorkdays: readonly string[]): WorkCalendar {
  return { holidays: new Set(holidays), makeUpWorkdays: new Set(makeUpWorkdays) };
}

const shift = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export function isWorkingDay(calendar: WorkCalendar, date: string): boolean {
  if (calendar.makeUpWorkdays.has(date)) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(date);
}

/** The n-th working day after `start` (the day of submission does not count). */
export function addWorkingDays(calendar: WorkCalendar, start: string, n: number): string {
  let date = start;
  for (let counted = 0; counted < n; ) {
    date = shift(date, 1);
    if (isWorkingDay(calendar, date)) counted += 1;
  }
  return date;
}

/**
 * Working days from `today` to `due`: how many are left (today not counted, the due day counted),
 * or, once past, minus how many working days it is overdue.
 */
export function workingDaysUntil(calendar: WorkCalendar, today: string, due: string): number {
  const [from, to, sign] = today <= due ? [today, due, 1] : [due, today, -1];
  let count = 0;
  for (let date = shift(from, 1); date <= to; date = shift(date, 1)) if (isWorkingDay(calendar, date)) count += 1;
  return sign * count;
}

/** Due within this many working days: highlighted before it is late. */
export const DUE_SOON_WORKING_DAYS = 3;

export function deadlineStatus(workingDaysLeft: number, today: string, due: string): DeadlineStatus {
  if (today > due) return 'overdue';
  return workingDaysLeft <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'onTime';
}

/** Today in Asia/Shanghai (UTC+8, no daylight saving). */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
