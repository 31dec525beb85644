import type { FastifyPluginAsync } from 'fastify';

export const policiesModule: FastifyPluginAsync = async () => {};
