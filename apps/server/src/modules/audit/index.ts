import type { FastifyPluginAsync } from 'fastify';
import { auditRoutes } from './audit.routes.ts';

/** Reading and checking the audit log (the audit administrator's duty). */
export const auditModule: FastifyPluginAsync = async (app) => {
  await app.register(auditRoutes);
};
