import type { FastifyPluginAsync } from 'fastify';
import { smsSenderFor } from '../../platform/sms/index.ts';
import { closuresRoutes } from './closures.routes.ts';

/**
 * Closure emergency handling (关停应急处置, REG-6): when an institution stops operating, the
 * regulator sees its children, the prepayments families are owed and the nearby vacancies, records
 * each child's placement and each refund, and closes the case, which withdraws the filing.
 */
export const closuresModule: FastifyPluginAsync = async (app) => {
  await app.register(closuresRoutes, { sms: smsSenderFor(app.config, app.db, app.log), log: app.log });
};

export { closureCases, closurePlacements } from './closures.tables.ts';
export { closureCaseScope } from './closures.service.ts';
export { insertCase as insertClosureCase } from './closures.repository.ts';
export { ClosureErrors } from './closures.errors.ts';
