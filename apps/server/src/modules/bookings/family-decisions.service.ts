import type { Booking, BookingRevision } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { enrollChild, lockChild } from '../institutions/index.ts';
import { runChange, type BookingDeps } from './booking-change.ts';
import { closeBooking, lockCurrentBooking, requireState, tell } from './booking-steps.ts';
import { BookingErrors } from './bookings.errors.ts';
import { getBooking } from './bookings.service.ts';
import { findBookingChildId, lockOtherOpenBookings, updateBooking } from './bookings.repository.ts';

// The family's answers: accept or decline an offered place, or cancel a booking (or the enrollment it became).

/** The child first, then the booking: every change that touches both locks them in this order. */
async function lockChildOf(tx: Executor, bookingId: string) {
  const childId = await findBookingChildId(tx, bookingId);
  if (!childId) throw notFound();
  return (await lockChild(tx, childId))!;
}

/**
 * Accepting an offer enrolls the child in the offered class (the place it held stays held) and
 * closes the child's other open bookings, whose offered places pass to their waitlists.
 */
export async function acceptOffer(ctx: RequestContext, deps: BookingDeps, id: string, input: BookingRevision): Promise<Booking> {
  await runChange(ctx, deps, async (tx, fx) => {
    const child = await lockChildOf(tx, id);
    const booking = await lockCurrentBooking(tx, id, input.revision);
    requireState(ctx.locale, booking, ['offered']);
    if (booking.offerExpiresAt! <= new Date()) throw new DomainError(BookingErrors.BOOKING_OFFER_EXPIRED);
    if (child.status === 'enrolled') throw new DomainError(BookingErrors.CHILD_ALREADY_ENROLLED, { child: child.name });
    await enrollChild(tx, child.id, { classId: booking.classId!, enrolledAt: booking.startDate });
    const enrolled = await updateBooking(tx, id, { state: 'enrolled', enrolledAt: new Date() });
    await tell(tx, fx, id, 'bookingOfferAccepted', 'institution');
    fx.audits.push({ action: 'booking.accept', entityType: 'booking', entityId: id, jurisdictionCode: booking.subdistrictCode, before: booking, after: enrolled, details: { childId: child.id, classId: booking.classId } });
    for (const other of await lockOtherOpenBookings(tx, child.id, id)) {
      await closeBooking(tx, fx, other, 'cancelled', 'booking.cancel');
      await tell(tx, fx, other.id, 'bookingCancelled', 'institution');
    }
  });
  return getBooking(ctx, id);
}

export async function declineOffer(ctx: RequestContext, deps: BookingDeps, id: string, input: BookingRevision): Promise<Booking> {
  await runChange(ctx, deps, async (tx, fx) => {
    const booking = await lockCurrentBooking(tx, id, input.revision);
    requireState(ctx.locale, booking, ['offered']);
    await closeBooking(tx, fx, booking, 'offerDeclined', 'booking.declineOffer');
    await tell(tx, fx, id, 'bookingOfferDeclined', 'institution');
  });
  return getBooking(ctx, id);
}

/** Cancels an open booking, or withdraws the child from the enrollment it became; a held place passes to the waitlist. */
export async function cancelBooking(ctx: RequestContext, deps: BookingDeps, id: string, input: BookingRevision): Promise<Booking> {
  await runChange(ctx, deps, async (tx, fx) => {
    await lockChildOf(tx, id);
    const booking = await lockCurrentBooking(tx, id, input.revision);
    requireState(ctx.locale, booking, ['requested', 'waitlisted', 'offered', 'enrolled']);
    await closeBooking(tx, fx, booking, 'cancelled', 'booking.cancel');
    await tell(tx, fx, id, 'bookingCancelled', 'institution');
  });
  return getBooking(ctx, id);
}
