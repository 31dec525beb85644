import type { FastifyPluginAsync } from 'fastify';
import { smsSenderFor } from '../../platform/sms/index.ts';
import { familyRoutes } from './family.routes.ts';
import { institutionBookingRoutes } from './institution.routes.ts';

/**
 * Booking a place (入托网上约) and visits: a family's children and their bookings, the
 * institution's offers, waitlist and decisions, enrollment on acceptance, and visit slots.
 */
export const bookingsModule: FastifyPluginAsync = async (app) => {
  const deps = { sms: smsSenderFor(app.config, app.db, app.log), log: app.log };
  await app.register(familyRoutes, deps);
  await app.register(institutionBookingRoutes, deps);
};

export { bookings, visitSlots, visits } from './bookings.tables.ts';
export { heldPlacesByClass, vacanciesOf, canRate } from './places.repository.ts';
export { expireOffers } from './offer-expiry.job.ts';
export { seedDemoBookings } from './demo-bookings.ts';
