import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CommitImportBody, IdParams, ImportJob, ImportJobListQuery, ImportJobPage, ImportProblemPage, ImportProblemsQuery, Problem, TableFormat } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import type { ImportRunner } from './import-runner.ts';
import { commitImport, createImport, getImport, importJobScope, importTemplate, listImportProblems, listImports } from './imports.service.ts';
import { readUpload, sendDownload } from './upload.ts';

const tags = ['imports'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const manage = 'imports.manage';
/** A city's registry of 20,000 institutions is a few megabytes; anything far beyond is not such a file. */
const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

const ofJob = (request: FastifyRequest) => importJobScope(request.server.db, (request.params as { id: string }).id);
const TemplateQuery = z.object({ format: TableFormat.default('xlsx') });

export async function importsRoutes(app: FastifyInstance, { runner }: { runner: ImportRunner }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/imports',
    {
      schema: {
        tags,
        summary: 'Upload a CSV or Excel file of existing institutions (multipart, field `file`); its rows are validated in the background',
        response: { 202: ImportJob, ...errors, 409: Problem, 413: Problem, 415: Problem },
      },
      config: { access: { permission: manage } },
    },
    async (request, reply) => reply.code(202).send(await createImport(contextOf(request), runner, await readUpload(request, MAX_IMPORT_BYTES))),
  );

  r.get(
    '/imports',
    { schema: { tags, summary: 'Imports within the caller’s jurisdiction, newest first', querystring: ImportJobListQuery, response: { 200: ImportJobPage, ...errors } }, config: { access: { permission: manage } } },
    (request) => listImports(contextOf(request), request.query),
  );

  r.get(
    '/imports/template',
    {
      schema: { tags, summary: 'The file layout to fill in (Chinese headers, English aliases accepted), with an example row and, in Excel, an explanation of every column', querystring: TemplateQuery, response: { 200: z.string(), ...errors } },
      config: { access: { permission: manage } },
    },
    async (request, reply) => sendDownload(reply, await importTemplate(contextOf(request), request.query.format)),
  );

  r.get(
    '/imports/:id',
    { schema: { tags, summary: 'An import’s status and progress (poll it)', params: IdParams, response: { 200: ImportJob, ...errors } }, config: { access: { permission: manage, scope: ofJob } } },
    (request) => getImport(contextOf(request), request.params.id),
  );

  r.get(
    '/imports/:id/problems',
    { schema: { tags, summary: 'Every problem found, by row and column', params: IdParams, querystring: ImportProblemsQuery, response: { 200: ImportProblemPage, ...errors } }, config: { access: { permission: manage, scope: ofJob } } },
    (request) => listImportProblems(contextOf(request), request.params.id, request.query),
  );

  r.post(
    '/imports/:id/commit',
    {
      schema: {
        tags,
        summary: 'Write the validated rows in one transaction: all of them (only when none failed) or the rows that passed',
        params: IdParams,
        body: CommitImportBody,
        response: { 202: ImportJob, ...errors, 409: Problem },
      },
      config: { access: { permission: manage, scope: ofJob } },
    },
    async (request, reply) => reply.code(202).send(await commitImport(contextOf(request), runner, request.params.id, request.body.mode)),
  );
}
