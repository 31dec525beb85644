import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AcknowledgeCase, CaseDetail, CaseEvidenceParams, CaseListQuery, CasePage, CaseReplyInput, CaseStepInput, IdParams, Problem } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import type { CaseDeps } from './case-deps.ts';
import { openEvidence } from './evidence.service.ts';
import { acknowledgeCase, caseScope, getCase, listCases, recordCaseStep, replyToCase } from './handling.service.ts';

const tags = ['cases'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeErrors = { ...errors, 409: Problem };
const ofCase = (request: FastifyRequest) => caseScope(request, (request.params as { id: string }).id);
const read = { access: { permission: 'cases.read', scope: ofCase } };
const handle = { access: { permission: 'cases.handle', scope: ofCase } };

/** The regulators' side: the queue of cases routed to the caller's district and department, and their handling. */
export const caseHandlingRoutes: FastifyPluginAsyncZod<CaseDeps> = async (app, deps) => {
  app.get(
    '/cases',
    { schema: { tags, summary: 'Cases routed to the caller’s jurisdiction and department: open urgent ones first, then overdue, then by deadline', querystring: CaseListQuery, response: { 200: CasePage, ...errors } }, config: { access: { permission: 'cases.read' } } },
    (request) => listCases(contextOf(request), request.query),
  );
  app.get('/cases/:id', { schema: { tags, summary: 'A case: what was reported, by whom (unless anonymous), evidence, every step, duplicates', params: IdParams, response: { 200: CaseDetail, ...errors } }, config: read }, (request) => getCase(contextOf(request), request.params.id));
  app.post('/cases/:id/acknowledge', { schema: { tags, summary: 'Acknowledge (受理) a new case (audited)', params: IdParams, body: AcknowledgeCase, response: { 200: CaseDetail, ...writeErrors } }, config: handle }, (request) =>
    acknowledgeCase(contextOf(request), request.params.id, request.body),
  );
  app.post('/cases/:id/steps', { schema: { tags, summary: 'Record a handling step; public ones show on the submitter’s timeline (audited)', params: IdParams, body: CaseStepInput, response: { 200: CaseDetail, ...writeErrors } }, config: handle }, (request) =>
    recordCaseStep(contextOf(request), request.params.id, request.body),
  );
  app.post('/cases/:id/reply', { schema: { tags, summary: 'Reply to the submitter and record whether the case was substantiated (audited)', params: IdParams, body: CaseReplyInput, response: { 200: CaseDetail, ...writeErrors } }, config: handle }, (request) =>
    replyToCase(contextOf(request), deps, request.params.id, request.body),
  );
  app.get('/cases/:id/evidence/:evidenceId', { schema: { tags, summary: 'An evidence file (audited)', params: CaseEvidenceParams, response: { 200: z.any(), ...errors, 409: Problem } }, config: read }, async (request, reply) => {
    const { evidence, stream } = await openEvidence(contextOf(request), deps, request.params.id, request.params.evidenceId);
    return reply
      .type(evidence.contentType)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(stream);
  });
};
