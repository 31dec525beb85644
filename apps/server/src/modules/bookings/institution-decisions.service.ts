import type { Booking, BookingRevision, DeclineBooking, OfferPlace } from '@youyu/contracts';
import { DomainError } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { runChange, type BookingDeps } from './booking-change.ts';
import { bookingRulesFor } from './booking-rules.ts';
import { lockCurrentBooking, offerPlace, requireAgeFits, requireState, tell } from './booking-steps.ts';
import { BookingErrors } from './bookings.errors.ts';
import { getBooking } from './bookings.service.ts';
import { findChildBirthDate, updateBooking } from './bookings.repository.ts';
import { lockClassLoad } from './places.repository.ts';

// The institution's answers to a booking: offer a place, waitlist it, or decline it with a reason.

const undecided = ['requested', 'waitlisted'] as const;

/**
 * Offers a place in one of the institution's classes. The class row is locked before its held
 * places are counted, so concurrent offers into one class queue and never oversell it: the
 * offer that finds it full is refused with BOOKING_CLASS_FULL.
 */
export async function offerBookingPlace(ctx: RequestContext, deps: BookingDeps, id: string, input: OfferPlace): Promise<Booking> {
  await runChange(ctx, deps, async (tx, fx) => {
    const booking = await lockCurrentBooking(tx, id, input.revision);
    requireState(ctx.locale, booking, undecided);
    const rules = await bookingRulesFor(tx, booking.districtCode);
    const load = await lockClassLoad(tx, input.classId);
    if (!load || load.institutionId !== booking.institutionId) throw new DomainError(BookingErrors.BOOKING_CLASS_INVALID, {}, [{ path: 'body.classId', code: 'invalid_value' }]);
    requireAgeFits(ctx.locale, { birthDate: await findChildBirthDate(tx, booking.childId) }, booking.startDate, load.classType, rules, 'body.classId');
    if (load.held >= load.capacity) throw new DomainError(BookingErrors.BOOKING_CLASS_FULL, { className: load.name, capacity: load.capacity });
    await offerPlace(tx, fx, booking, load.id, rules, false);
  });
  return getBooking(ctx, id);
}

/** Puts a new request on the waitlist of its class type; the family sees its position. */
export async function waitlistBooking(ctx: RequestContext, deps: BookingDeps, id: string, input: BookingRevision): Promise<Booking> {
  await runChange(ctx, deps, async (tx, fx) => {
    const booking = await lockCurrentBooking(tx, id, input.revision);
    requireState(ctx.locale, booking, ['requested']);
    const waitlisted = await updateBooking(tx, id, { state: 'waitlisted', waitlistedAt: new Date() });
    await tell(tx, fx, id, 'bookingWaitlisted', 'family');
    fx.audits.push({ action: 'booking.waitlist', entityType: 'booking', entityId: id, jurisdictionCode: booking.subdistrictCode, before: booking, after: waitlisted });
  });
  return getBooking(ctx, id);
}

export async function declineBooking(ctx: RequestContext, deps: BookingDeps, id: string, input: DeclineBooking): Promise<Booking> {
  await runChange(ctx, deps, async (tx, fx) => {
    const booking = await lockCurrentBooking(tx, id, input.revision);
    requireState(ctx.locale, booking, undecided);
    const declined = await updateBooking(tx, id, { state: 'declined', declineReason: input.reason, closedAt: new Date() });
    await tell(tx, fx, id, 'bookingDeclined', 'family');
    fx.audits.push({ action: 'booking.decline', entityType: 'booking', entityId: id, jurisdictionCode: booking.subdistrictCode, before: booking, after: declined });
  });
  return getBooking(ctx, id);
}
