import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Booking, BookingOptions, BookingRevision, FamilyBookingList, FamilyChild, FamilyChildInput, FamilyChildList, IdParams, NewBooking, NewVisit, Problem, Visit, VisitList, VisitSlotList } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import type { BookingDeps } from './booking-change.ts';
import { bookingScope, getBookingOptions, listFamilyBookings, requestBooking } from './bookings.service.ts';
import { addChild, childScope, editChild, listFamilyChildren, removeChild } from './children.service.ts';
import { acceptOffer, cancelBooking, declineOffer } from './family-decisions.service.ts';
import { bookVisit, cancelVisit, listFamilyVisits, listOpenSlots, visitScope } from './visits.service.ts';

const tags = ['bookings'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeErrors = { ...errors, 409: Problem };
const NoContent = z.null().describe('no content');
/** A family's own children, bookings and visits; a record of another family answers 404. */
const book = 'bookings.book';
const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
const ownChild = (request: FastifyRequest) => childScope(request.server.db, idOf(request));
const ownBooking = (request: FastifyRequest) => bookingScope(request.server.db, idOf(request));
const ownVisit = (request: FastifyRequest) => visitScope(request.server.db, idOf(request));

export const familyRoutes: FastifyPluginAsyncZod<BookingDeps> = async (app, deps) => {
  app.get('/family/children', { schema: { tags, summary: 'My children', response: { 200: FamilyChildList, ...errors } }, config: { access: { permission: book } } }, (request) => listFamilyChildren(contextOf(request)));

  app.post(
    '/family/children',
    { schema: { tags, summary: 'Add a child: name, birth date and sex (audited)', body: FamilyChildInput, response: { 201: FamilyChild, ...writeErrors } }, config: { access: { permission: book } } },
    async (request, reply) => reply.code(201).send(await addChild(contextOf(request), request.body)),
  );

  app.put(
    '/family/children/:id',
    { schema: { tags, summary: 'Correct a child’s name, birth date or sex (audited)', params: IdParams, body: FamilyChildInput, response: { 200: FamilyChild, ...writeErrors } }, config: { access: { permission: book, scope: ownChild } } },
    (request) => editChild(contextOf(request), request.params.id, request.body),
  );

  app.delete(
    '/family/children/:id',
    { schema: { tags, summary: 'Remove a child that has no bookings and no enrollment (audited)', params: IdParams, response: { 204: NoContent, ...writeErrors } }, config: { access: { permission: book, scope: ownChild } } },
    async (request, reply) => {
      await removeChild(contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/family/institutions/:id/booking-options',
    { schema: { tags, summary: 'What a filed institution takes: class types with free places, service modes, and the booking rules in force', params: IdParams, response: { 200: BookingOptions, ...writeErrors } }, config: { access: { permission: book } } },
    (request) => getBookingOptions(contextOf(request), request.params.id),
  );

  app.get('/family/bookings', { schema: { tags, summary: 'My bookings, open ones first', response: { 200: FamilyBookingList, ...errors } }, config: { access: { permission: book } } }, (request) => listFamilyBookings(contextOf(request)));

  app.post(
    '/family/bookings',
    {
      schema: { tags, summary: 'Book a place for my child (入托网上约): institution, class type, service mode, start date (audited)', body: NewBooking, response: { 201: Booking, ...writeErrors } },
      config: { access: { permission: book, scope: (request) => childScope(request.server.db, (request.body as { childId: string }).childId) } },
    },
    async (request, reply) => reply.code(201).send(await requestBooking(contextOf(request), deps, request.body)),
  );

  app.post(
    '/family/bookings/:id/accept',
    { schema: { tags, summary: 'Accept an offered place before it expires: the child is enrolled, its other open bookings close (audited)', params: IdParams, body: BookingRevision, response: { 200: Booking, ...writeErrors } }, config: { access: { permission: book, scope: ownBooking } } },
    (request) => acceptOffer(contextOf(request), deps, request.params.id, request.body),
  );

  app.post(
    '/family/bookings/:id/decline',
    { schema: { tags, summary: 'Decline an offered place; it passes to the waitlist (audited)', params: IdParams, body: BookingRevision, response: { 200: Booking, ...writeErrors } }, config: { access: { permission: book, scope: ownBooking } } },
    (request) => declineOffer(contextOf(request), deps, request.params.id, request.body),
  );

  app.post(
    '/family/bookings/:id/cancel',
    { schema: { tags, summary: 'Cancel a booking, or withdraw from the enrollment it became; a held place passes to the waitlist (audited)', params: IdParams, body: BookingRevision, response: { 200: Booking, ...writeErrors } }, config: { access: { permission: book, scope: ownBooking } } },
    (request) => cancelBooking(contextOf(request), deps, request.params.id, request.body),
  );

  app.get(
    '/family/institutions/:id/visit-slots',
    { schema: { tags, summary: 'A filed institution’s upcoming visit slots, how full they are, and my visit in each', params: IdParams, response: { 200: VisitSlotList, ...errors } }, config: { access: { permission: book } } },
    (request) => listOpenSlots(contextOf(request), request.params.id),
  );

  app.get('/family/visits', { schema: { tags, summary: 'My visits, the latest first', response: { 200: VisitList, ...errors } }, config: { access: { permission: book } } }, (request) => listFamilyVisits(contextOf(request)));

  app.post(
    '/family/visits',
    { schema: { tags, summary: 'Book a visit in an open slot (audited)', body: NewVisit, response: { 201: Visit, ...writeErrors } }, config: { access: { permission: book } } },
    async (request, reply) => reply.code(201).send(await bookVisit(contextOf(request), deps, request.body)),
  );

  app.post(
    '/family/visits/:id/cancel',
    { schema: { tags, summary: 'Cancel my visit (audited)', params: IdParams, response: { 200: Visit, ...writeErrors } }, config: { access: { permission: book, scope: ownVisit } } },
    (request) => cancelVisit(contextOf(request), deps, request.params.id),
  );
};
