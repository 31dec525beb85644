import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

export const accountsModule: FastifyPluginAsync = async () => {};

/** Resolves request.actor from the session cookie for every route (registered at the root). */
export const sessionPlugin = fp(async () => {}, { name: 'sessions' });
