import type { FastifyPluginAsync } from 'fastify';
import { smsSenderFor } from '../../platform/sms/index.ts';
import { acceptUploads } from '../imports/index.ts';
import { exchangeRoutes } from './exchange.routes.ts';
import { invitationsVia } from './invitations.ts';

/**
 * The data exchange with the registrars (民政, 市场监管, 编办, 教委): their API keys, the
 * registrations they push or upload, the health commission's "registered, not filed" queue and
 * the filing rate.
 */
export const exchangeModule: FastifyPluginAsync = async (app) => {
  await acceptUploads(app);
  await exchangeRoutes(app, { invitations: invitationsVia(smsSenderFor(app.config, app.db, app.log), app.log) });
};

export { getFilingRate } from './filing-rate.service.ts';
