import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateCommunityBody, JurisdictionCodeParams, JurisdictionDetail, JurisdictionList, JurisdictionListQuery, Problem, UpdateJurisdictionBody } from '@youyu/contracts';
import type { RecordScope } from '../../platform/auth/index.ts';
import { contextOf } from '../../platform/http/context.ts';
import { createCommunity, deleteCommunity, updateJurisdiction } from './jurisdictions-editing.service.ts';
import { getJurisdictionDetail, searchJurisdictions } from './jurisdictions.service.ts';

const tags = ['jurisdictions'];
const read = { permission: 'jurisdictions.read' } as const;
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

// An administrator manages the nodes within their own jurisdiction; the guard answers 404 elsewhere.
const nodeInParams = async (request: FastifyRequest): Promise<RecordScope> => ({ jurisdictionCode: (request.params as { code: string }).code });
const parentInBody = async (request: FastifyRequest): Promise<RecordScope> => ({ jurisdictionCode: (request.body as { parentCode: string }).parentCode });

/** Reference data for staff, and its upkeep by administrators. */
export const jurisdictionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/jurisdictions',
    { schema: { tags, summary: 'Search jurisdictions by parent, level, Chinese name or code prefix', querystring: JurisdictionListQuery, response: { 200: JurisdictionList, ...errors } }, config: { access: read } },
    async (request) => searchJurisdictions(contextOf(request), request.query),
  );

  app.get(
    '/jurisdictions/:code',
    { schema: { tags, summary: 'A jurisdiction with its figures, their sources, its shape and counts below it', params: JurisdictionCodeParams, response: { 200: JurisdictionDetail, ...errors } }, config: { access: read } },
    async (request) => getJurisdictionDetail(contextOf(request), request.params.code),
  );

  app.patch(
    '/jurisdictions/:code',
    {
      schema: { tags, summary: 'Correct names, figures, zone type or boundary', params: JurisdictionCodeParams, body: UpdateJurisdictionBody, response: { 200: JurisdictionDetail, ...errors } },
      config: { access: { permission: 'jurisdictions.manage', scope: nodeInParams } },
    },
    async (request) => updateJurisdiction(contextOf(request), request.params.code, request.body),
  );

  app.post(
    '/jurisdictions',
    {
      schema: { tags, summary: 'Add a community (社区/村) under a subdistrict', body: CreateCommunityBody, response: { 201: JurisdictionDetail, ...errors, 409: Problem } },
      config: { access: { permission: 'jurisdictions.manage', scope: parentInBody } },
    },
    async (request, reply) => reply.code(201).send(await createCommunity(contextOf(request), request.body)),
  );

  app.delete(
    '/jurisdictions/:code',
    {
      schema: { tags, summary: 'Remove a community that nothing refers to', params: JurisdictionCodeParams, response: { 204: z.void().describe('Removed'), ...errors, 409: Problem } },
      config: { access: { permission: 'jurisdictions.manage', scope: nodeInParams } },
    },
    async (request, reply) => {
      await deleteCommunity(contextOf(request), request.params.code);
      return reply.code(204).send();
    },
  );
};
