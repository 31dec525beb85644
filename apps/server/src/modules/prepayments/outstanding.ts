import type { PrepaymentTotals } from '@youyu/contracts';

const DAY = 86_400_000;
const dayNumber = (isoDate: string) => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY);

export type Consumable = { amountFen: number; periodFrom: string; periodTo: string; refundedFen: number | null };

/**
 * What a prepayment has not yet paid for when service stops on `stopsOn` (the first day without
 * service): the share of its period's days from that day to the period's end, to the nearest fen.
 * Before the period starts nothing is consumed; after it ends everything is.
 */
export function unconsumedFen(p: Consumable, stopsOn: string): number {
  const from = dayNumber(p.periodFrom);
  const to = dayNumber(p.periodTo);
  const stop = dayNumber(stopsOn);
  const days = to - from + 1;
  const remaining = Math.min(days, Math.max(0, to - stop + 1));
  return Math.round((p.amountFen * remaining) / days);
}

/** Unconsumed, refunded, and still owed to the family (never below zero: a refund may exceed what was unconsumed). */
export function outstandingOf(p: Consumable, stopsOn: string): PrepaymentTotals {
  const unconsumed = unconsumedFen(p, stopsOn);
  const refunded = p.refundedFen ?? 0;
  return { unconsumedFen: unconsumed, refundedFen: refunded, owedFen: Math.max(0, unconsumed - refunded) };
}

export function sumTotals(items: readonly PrepaymentTotals[]): PrepaymentTotals {
  return items.reduce((sum, t) => ({ unconsumedFen: sum.unconsumedFen + t.unconsumedFen, refundedFen: sum.refundedFen + t.refundedFen, owedFen: sum.owedFen + t.owedFen }), { unconsumedFen: 0, refundedFen: 0, owedFen: 0 });
}
