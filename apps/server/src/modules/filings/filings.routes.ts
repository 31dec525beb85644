import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CityParams,
  CreateFilingBody,
  FileFilingBody,
  FilingCheck,
  FilingDetail,
  FilingHistory,
  FilingMaterial,
  FilingPage,
  FilingQueueCounts,
  FilingQueueQuery,
  FilingSettings,
  FilingSettingsInput,
  IdParams,
  MaterialParams,
  MaterialUploadQuery,
  Problem,
  RefuseFilingBody,
  ReturnFilingBody,
  RevisionBody,
  StandingChangeBody,
  SubmitFilingBody,
  UpdateFilingBody,
} from '@youyu/contracts';
import { DomainError } from '../../platform/errors/index.ts';
import { contextOf } from '../../platform/http/context.ts';
import { institutionScope } from '../institutions/index.ts';
import { FilingErrors } from './filings.errors.ts';
import * as repo from './filings.repository.ts';
import { getFilingSettings, saveFilingSettings } from './filing-settings.service.ts';
import { cancelFiling, checkFilingReadiness, countQueue, createFiling, fileFiling, getFilingDetail, listFilings, refuseFiling, returnFiling, startReview, submitFiling, updateFiling, type FilingDeps } from './filings.service.ts';
import { deleteMaterial, openMaterial, uploadMaterial } from './materials.service.ts';
import { filingReceipt } from './receipt.service.ts';
import { changeStanding, getFilingHistory } from './standing.service.ts';

