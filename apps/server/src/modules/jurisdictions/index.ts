import type { FastifyPluginAsync } from 'fastify';

export const jurisdictionsModule: FastifyPluginAsync = async () => {};
