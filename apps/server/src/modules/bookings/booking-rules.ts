import type { Executor } from '../../platform/db/index.ts';
import { numberInForce, resolvePolicy } from '../policies/index.ts';

/**
 * The shipped national values, for a database whose installed national profile predates these
 * keys (a shipped version is installed once and never rewritten).
 */
const FALLBACK = { maxOpenPerChild: 3, offerValidDays: 7, mixedMinAgeMonths: 18 };

export type BookingRules = typeof FALLBACK;

/** The booking numbers in force where the institution is (its district's profile, else the city's, else the nation's). */
export async function bookingRulesFor(exec: Executor, districtCode: string): Promise<BookingRules> {
  const policies = await resolvePolicy(exec, districtCode);
  return {
    maxOpenPerChild: numberInForce(policies, 'bookings.maxOpenPerChild') ?? FALLBACK.maxOpenPerChild,
    offerValidDays: numberInForce(policies, 'bookings.offerValidDays') ?? FALLBACK.offerValidDays,
    mixedMinAgeMonths: numberInForce(policies, 'classRules.mixedMinAgeMonths') ?? FALLBACK.mixedMinAgeMonths,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an offer made now lapses. */
export const offerExpiry = (rules: BookingRules, now = new Date()) => new Date(now.getTime() + rules.offerValidDays * DAY_MS);
