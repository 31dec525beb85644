import { describe, expect, it } from 'vitest';
import { filingActions, filingStates, FILING_NUMBER_FORMAT_PATTERN } from '@youyu/contracts';
import { availableActions, institutionStatusFor, nextState } from './filing-states.ts';
import { defaultNumberFormat, numberScope, renderFilingNumber } from './filing-numbers.ts';
import { nationalHolidays, nationalMakeUpWorkdays } from './holiday-calendar.ts';
import { addWorkingDays, deadlineStatus, isWorkingDay, workCalendar, workingDaysUntil } from './working-days.ts';

describe('filing state machine', () => {
  it('walks the whole path: draft → submitted → under review → returned → resubmitted → under review → filed', () => {
    const path = [
      ['draft', 'submit', 'submitted'],
      ['submitted', 'startReview', 'underReview'],
      ['underReview', 'return', 'returned'],
      ['returned', 'resubmit', 'resubmitted'],
      ['resubmitted', 'startReview', 'underReview'],
      ['underReview', 'file', 'filed'],
      ['filed', 'suspend', 'suspended'],
      ['suspended', 'reinstate', 'filed'],
      ['filed', 'withdraw', 'withdrawn'],
    ] as const;
    for (const [from, action, to] of path) expect(nextState('initial', from, action), `${from} ${action}`).toBe(to);
  });

  it('refuses every transition the machine does not name', () => {
    const allowed = new Set(['draft submit', 'draft cancel', 'returned resubmit', 'returned cancel', 'submitted startReview', 'resubmitted startReview', 'underReview return', 'underReview file', 'underReview refuse', 'filed suspend', 'suspended reinstate', 'filed withdraw', 'suspended withdraw']);
    for (const state of filingStates) for (const action of filingActions) expect(nextState('initial', state, action) !== null, `${state} ${action}`).toBe(allowed.has(`${state} ${action}`));
  });

  it('lets a change filing be filed or refused but not suspended or withdrawn', () => {
    expect(nextState('change', 'underReview', 'file')).toBe('filed');
    expect(nextState('change', 'filed', 'suspend')).toBeNull();
    expect(nextState('change', 'filed', 'withdraw')).toBeNull();
    expect(availableActions('change', 'filed', 'supervisor')).toEqual([]);
    expect(availableActions('initial', 'underReview', 'reviewer')).toEqual(['return', 'file', 'refuse']);
  });

  it('gives the institution the status of its initial filing, and leaves it alone for change filings', () => {
    expect(institutionStatusFor('initial', 'resubmitted')).toBe('submitted');
    expect(institutionStatusFor('initial', 'cancelled')).toBe('registered');
    expect(institutionStatusFor('initial', 'filed')).toBe('filed');
    expect(institutionStatusFor('change', 'underReview')).toBeNull();
  });
});

describe('working days', () => {
  const calendar = workCalendar(nationalHolidays, nationalMakeUpWorkdays);

  it('skips weekends and public holidays and counts make-up working days', () => {
    expect(isWorkingDay(calendar, '2025-09-26')).toBe(true); // a Friday
    expect(isWorkingDay(calendar, '2025-09-27')).toBe(false); // a Saturday
    expect(isWorkingDay(calendar, '2025-09-28')).toBe(true); // a Sunday made a working day before the National Day holiday
    expect(isWorkingDay(calendar, '2025-10-08')).toBe(false); // a Wednesday within the holiday
  });

  it('puts 15 working days after 2025-09-25 on 2025-10-22, across the National Day week', () => {
    // 26 (Fri), 28 (Sun, make-up), 29, 30 = 4; October: 9, 10, 11 (Sat, make-up) = 7; 13–17 = 12; 20, 21, 22 = 15.
    expect(addWorkingDays(calendar, '2025-09-25', 15)).toBe('2025-10-22');
    expect(addWorkingDays(workCalendar([], []), '2025-09-25', 15)).toBe('2025-10-16');
  });

  it('counts working days left, and negative ones once overdue', () => {
    expect(workingDaysUntil(calendar, '2025-10-20', '2025-10-22')).toBe(2);
    expect(workingDaysUntil(calendar, '2025-10-22', '2025-10-22')).toBe(0);
    expect(workingDaysUntil(calendar, '2025-10-27', '2025-10-22')).toBe(-3);
    expect(deadlineStatus(2, '2025-10-20', '2025-10-22')).toBe('dueSoon');
    expect(deadlineStatus(10, '2025-10-01', '2025-10-22')).toBe('onTime');
    expect(deadlineStatus(-3, '2025-10-27', '2025-10-22')).toBe('overdue');
  });
});

describe('filing numbers', () => {
  const place = { year: '2025', cityCode: '110000', districtCode: '110105' };

  it('renders the city format with a padded sequence that grows rather than wraps', () => {
    const format = defaultNumberFormat('110000');
    expect(format).toBe('京托备〔{year}〕{district}{seq:4}');
    expect(renderFilingNumber(format, place, 7)).toBe('京托备〔2025〕1101050007');
    expect(renderFilingNumber(format, place, 12345)).toBe('京托备〔2025〕11010512345');
    expect(renderFilingNumber('{city}-{seq}', place, 3)).toBe('110000-3');
  });

  it('counts each rendered prefix on its own: per district and year here', () => {
    const format = '京托备〔{year}〕{district}{seq:4}';
    expect(numberScope(format, place)).toBe('京托备〔2025〕110105#');
    expect(numberScope(format, { ...place, districtCode: '110108' })).not.toBe(numberScope(format, place));
    expect(numberScope(format, { ...place, year: '2026' })).not.toBe(numberScope(format, place));
  });

  it('accepts formats with exactly known placeholders and a sequence', () => {
    for (const ok of ['京托备〔{year}〕{district}{seq:4}', '{city}{seq}', '渝卫托备{year}-{seq:5}号']) expect(FILING_NUMBER_FORMAT_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ['京托备{year}', '{seq:0}', '{name}{seq}', '{seq:10}', 'x{seq']) expect(FILING_NUMBER_FORMAT_PATTERN.test(bad), bad).toBe(false);
  });
});
