import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import { MATERIAL_MAX_BYTES } from '@youyu/contracts';
import { smsSenderFor } from '../../platform/sms/index.ts';
import { objectStoreFor } from '../../platform/storage/index.ts';
import { filingRoutes } from './filings.routes.ts';

/**
 * Filing (备案): the director's application with its materials and commitment, the district's
 * review queue with working-day time limits, filing numbers and receipts, changes of standing.
 * Multipart parsing is registered here only: no other module accepts uploads this way.
 */
export const filingsModule: FastifyPluginAsync = async (app) => {
  // The limits bound what a request may make the server hold: one file of at most 10 MB.
  await app.register(multipart, { limits: { fileSize: MATERIAL_MAX_BYTES, files: 1, fields: 2, parts: 3, headerPairs: 200 } });
  await app.register(filingRoutes, { store: objectStoreFor(app.config), sms: smsSenderFor(app.config, app.db, app.log), log: app.log });
};

export { recordFilingWithdrawal } from './standing.service.ts';
export { seedDemoFilings } from './demo-filings.ts';
export { filings, filingEvents, filingMaterials } from './filings.tables.ts';
export { calendarAt } from './filing-settings.service.ts';
export { addWorkingDays, type WorkCalendar } from './working-days.ts';
export { cleanFileName } from './materials.service.ts';
