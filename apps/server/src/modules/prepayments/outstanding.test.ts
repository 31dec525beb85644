import { describe, expect, it } from 'vitest';
import { outstandingOf, sumTotals, unconsumedFen } from './outstanding.ts';

// March–May 2025: 31 + 30 + 31 = 92 days.
const spring = { amountFen: 920_000, periodFrom: '2025-03-01', periodTo: '2025-05-31', refundedFen: null };

describe('unconsumed prepayments', () => {
  it('counts the days from the closure date to the end of the period', () => {
    // Service stops on 1 May: May's 31 days are unpaid-for.
    expect(unconsumedFen(spring, '2025-05-01')).toBe(310_000);
    // Stops on the last day: that day is not served.
    expect(unconsumedFen(spring, '2025-05-31')).toBe(10_000);
  });

  it('is the whole amount before the period and nothing after it', () => {
    expect(unconsumedFen(spring, '2025-03-01')).toBe(920_000);
    expect(unconsumedFen(spring, '2025-01-15')).toBe(920_000);
    expect(unconsumedFen(spring, '2025-06-01')).toBe(0);
    expect(unconsumedFen(spring, '2026-01-01')).toBe(0);
  });

  it('rounds to the nearest fen', () => {
    // 1000 fen over 3 days, 2 days left: 666.67 → 667.
    expect(unconsumedFen({ amountFen: 1000, periodFrom: '2025-01-01', periodTo: '2025-01-03', refundedFen: null }, '2025-01-02')).toBe(667);
  });

  it('subtracts refunds from what is owed, never below zero', () => {
    expect(outstandingOf({ ...spring, refundedFen: 100_000 }, '2025-05-01')).toEqual({ unconsumedFen: 310_000, refundedFen: 100_000, owedFen: 210_000 });
    expect(outstandingOf({ ...spring, refundedFen: 500_000 }, '2025-05-01')).toEqual({ unconsumedFen: 310_000, refundedFen: 500_000, owedFen: 0 });
    expect(sumTotals([outstandingOf(spring, '2025-05-01'), outstandingOf({ ...spring, refundedFen: 10_000 }, '2025-05-31')])).toEqual({ unconsumedFen: 320_000, refundedFen: 10_000, owedFen: 310_000 });
  });
});
