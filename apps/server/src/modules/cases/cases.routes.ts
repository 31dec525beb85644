import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CaseEvidence, CaseReceipt, EVIDENCE_MAX_BYTES, MyCaseList, NewComplaint, NewReport, Problem, PublicCase, SatisfactionInput, TrackingCodeParams } from '@youyu/contracts';
import { DomainError } from '../../platform/errors/index.ts';
import { contextOf } from '../../platform/http/context.ts';
import { findUserContact } from '../accounts/index.ts';
import type { CaseDeps } from './case-deps.ts';
import { CaseErrors } from './cases.errors.ts';
import { addEvidence } from './evidence.service.ts';
import { listMyComplaints } from './handling.service.ts';
import { giveSatisfaction, lookUpCase, submitCase } from './submission.service.ts';

const tags = ['cases'];
const publicErrors = { 400: Problem, 404: Problem, 429: Problem };
const publicAccess = { access: { public: true } } as const;
const complain = { access: { permission: 'cases.complain' } };

/** The one file of a multipart upload (field `file`), read into memory within the size limit. */
async function readEvidence(request: FastifyRequest) {
  const file = request.isMultipart() ? await request.file().catch(() => undefined) : undefined;
  if (!file || file.fieldname !== 'file') throw new DomainError(CaseErrors.CASE_EVIDENCE_MISSING);
  try {
    return { fileName: file.filename, body: await file.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError(CaseErrors.CASE_EVIDENCE_TOO_LARGE, { maxMb: EVIDENCE_MAX_BYTES / 1024 / 1024 });
    throw error;
  }
}

/** 投诉举报马上查: filing a report or complaint, and following it by its tracking code without an account. */
export const caseSubmissionRoutes: FastifyPluginAsyncZod<CaseDeps> = async (app, deps) => {
  app.post(
    '/public/cases',
    {
      schema: {
        tags,
        summary: 'File a report (举报): anyone, anonymous allowed; answers the tracking code',
        description: 'Name the institution (`institutionId`), or the district (and subdistrict) and what you know of the place. Without `isAnonymous`, a mobile number is required; an anonymous report may give one only to receive the tracking code by text (it is not kept with the case). The tracking code is texted to the number given, with the look-up address. Limited per phone number and per network address; a repeat of an earlier case of the same submitter, place and category is linked to it as a duplicate.',
        body: NewReport,
        response: { 201: CaseReceipt, ...publicErrors },
      },
      config: publicAccess,
    },
    async (request, reply) => {
      const { name, phone, isAnonymous, ...rest } = request.body;
      const submitter = { userId: null, name: isAnonymous ? null : (name ?? null), phone: isAnonymous ? null : (phone ?? null) };
      return reply.code(201).send(await submitCase(contextOf(request), deps, { ...rest, kind: 'report', isAnonymous, submitter, textCodeTo: phone ?? null }));
    },
  );

  app.get(
    '/public/cases/:trackingCode',
    {
      schema: {
        tags,
        summary: 'A complaint’s or report’s progress by its tracking code (no account, no personal data)',
        description: 'State, deadlines, the public steps of the handling and the reply. Never the description, names, phone numbers or evidence. Look-ups are limited per network address.',
        params: TrackingCodeParams,
        response: { 200: PublicCase, ...publicErrors },
      },
      config: publicAccess,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return lookUpCase(contextOf(request), deps, request.params.trackingCode);
    },
  );

  app.post(
    '/public/cases/:trackingCode/evidence',
    {
      schema: { tags, summary: 'Attach one evidence file to an open case (multipart, field `file`): PDF, JPEG or PNG by content, at most 10 MB, 5 per case', params: TrackingCodeParams, consumes: ['multipart/form-data'], response: { 201: CaseEvidence, ...publicErrors, 409: Problem, 413: Problem, 415: Problem } },
      config: publicAccess,
    },
    async (request, reply) => reply.code(201).send(await addEvidence(contextOf(request), deps, request.params.trackingCode, await readEvidence(request))),
  );

  app.post(
    '/public/cases/:trackingCode/satisfaction',
    { schema: { tags, summary: 'The submitter’s satisfaction with the reply, once; closes the case', params: TrackingCodeParams, body: SatisfactionInput, response: { 200: PublicCase, ...publicErrors, 409: Problem } }, config: publicAccess },
    (request) => giveSatisfaction(contextOf(request), deps, request.params.trackingCode, request.body),
  );

  app.post(
    '/family/complaints',
    { schema: { tags, summary: 'A family’s complaint (投诉) about an institution, from its account (audited)', body: NewComplaint, response: { 201: CaseReceipt, 400: Problem, 401: Problem, 403: Problem, 429: Problem } }, config: complain },
    async (request, reply) => {
      const ctx = contextOf(request);
      const contact = await findUserContact(ctx.db, ctx.actor!.userId);
      const submitter = { userId: ctx.actor!.userId, name: contact?.displayName ?? ctx.actor!.displayName, phone: contact?.phone ?? null };
      return reply.code(201).send(await submitCase(ctx, deps, { ...request.body, kind: 'complaint', isAnonymous: false, submitter, textCodeTo: submitter.phone }));
    },
  );

  app.get('/family/complaints', { schema: { tags, summary: 'The family’s own complaints, newest first', response: { 200: MyCaseList, 401: Problem, 403: Problem } }, config: complain }, (request) => listMyComplaints(contextOf(request)));
};
