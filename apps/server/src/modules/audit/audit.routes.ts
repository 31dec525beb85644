import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditChainReport, AuditPage, AuditQuery, Problem } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { searchAudit, verifyAudit } from './audit.service.ts';

const readAudit = { access: { permission: 'audit.read' } } as const;
const refusals = { 400: Problem, 401: Problem, 403: Problem };

export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  r.get('/admin/audit', { schema: { tags, summary: 'Search the audit log, newest first', querystring: AuditQuery, response: { 200: AuditPage, ...refusals } }, config: readAudit }, async (request) =>
    searchAudit(contextOf(request), request.query),
  );
  r.post('/admin/audit/verify', { schema: { tags, summary: "Check the audit log's hash chain", response: { 200: AuditChainReport, ...refusals } }, config: readAudit }, async (request) =>
    verifyAudit(contextOf(request)),
  );
}
