import type { FastifyPluginAsync } from 'fastify';

/** Every domain module's Fastify plugin, registered under /api/v1 in this order. */
export const apiModules: FastifyPluginAsync[] = [];
