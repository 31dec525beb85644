import type { FastifyPluginAsync } from 'fastify';
import { prepaymentsRoutes } from './prepayments.routes.ts';

/** Families' prepaid fees (预付费, REG-12): recorded by the institution, read by closure handling. */
export const prepaymentsModule: FastifyPluginAsync = async (app) => {
  await app.register(prepaymentsRoutes);
};

export { prepayments } from './prepayments.tables.ts';
export { listInstitutionPrepayments, type NamedPrepaymentRow } from './prepayments.repository.ts';
export { refundPrepayment } from './prepayments.service.ts';
export { outstandingOf, sumTotals, unconsumedFen } from './outstanding.ts';
export { PrepaymentErrors } from './prepayments.errors.ts';
