import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import { EVIDENCE_MAX_BYTES } from '@youyu/contracts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { smsSenderFor } from '../../platform/sms/index.ts';
import { objectStoreFor } from '../../platform/storage/index.ts';
import type { CaseDeps } from './case-deps.ts';
import { caseHandlingRoutes } from './handling.routes.ts';
import { caseSubmissionRoutes } from './cases.routes.ts';

/**
 * Complaints and reports (投诉举报马上查): anyone reports, families complain from their account; a
 * tracking code follows the case without an account. Cases route to the district health
 * commission and the department the category concerns, with the profile's deadlines; urgent ones
 * alert at once. Handling steps, the reply, the finding and the submitter's satisfaction are kept.
 */
export const casesModule: FastifyPluginAsync = async (app) => {
  // One evidence file per request, within the limit; this module's own parser (plugins are encapsulated).
  if (!app.hasContentTypeParser('multipart/form-data')) await app.register(multipart, { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 2, parts: 3, headerPairs: 200 } });
  const deps: CaseDeps = { sms: smsSenderFor(app.config, app.db, app.log), store: objectStoreFor(app.config), vault: vaultFromConfig(app.config, (message) => app.log.warn(message)), log: app.log, publicUrl: app.config.publicUrl };
  await app.register(caseSubmissionRoutes, deps);
  await app.register(caseHandlingRoutes, deps);
};

export { cases, caseEvents, caseEvidence } from './cases.tables.ts';
export { seedDemoFeedback } from './demo-feedback.ts';
export { alertCaseDeadlines } from './deadline-alerts.job.ts';
