import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, NewPrepayment, Prepayment, PrepaymentListQuery, PrepaymentPage, PrepaymentParams, PrepaymentRefund, Problem } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { institutionScope } from '../institutions/index.ts';
import { listPrepayments, recordPrepayment, recordRefund } from './prepayments.service.ts';

const tags = ['prepayments'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeErrors = { ...errors, 409: Problem };

/** The institution named by `:id`: the guard answers 404 outside the caller's institution or jurisdiction. */
const ofInstitution = (request: FastifyRequest) => institutionScope(request.server.db, (request.params as { id: string }).id);

export const prepaymentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/institutions/:id/prepayments',
    {
      schema: { tags, summary: 'Prepayments the institution holds, with refunds; names masked outside the institution', params: IdParams, querystring: PrepaymentListQuery, response: { 200: PrepaymentPage, ...errors } },
      config: { access: { permission: 'prepayments.read', scope: ofInstitution } },
    },
    (request) => listPrepayments(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/institutions/:id/prepayments',
    {
      schema: { tags, summary: 'Record a family’s prepayment for a child enrolled at the institution (audited)', params: IdParams, body: NewPrepayment, response: { 201: Prepayment, ...writeErrors } },
      config: { access: { permission: 'prepayments.manage', scope: ofInstitution } },
    },
    async (request, reply) => reply.code(201).send(await recordPrepayment(contextOf(request), request.params.id, request.body)),
  );

  app.post(
    '/institutions/:id/prepayments/:prepaymentId/refund',
    {
      schema: { tags, summary: 'Record the refund of a prepayment (audited)', params: PrepaymentParams, body: PrepaymentRefund, response: { 200: Prepayment, ...writeErrors } },
      config: { access: { permission: 'prepayments.manage', scope: ofInstitution } },
    },
    (request) => recordRefund(contextOf(request), { institutionId: request.params.id, prepaymentId: request.params.prepaymentId, ...request.body }),
  );
};
