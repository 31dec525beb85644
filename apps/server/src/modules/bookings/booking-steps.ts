import { ageInMonths, classTypesForAge, type BookingState, type ClassType, type NotificationKind } from '@youyu/contracts';
import { translate, type Locale } from '@youyu/i18n';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import { releaseChild } from '../institutions/index.ts';
import type { Effects } from './booking-change.ts';
import { bookingNotice } from './booking-notices.ts';
import { bookingRulesFor, offerExpiry, type BookingRules } from './booking-rules.ts';
import { BookingErrors } from './bookings.errors.ts';
import { findBookingView, lockBooking, lockWaitlistHead, updateBooking, type BookingRow } from './bookings.repository.ts';
import { lockClassLoad } from './places.repository.ts';

// The steps every booking change is made of: lock and check, offer, close, and hand a freed place on.

/** The booking locked for this change, at the revision the caller read. */
export async function lockCurrentBooking(tx: Executor, id: string, revision: number): Promise<BookingRow> {
  const booking = await lockBooking(tx, id);
  if (!booking) throw notFound();
  if (booking.revision !== revision) throw new DomainError(BookingErrors.BOOKING_CHANGED);
  return booking;
}

export function requireState(locale: Locale, booking: BookingRow, allowed: readonly BookingState[]): void {
  if (!allowed.includes(booking.state)) throw new DomainError(BookingErrors.BOOKING_STATE_INVALID, { stateName: translate(locale, `bookings:states.${booking.state}`) });
}

/** A class type takes the child if its age on the start date is in the type's range (the profile sets the mixed class's minimum). */
export function requireAgeFits(locale: Locale, child: { birthDate: string }, startDate: string, classType: ClassType, rules: BookingRules, path: string): void {
  const ageMonths = ageInMonths(child.birthDate, startDate);
  if (classTypesForAge(ageMonths, rules.mixedMinAgeMonths).includes(classType)) return;
  const classTypeName = translate(locale, `institutions:classTypes.${classType}`);
  throw new DomainError(BookingErrors.BOOKING_CLASS_TYPE_NOT_FOR_AGE, { ageMonths, classTypeName }, [{ path, code: 'invalid_value' }]);
}

/** Tells one side of a booking, with the booking as it now stands. */
export async function tell(tx: Executor, fx: Effects, bookingId: string, kind: NotificationKind, audience: 'family' | 'institution'): Promise<void> {
  fx.notices.push(bookingNotice(kind, (await findBookingView(tx, bookingId))!, audience));
}

/** Offers the booking a place in a class whose capacity the caller has checked under the class lock. */
export async function offerPlace(tx: Executor, fx: Effects, booking: BookingRow, classId: string, rules: BookingRules, byWaitlist: boolean): Promise<BookingRow> {
  const offered = await updateBooking(tx, booking.id, { state: 'offered', classId, offeredAt: new Date(), offerExpiresAt: offerExpiry(rules) });
  await tell(tx, fx, booking.id, 'bookingOffered', 'family');
  fx.audits.push({ action: 'booking.offer', entityType: 'booking', entityId: booking.id, jurisdictionCode: booking.subdistrictCode, before: booking, after: offered, details: { classId, byWaitlist } });
  return offered;
}

/**
 * After a place in a class is freed: offers the class's free places, one by one, to the first
 * waitlisted bookings of its class type (first waitlisted, first offered). The institution sees
 * each such offer in its list; the family is told as for any offer.
 */
export async function offerFreedPlaces(tx: Executor, fx: Effects, classId: string): Promise<void> {
  const load = await lockClassLoad(tx, classId);
  if (!load) return;
  let rules: BookingRules | null = null;
  for (let free = load.capacity - load.held; free > 0; free--) {
    const head = await lockWaitlistHead(tx, load.institutionId, load.classType);
    if (!head) return;
    rules ??= await bookingRulesFor(tx, head.districtCode);
    await offerPlace(tx, fx, head, classId, rules, true);
  }
}

/**
 * Ends a booking in `state`. An open offer frees its place, an enrollment releases the child:
 * either way the class's waitlist moves on.
 */
export async function closeBooking(tx: Executor, fx: Effects, booking: BookingRow, state: 'offerDeclined' | 'expired' | 'cancelled', action: string): Promise<BookingRow> {
  const closed = await updateBooking(tx, booking.id, { state, closedAt: new Date() });
  if (booking.state === 'enrolled') await releaseChild(tx, booking.childId, booking.institutionId);
  if ((booking.state === 'offered' || booking.state === 'enrolled') && booking.classId) await offerFreedPlaces(tx, fx, booking.classId);
  fx.audits.push({ action, entityType: 'booking', entityId: booking.id, jurisdictionCode: booking.subdistrictCode, before: booking, after: closed });
  return closed;
}
