import type { FastifyPluginAsync } from 'fastify';

export const institutionsModule: FastifyPluginAsync = async () => {};
