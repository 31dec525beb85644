import type { FastifyPluginAsync } from 'fastify';

export const auditModule: FastifyPluginAsync = async () => {};
