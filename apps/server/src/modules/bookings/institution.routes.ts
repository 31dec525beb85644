import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Booking, BookingListQuery, BookingPage, BookingRevision, ClassPlaces, DeclineBooking, IdParams, NewVisitSlot, OfferPlace, Problem, VisitSlot, VisitSlotList, VisitSlotQuery } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { institutionScope } from '../institutions/index.ts';
import type { BookingDeps } from './booking-change.ts';
import { bookingScope, getClassPlaces, listInstitutionBookings } from './bookings.service.ts';
import { declineBooking, offerBookingPlace, waitlistBooking } from './institution-decisions.service.ts';
import { completeVisit, listInstitutionSlots, publishSlot, slotScope, visitScope, withdrawSlot } from './visits.service.ts';

const tags = ['bookings'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeErrors = { ...errors, 409: Problem };
const NoContent = z.null().describe('no content');
const read = 'bookings.read';
const manage = 'bookings.manage';
const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
/** The institution's own staff, or regulators over its place; elsewhere 404. */
const ofInstitution = (request: FastifyRequest) => institutionScope(request.server.db, idOf(request));
const ofBooking = (request: FastifyRequest) => bookingScope(request.server.db, idOf(request));
const ofSlot = (request: FastifyRequest) => slotScope(request.server.db, idOf(request));
const ofVisit = (request: FastifyRequest) => visitScope(request.server.db, idOf(request));

export const institutionBookingRoutes: FastifyPluginAsyncZod<BookingDeps> = async (app, deps) => {
  app.get(
    '/institutions/:id/bookings',
    { schema: { tags, summary: 'An institution’s bookings; `state=waitlisted` lists the waitlist in its order', params: IdParams, querystring: BookingListQuery, response: { 200: BookingPage, ...errors } }, config: { access: { permission: read, scope: ofInstitution } } },
    (request) => listInstitutionBookings(contextOf(request), request.params.id, request.query),
  );

  app.get(
    '/institutions/:id/class-places',
    { schema: { tags, summary: 'An institution’s classes with capacity, held places (enrolled + open offers) and vacancies', params: IdParams, response: { 200: ClassPlaces, ...errors } }, config: { access: { permission: read, scope: ofInstitution } } },
    (request) => getClassPlaces(contextOf(request), request.params.id),
  );

  app.post(
    '/bookings/:id/offer',
    { schema: { tags, summary: 'Offer a place in a class; refused when the class is full, never oversold (audited)', params: IdParams, body: OfferPlace, response: { 200: Booking, ...writeErrors } }, config: { access: { permission: manage, scope: ofBooking } } },
    (request) => offerBookingPlace(contextOf(request), deps, request.params.id, request.body),
  );

  app.post(
    '/bookings/:id/waitlist',
    { schema: { tags, summary: 'Put a new request on the waitlist of its class type (audited)', params: IdParams, body: BookingRevision, response: { 200: Booking, ...writeErrors } }, config: { access: { permission: manage, scope: ofBooking } } },
    (request) => waitlistBooking(contextOf(request), deps, request.params.id, request.body),
  );

  app.post(
    '/bookings/:id/decline',
    { schema: { tags, summary: 'Decline a request or a waitlisted booking with a reason (audited)', params: IdParams, body: DeclineBooking, response: { 200: Booking, ...writeErrors } }, config: { access: { permission: manage, scope: ofBooking } } },
    (request) => declineBooking(contextOf(request), deps, request.params.id, request.body),
  );

  app.get(
    '/institutions/:id/visit-slots',
    { schema: { tags, summary: 'An institution’s visit slots with the families booked', params: IdParams, querystring: VisitSlotQuery, response: { 200: VisitSlotList, ...errors } }, config: { access: { permission: read, scope: ofInstitution } } },
    (request) => listInstitutionSlots(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/institutions/:id/visit-slots',
    { schema: { tags, summary: 'Publish a visit slot: time and how many families (audited)', params: IdParams, body: NewVisitSlot, response: { 201: VisitSlot, ...writeErrors } }, config: { access: { permission: manage, scope: ofInstitution } } },
    async (request, reply) => reply.code(201).send(await publishSlot(contextOf(request), request.params.id, request.body)),
  );

  app.post(
    '/visit-slots/:id/withdraw',
    { schema: { tags, summary: 'Withdraw a visit slot; its booked visits are cancelled and the families told (audited)', params: IdParams, response: { 204: NoContent, ...writeErrors } }, config: { access: { permission: manage, scope: ofSlot } } },
    async (request, reply) => {
      await withdrawSlot(contextOf(request), deps, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/visits/:id/complete',
    { schema: { tags, summary: 'Mark a visit completed; the family may then rate the institution (audited)', params: IdParams, response: { 204: NoContent, ...writeErrors } }, config: { access: { permission: manage, scope: ofVisit } } },
    async (request, reply) => {
      await completeVisit(contextOf(request), deps, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
