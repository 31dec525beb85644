import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CloseClosureCase,
  ClosureCaseDetail,
  ClosureCasePage,
  ClosureChildParams,
  ClosureListQuery,
  ClosurePrepaymentParams,
  IdParams,
  NearbyList,
  NearbyQuery,
  NewClosureCase,
  PrepaymentRefund,
  Problem,
  RecordPlacement,
} from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { institutionScope } from '../institutions/index.ts';
import { closeClosureCase, closureCaseScope, getClosureCase, listClosureCases, openClosureCase, recordClosureRefund, type ClosureDeps } from './closures.service.ts';
import { findNearbyInstitutions, recordPlacement } from './placements.service.ts';

const tags = ['closures'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeErrors = { ...errors, 409: Problem };
const read = 'closures.read';
const manage = 'closures.manage';

/** The case named by `:id`; out of the caller's jurisdiction (or absent) is 404. */
const ofCase = (request: FastifyRequest) => closureCaseScope(request.server.db, (request.params as { id: string }).id);

export const closuresRoutes: FastifyPluginAsyncZod<ClosureDeps> = async (app, deps) => {
  app.get(
    '/closures',
    { schema: { tags, summary: 'Closure cases within the caller’s jurisdiction, open ones first', querystring: ClosureListQuery, response: { 200: ClosureCasePage, ...errors } }, config: { access: { permission: read } } },
    (request) => listClosureCases(contextOf(request), request.query),
  );

  app.post(
    '/closures',
    {
      schema: { tags, summary: 'Open a closure case (关停应急处置) for a filed or suspended institution (audited)', body: NewClosureCase, response: { 201: ClosureCaseDetail, ...writeErrors } },
      config: { access: { permission: manage, scope: (request) => institutionScope(request.server.db, (request.body as { institutionId: string }).institutionId) } },
    },
    async (request, reply) => reply.code(201).send(await openClosureCase(contextOf(request), request.body)),
  );

  app.get(
    '/closures/:id',
    {
      schema: { tags, summary: 'A closure case: children (names masked) and their placements, prepayments outstanding per family', params: IdParams, response: { 200: ClosureCaseDetail, ...errors } },
      config: { access: { permission: read, scope: ofCase } },
    },
    (request) => getClosureCase(contextOf(request), request.params.id),
  );

  app.get(
    '/closures/:id/nearby',
    {
      schema: { tags, summary: 'Filed institutions near the closing one with vacancies per class type', params: IdParams, querystring: NearbyQuery, response: { 200: NearbyList, ...errors } },
      config: { access: { permission: read, scope: ofCase } },
    },
    (request) => findNearbyInstitutions(contextOf(request), request.params.id, request.query),
  );

  app.put(
    '/closures/:id/placements/:childId',
    {
      schema: { tags, summary: 'Record where a child goes: transferred (to a vacancy of a class type for its age), family care, or other (audited)', params: ClosureChildParams, body: RecordPlacement, response: { 200: ClosureCaseDetail, ...writeErrors } },
      config: { access: { permission: manage, scope: ofCase } },
    },
    (request) => recordPlacement(contextOf(request), request.params.id, request.params.childId, request.body),
  );

  app.post(
    '/closures/:id/prepayments/:prepaymentId/refund',
    {
      schema: { tags, summary: 'Record the refund of a prepayment to the closing institution (audited)', params: ClosurePrepaymentParams, body: PrepaymentRefund, response: { 200: ClosureCaseDetail, ...writeErrors } },
      config: { access: { permission: manage, scope: ofCase } },
    },
    (request) => recordClosureRefund(contextOf(request), request.params.id, request.params.prepaymentId, request.body),
  );

  app.post(
    '/closures/:id/close',
    {
      schema: { tags, summary: 'Close the case once every child is placed; withdraws the institution’s filing (audited)', params: IdParams, body: CloseClosureCase, response: { 200: ClosureCaseDetail, ...writeErrors } },
      config: { access: { permission: manage, scope: ofCase } },
    },
    (request) => closeClosureCase(contextOf(request), deps, request.params.id, request.body),
  );
};
