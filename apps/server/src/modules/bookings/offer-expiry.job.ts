import type { Db } from '../../platform/db/index.ts';
import { systemContext } from '../../platform/http/context.ts';
import { createOutboxSender } from '../../platform/sms/index.ts';
import { runChange, type BookingDeps } from './booking-change.ts';
import { closeBooking, tell } from './booking-steps.ts';
import { findExpiredOfferIds, lockBooking } from './bookings.repository.ts';

const BATCH = 200;
const quiet = { info: () => {}, warn: () => {} };

/**
 * Periodic job: offers not accepted in time lapse, their places pass to the waitlist, and both
 * sides are told. Each offer is its own transaction, re-checked under its lock (the family may
 * have accepted it a moment ago). Jobs get only the database, so texts go through the outbox
 * sender, as every sender does today (platform/sms).
 */
export async function expireOffers(db: Db, now = new Date(), deps: BookingDeps = { sms: createOutboxSender(db, quiet), log: quiet }): Promise<{ expired: number }> {
  let expired = 0;
  for (;;) {
    const ids = await findExpiredOfferIds(db, now, BATCH);
    for (const id of ids) {
      const lapsed = await runChange(systemContext(db), deps, async (tx, fx) => {
        const booking = await lockBooking(tx, id);
        if (!booking || booking.state !== 'offered' || booking.offerExpiresAt! > now) return false;
        await closeBooking(tx, fx, booking, 'expired', 'booking.expire');
        await tell(tx, fx, id, 'bookingOfferExpired', 'family');
        await tell(tx, fx, id, 'bookingOfferExpired', 'institution');
        return true;
      });
      if (lapsed) expired++;
    }
    if (ids.length < BATCH) return { expired };
  }
}
