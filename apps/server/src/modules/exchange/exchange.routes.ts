import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  API_KEY_HEADER,
  ApiKey,
  ApiKeyList,
  BatchReport,
  BatchUploadQuery,
  CreateApiKeyBody,
  CreatedApiKey,
  FilingRate,
  FilingRateQuery,
  IdParams,
  InvitationResult,
  Problem,
  RegistrationPush,
  RegistrationPushResult,
  RegistrationQueuePage,
  RegistrationQueueQuery,
  TableFormat,
} from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { readUpload, sendDownload } from '../imports/index.ts';
import { institutionScope } from '../institutions/index.ts';
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey, type RegistrarKey } from './api-keys.service.ts';
import { uploadRegistrationBatch } from './batch.service.ts';
import { registrationBatchTemplate } from './batch-template.ts';
import { getFilingRate } from './filing-rate.service.ts';
import type { Invitations } from './invitations.ts';
import { listRegistrationQueue, receivePush, resendInvitation } from './registrations.service.ts';

const tags = ['exchange'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const MAX_BATCH_BYTES = 5 * 1024 * 1024;
const TemplateQuery = z.object({ format: TableFormat.default('xlsx') });

declare module 'fastify' {
  interface FastifyRequest {
    /** The registrar key a data-exchange call authenticated with. */
    registrarKey: RegistrarKey | null;
  }
}

const ofInstitution = (request: FastifyRequest) => institutionScope(request.server.db, (request.params as { id: string }).id);
const ofQueriedJurisdiction = async (request: FastifyRequest) => ({ jurisdictionCode: (request.query as { jurisdiction?: string }).jurisdiction ?? request.actor?.jurisdictionCode });

export async function exchangeRoutes(app: FastifyInstance, { invitations }: { invitations: Invitations }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.decorateRequest('registrarKey', null);

  r.post(
    '/exchange/registrations',
    {
      schema: {
        tags,
        summary: 'A registrar pushes a registration event (X-Api-Key). 201 for a new registration, 200 for an update, an older event or a replay',
        description:
          'Idempotent by (registrar, eventId): sending an event again changes nothing and answers what the first delivery answered (isReplay: true). One registration per credit code: a newer event updates it; an event older than the last one applied is recorded and not applied (outcome stale). A new registration appears in the district health commission’s queue as “registered, not filed” and the contact phone receives an invitation to file.',
        security: [{ registrarKey: [] }],
        body: RegistrationPush,
        response: { 200: RegistrationPushResult, 201: RegistrationPushResult, ...errors, 409: Problem, 422: Problem, 429: Problem },
      },
      // The key, not a session, says who calls: the session guard lets the route through, the key is checked first thing.
      config: { access: { public: true }, csrfExempt: true },
      onRequest: async (request) => {
        request.registrarKey = await authenticateApiKey(contextOf(request), request.headers[API_KEY_HEADER]);
      },
    },
    async (request, reply) => {
      const { status, result } = await receivePush(contextOf(request), invitations, request.registrarKey!, request.body);
      return reply.code(status).send(result);
    },
  );

  r.get(
    '/exchange/registrations',
    {
      schema: { tags, summary: 'Registered institutions not filed yet, within the caller’s jurisdiction, waiting longest first', querystring: RegistrationQueueQuery, response: { 200: RegistrationQueuePage, ...errors } },
      config: { access: { permission: 'registrations.read' } },
    },
    (request) => listRegistrationQueue(contextOf(request), request.query),
  );

  r.post(
    '/exchange/registrations/:id/invitation',
    {
      schema: { tags, summary: 'Send the invitation to file again (at most once an hour per institution)', params: IdParams, response: { 200: InvitationResult, ...errors, 409: Problem, 422: Problem, 429: Problem } },
      config: { access: { permission: 'registrations.invite', scope: ofInstitution } },
    },
    (request) => resendInvitation(contextOf(request), invitations, request.params.id),
  );

  r.post(
    '/exchange/registration-batches',
    {
      schema: {
        tags,
        summary: 'A registrar uploads a CSV or Excel batch of registrations (multipart, field `file`); mode=check validates only',
        querystring: BatchUploadQuery,
        response: { 200: BatchReport, ...errors, 413: Problem, 415: Problem },
      },
      config: { access: { permission: 'registrations.submit' } },
    },
    async (request) => uploadRegistrationBatch(contextOf(request), invitations, await readUpload(request, MAX_BATCH_BYTES), request.query.mode),
  );

  r.get(
    '/exchange/registration-batches/template',
    { schema: { tags, summary: 'The batch file layout, with an example row', querystring: TemplateQuery, response: { 200: z.string(), ...errors } }, config: { access: { permission: 'registrations.submit' } } },
    async (request, reply) => sendDownload(reply, await registrationBatchTemplate(contextOf(request), request.query.format)),
  );

  r.get(
    '/exchange/filing-rate',
    {
      schema: { tags, summary: 'Filing rate (filed / registered) of a jurisdiction and of each district or subdistrict in it', querystring: FilingRateQuery, response: { 200: FilingRate, ...errors } },
      config: { access: { permission: 'registrations.read', scope: ofQueriedJurisdiction } },
    },
    (request) => getFilingRate(contextOf(request), request.query),
  );

  r.get('/exchange/api-keys', { schema: { tags, summary: 'Registrar API keys within the administrator’s reach', response: { 200: ApiKeyList, ...errors } }, config: { access: { permission: 'apiKeys.manage' } } }, (request) =>
    listApiKeys(contextOf(request)),
  );

  r.post(
    '/exchange/api-keys',
    { schema: { tags, summary: 'Create a key for one registrar and jurisdiction; the secret is in this answer only', body: CreateApiKeyBody, response: { 201: CreatedApiKey, ...errors } }, config: { access: { permission: 'apiKeys.manage' } } },
    async (request, reply) => reply.code(201).send(await createApiKey(contextOf(request), request.body)),
  );

  r.post(
    '/exchange/api-keys/:id/revoke',
    { schema: { tags, summary: 'Revoke a key at once', params: IdParams, response: { 200: ApiKey, ...errors, 409: Problem } }, config: { access: { permission: 'apiKeys.manage' } } },
    (request) => revokeApiKey(contextOf(request), request.params.id),
  );
}