const tags = ['filings'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** The filing named by `:id`, for the guard: its subdistrict and institution. */
const ofFiling = async (request: FastifyRequest) => {
  const place = await repo.findFilingPlace(request.server.db, (request.params as { id: string }).id);
  return place ? { jurisdictionCode: place.subdistrictCode, institutionId: place.institutionId } : null;
};
const ofInstitution = (request: FastifyRequest) => institutionScope(request.server.db, (request.params as { id: string }).id);
/** A city's settings: the city code is the record's place. */
const ofCity = async (request: FastifyRequest) => ({ jurisdictionCode: (request.params as { city: string }).city });

const on = (permission: string) => ({ access: { permission, scope: ofFiling } });

export async function filingRoutes(app: FastifyInstance, deps: FilingDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/filings', { schema: { tags, summary: 'Filing applications in scope: the reviewer’s queue (urgent first) or the institution’s own', querystring: FilingQueueQuery, response: { 200: FilingPage, ...errors } }, config: { access: { permission: 'filings.read' } } }, (request) =>
    listFilings(contextOf(request), request.query),
  );
  r.get('/filings/queue-counts', { schema: { tags, summary: 'Pending, overdue, due soon and returned applications in scope', response: { 200: FilingQueueCounts, ...errors } }, config: { access: { permission: 'filings.read' } } }, (request) =>
    countQueue(contextOf(request)),
  );
  r.post('/filings', { schema: { tags, summary: 'Open an initial or change filing for the own institution', body: CreateFilingBody, response: { 201: FilingDetail, ...errors } }, config: { access: { permission: 'filings.apply' } } }, async (request, reply) =>
    reply.status(201).send(await createFiling(contextOf(request), request.body)),
  );
  r.get('/filings/:id', { schema: { tags, summary: 'One application: snapshot, materials, return reasons, deadline, history', params: IdParams, response: { 200: FilingDetail, ...errors } }, config: on('filings.read') }, (request) =>
    getFilingDetail(contextOf(request), request.params.id),
  );
  r.patch('/filings/:id', { schema: { tags, summary: 'Edit a draft or returned application: health evaluation, change proposal', params: IdParams, body: UpdateFilingBody, response: { 200: FilingDetail, ...errors } }, config: on('filings.apply') }, (request) =>
    updateFiling(contextOf(request), request.params.id, request.body),
  );
  r.get('/filings/:id/check', { schema: { tags, summary: 'What still keeps the application from being submitted, each citing its rule', params: IdParams, response: { 200: FilingCheck, ...errors } }, config: on('filings.read') }, (request) =>
    checkFilingReadiness(contextOf(request), request.params.id),
  );
  r.post('/filings/:id/submit', { schema: { tags, summary: 'Submit (or resubmit after a return) with the signed commitment', params: IdParams, body: SubmitFilingBody, response: { 200: FilingDetail, ...errors } }, config: on('filings.apply') }, (request) =>
    submitFiling(contextOf(request), deps, request.params.id, request.body),
  );
  r.post('/filings/:id/cancel', { schema: { tags, summary: 'Abandon a draft or returned application', params: IdParams, body: RevisionBody, response: { 200: FilingDetail, ...errors } }, config: on('filings.apply') }, (request) =>
    cancelFiling(contextOf(request), deps, request.params.id, request.body.revision),
  );

  // Deciding also needs a health commission at district or city level (filings.policy.ts).
  const decide = on('filings.review');
  r.post('/filings/:id/start-review', { schema: { tags, summary: 'Accept for review (受理)', params: IdParams, body: RevisionBody, response: { 200: FilingDetail, ...errors } }, config: decide}, (request) =>
    startReview(contextOf(request), deps, request.params.id, request.body.revision),
  );
  r.post('/filings/:id/return', { schema: { tags, summary: 'Return for correction, with a reason per item', params: IdParams, body: ReturnFilingBody, response: { 200: FilingDetail, ...errors } }, config: decide}, (request) =>
    returnFiling(contextOf(request), deps, request.params.id, request.body),
  );
  r.post('/filings/:id/file', { schema: { tags, summary: 'File: number, receipt, publication on the register', params: IdParams, body: FileFilingBody, response: { 200: FilingDetail, ...errors } }, config: decide}, (request) =>
    fileFiling(contextOf(request), deps, request.params.id, request.body),
  );
  r.post('/filings/:id/refuse', { schema: { tags, summary: 'Refuse, with reasons', params: IdParams, body: RefuseFilingBody, response: { 200: FilingDetail, ...errors } }, config: decide}, (request) =>
    refuseFiling(contextOf(request), deps, request.params.id, request.body),
  );

  r.get('/filings/:id/receipt.pdf', { schema: { tags, summary: 'The filing receipt (备案回执) as PDF', params: IdParams, produces: ['application/pdf'], response: { 200: z.any(), ...errors } }, config: on('filings.read') }, async (request, reply) => {
    const { fileName, pdf } = await filingReceipt(contextOf(request), request.params.id);
    return reply.type('application/pdf').header('content-disposition', contentDisposition('attachment', fileName)).header('cache-control', 'private, no-store').send(pdf);
  });

  r.post(
    '/filings/:id/materials',
    { schema: { tags, summary: 'Upload one material (multipart, field `file`): PDF, JPEG or PNG by content, at most 10 MB', params: IdParams, querystring: MaterialUploadQuery, consumes: ['multipart/form-data'], response: { 201: FilingMaterial, ...errors, 413: Problem, 415: Problem } }, config: on('filings.apply') },
    async (request, reply) => {
      if (!request.isMultipart()) throw new DomainError(FilingErrors.MATERIAL_FILE_MISSING);
      const upload = await readUpload(request);
      return reply.status(201).send(await uploadMaterial(contextOf(request), deps, request.params.id, request.query.category, upload));
    },
  );
  r.get('/filings/:id/materials/:materialId', { schema: { tags, summary: 'A material’s file (audited)', params: MaterialParams, response: { 200: z.any(), ...errors } }, config: on('filings.read') }, async (request, reply) => {
    const { material, stream } = await openMaterial(contextOf(request), deps, request.params.id, request.params.materialId);
    return sendFile(reply, material, stream);
  });
  r.delete('/filings/:id/materials/:materialId', { schema: { tags, summary: 'Remove a material from a draft or returned application', params: MaterialParams, response: { 204: z.null(), ...errors } }, config: on('filings.apply') }, async (request, reply) => {
    await deleteMaterial(contextOf(request), deps, request.params.id, request.params.materialId);
    return reply.status(204).send(null);
  });

  const standing = (action: 'suspend' | 'reinstate' | 'withdraw', summary: string) =>
    r.post(`/filings/institutions/:id/${action}`, { schema: { tags, summary, params: IdParams, body: StandingChangeBody, response: { 200: FilingHistory, ...errors } }, config: { access: { permission: 'filings.supervise', scope: ofInstitution } } }, (request) =>
      changeStanding(contextOf(request), deps, request.params.id, action, request.body),
    );
  standing('suspend', 'Suspend an institution’s filing (暂停服务)');
  standing('reinstate', 'Reinstate a suspended filing');
  standing('withdraw', 'Withdraw the filing of an institution without enrolled children (注销); with children, use the closure procedure');
  r.get('/filings/institutions/:id/history', { schema: { tags, summary: 'Every application and change of standing of an institution, withdrawn ones included', params: IdParams, response: { 200: FilingHistory, ...errors } }, config: { access: { permission: 'filings.read', scope: ofInstitution } } }, (request) =>
    getFilingHistory(contextOf(request), request.params.id),
  );

  r.get('/filings/settings/:city', { schema: { tags, summary: 'A city’s filing number format and working-day calendar', params: CityParams, response: { 200: FilingSettings, ...errors } }, config: { access: { permission: 'filings.read', scope: ofCity } } }, (request) =>
    getFilingSettings(contextOf(request), request.params.city),
  );
  r.put('/filings/settings/:city', { schema: { tags, summary: 'Save a city’s filing number format and calendar (city level)', params: CityParams, body: FilingSettingsInput, response: { 200: FilingSettings, ...errors } }, config: { access: { permission: 'filings.configure', scope: ofCity } } }, (request) =>
    saveFilingSettings(contextOf(request), request.params.city, request.body),
  );
}

/** RFC 6266 with an RFC 5987 UTF-8 name, so Chinese file names survive every browser. */
function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sendFile(reply: FastifyReply, material: repo.MaterialRow, stream: NodeJS.ReadableStream) {
  return reply
    .type(material.contentType)
    .header('content-length', String(material.sizeBytes))
    .header('content-disposition', contentDisposition('inline', material.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(stream);
}

/** The one file of a multipart upload, read into memory within the size limit. */
async function readUpload(request: FastifyRequest) {
  let file;
  try {
    file = await request.file();
  } catch {
    throw new DomainError(FilingErrors.MATERIAL_FILE_MISSING);
  }
  if (!file || file.fieldname !== 'file') throw new DomainError(FilingErrors.MATERIAL_FILE_MISSING);
  try {
    const body = await file.toBuffer();
    return { fileName: file.filename, body };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError(FilingErrors.MATERIAL_TOO_LARGE, { maxMb: 10 });
    throw error;
  }
}
