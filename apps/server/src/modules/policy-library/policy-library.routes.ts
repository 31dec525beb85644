import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  IdParams,
  NewPolicyDocument,
  PolicyDocument,
  PolicyDocumentChanges,
  PolicyDocumentIdParams,
  PolicyDocumentListQuery,
  PolicyDocumentPage,
  PolicyDocumentRevision,
  PolicyLibraryFacets,
  PolicySearchPage,
  PolicySearchQuery,
  Problem,
  PublicPolicyDocument,
} from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { documentScope, newDocumentScope } from './policy-library.policy.ts';
import * as service from './policy-library.service.ts';

const tags = ['policy-library'];
const manage = 'policyLibrary.manage';
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeErrors = { ...errors, 409: Problem, 422: Problem };
// Publishing shows within a minute; browsers and mini-programs may keep answers that long.
const cacheControl = 'public, max-age=60';

/** The policy library (托育政策查询, FAM-3): public search and reading; regulators keep the documents. */
export const policyLibraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/policies',
    {
      schema: {
        tags,
        summary: 'Search published policy documents (托育政策查询)',
        description: [
          'Published childcare policy documents. With `q`, the most relevant first: the query is split into Chinese words (jieba); a document matches when it holds at least half of them (or, for 3 or more characters, the whole text); documents holding more of the words rank higher, then those with them in the title, then those with the whole phrase in the title or document number (文号), then by how densely the words occur. Without `q`, the newest first.',
          'Each item carries its title and a passage of its text cut into segments, with `isHit` marking the words found, for highlighting.',
          'No sign-in needed; answers may be cached for 60 seconds.',
        ].join('\n\n'),
        querystring: PolicySearchQuery,
        response: { 200: PolicySearchPage, 400: Problem },
      },
      config: { access: { public: true } },
    },
    async (request, reply) => {
      reply.header('cache-control', cacheControl);
      return service.searchPublishedDocuments(contextOf(request), request.query);
    },
  );

  app.get(
    '/public/policies/facets',
    { schema: { tags, summary: 'Topics and issuing jurisdictions of published documents, with counts (for filters)', response: { 200: PolicyLibraryFacets } }, config: { access: { public: true } } },
    async (request, reply) => {
      reply.header('cache-control', cacheControl);
      return service.getPolicyLibraryFacets(contextOf(request));
    },
  );

  app.get(
    '/public/policies/:id',
    {
      schema: { tags, summary: 'One published policy document with its full text', description: 'An unknown, malformed or unpublished id answers 404 problem+json with code NOT_FOUND.', params: PolicyDocumentIdParams, response: { 200: PublicPolicyDocument, 400: Problem, 404: Problem } },
      config: { access: { public: true } },
    },
    async (request, reply) => {
      reply.header('cache-control', cacheControl);
      return service.getPublishedDocument(contextOf(request), request.params.id);
    },
  );

  app.get(
    '/policy-library/documents',
    { schema: { tags, summary: 'Every policy document, drafts included, searchable like the public library', querystring: PolicyDocumentListQuery, response: { 200: PolicyDocumentPage, ...errors } }, config: { access: { permission: manage } } },
    (request) => service.listDocuments(contextOf(request), request.query),
  );

  app.get(
    '/policy-library/documents/:id',
    { schema: { tags, summary: 'One policy document, whatever its status; `canEdit` says whether the caller may change it', params: IdParams, response: { 200: PolicyDocument, ...errors } }, config: { access: { permission: manage } } },
    (request) => service.getDocument(contextOf(request), request.params.id),
  );

  app.post(
    '/policy-library/documents',
    {
      schema: { tags, summary: 'Add a policy document as a draft, for the caller’s jurisdiction or one within it (audited)', body: NewPolicyDocument, response: { 201: PolicyDocument, ...writeErrors } },
      config: { access: { permission: manage, scope: newDocumentScope } },
    },
    async (request, reply) => reply.code(201).send(await service.createDocument(contextOf(request), request.body)),
  );

  app.patch(
    '/policy-library/documents/:id',
    {
      schema: { tags, summary: 'Edit a document at the revision last read; a published one changes publicly at once (audited)', params: IdParams, body: PolicyDocumentChanges, response: { 200: PolicyDocument, ...writeErrors } },
      config: { access: { permission: manage, scope: documentScope } },
    },
    (request) => service.updateDocumentAt(contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/policy-library/documents/:id/publish',
    {
      schema: { tags, summary: 'Publish a draft to the public library (audited)', params: IdParams, body: PolicyDocumentRevision, response: { 200: PolicyDocument, ...writeErrors } },
      config: { access: { permission: manage, scope: documentScope } },
    },
    (request) => service.publishDocument(contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/policy-library/documents/:id/unpublish',
    {
      schema: { tags, summary: 'Take a document off the public library; it stays as a draft (audited)', params: IdParams, body: PolicyDocumentRevision, response: { 200: PolicyDocument, ...writeErrors } },
      config: { access: { permission: manage, scope: documentScope } },
    },
    (request) => service.unpublishDocument(contextOf(request), request.params.id, request.body),
  );
};
