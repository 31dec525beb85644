import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateDraftBody,
  EffectivePolicies,
  EffectivePoliciesQuery,
  IdParams,
  PolicyCatalogue,
  PolicyProfileList,
  PolicyProfilesQuery,
  PolicyProfileVersion,
  Problem,
  PublicEffectivePoliciesQuery,
  PublishBody,
  UpdateDraftBody,
} from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { draftJurisdictionScope, versionScope } from './policies.policy.ts';
import * as service from './policies.service.ts';

const tags = ['policies'];
const read = { access: { permission: 'policies.read' } };
const readErrors = { 400: Problem, 401: Problem, 403: Problem };
const writeErrors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function policiesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/policies/catalogue',
    { schema: { tags, summary: 'The policy keys: type, unit, group, label key', response: { 200: PolicyCatalogue, ...readErrors } }, config: read },
    async () => service.getCatalogue(),
  );

  r.get(
    '/policies/profiles',
    { schema: { tags, summary: 'Profiles by jurisdiction, with their versions', querystring: PolicyProfilesQuery, response: { 200: PolicyProfileList, ...readErrors } }, config: read },
    async (request) => service.listProfiles(contextOf(request), request.query),
  );

  r.get(
    '/policies/profiles/:id',
    { schema: { tags, summary: 'One profile version with its values and bases', params: IdParams, response: { 200: PolicyProfileVersion, ...readErrors, 404: Problem } }, config: read },
    async (request) => service.getProfileVersion(contextOf(request), request.params.id),
  );

  r.get(
    '/policies/effective',
    { schema: { tags, summary: 'The values in force for a place on a date, with the level each came from', querystring: EffectivePoliciesQuery, response: { 200: EffectivePolicies, ...readErrors } }, config: read },
    async (request) => service.getEffectivePolicies(contextOf(request), request.query, { publicOnly: false }),
  );

  r.post(
    '/policies/profiles',
    {
      schema: { tags, summary: 'Open a draft version, copying the version in force', body: CreateDraftBody, response: { 201: PolicyProfileVersion, ...writeErrors } },
      config: { access: { permission: 'policies.manage', scope: draftJurisdictionScope } },
    },
    async (request, reply) => reply.status(201).send(await service.createDraft(contextOf(request), request.body)),
  );

  r.patch(
    '/policies/profiles/:id',
    {
      schema: { tags, summary: 'Edit a draft at the revision last read', params: IdParams, body: UpdateDraftBody, response: { 200: PolicyProfileVersion, ...writeErrors } },
      config: { access: { permission: 'policies.manage', scope: versionScope } },
    },
    async (request) => service.updateDraft(contextOf(request), request.params.id, request.body),
  );

  r.post(
    '/policies/profiles/:id/publish',
    {
      schema: { tags, summary: 'Publish a draft; the version in force so far ends the day before', params: IdParams, body: PublishBody, response: { 200: PolicyProfileVersion, ...writeErrors } },
      config: { access: { permission: 'policies.manage', scope: versionScope } },
    },
    async (request) => service.publishDraft(contextOf(request), request.params.id, request.body),
  );

  r.delete(
    '/policies/profiles/:id',
    {
      schema: { tags, summary: 'Delete a draft', params: IdParams, response: { 204: z.null(), ...writeErrors } },
      config: { access: { permission: 'policies.manage', scope: versionScope } },
    },
    async (request, reply) => {
      await service.deleteDraft(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/public/policies/effective',
    {
      schema: { tags, summary: 'Public values in force today for a place (fee caps, catchment…), internal keys left out', querystring: PublicEffectivePoliciesQuery, response: { 200: EffectivePolicies, 400: Problem } },
      config: { access: { public: true } },
    },
    async (request) => service.getEffectivePolicies(contextOf(request), request.query, { publicOnly: true }),
  );
}
