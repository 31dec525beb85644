import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, notFound } from '../errors/index.ts';
import { isInScope } from './actor.ts';

/**
 * Enforces each route's declared access before its handler runs. A route under /api/v1 without a
 * declaration fails at start-up, so no route can be forgotten.
 */
export const accessGuard = fp(async (app: FastifyInstance) => {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
    }
  });

  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || 'public' in access) return;
    const actor = request.actor;
    if (!actor) throw new DomainError('UNAUTHENTICATED');
    if ('signedIn' in access) {
      if (actor.mustChangePassword && !access.allowPasswordExpired) throw new DomainError('PASSWORD_CHANGE_REQUIRED');
      return;
    }
    if (actor.mustChangePassword) throw new DomainError('PASSWORD_CHANGE_REQUIRED');
    if (!actor.permissions.has(access.permission)) throw new DomainError('FORBIDDEN');
    if (access.scope) {
      const scope = await access.scope(request);
      if (!scope || !isInScope(actor, scope)) throw notFound();
    }
  });
}, { name: 'access-guard' });
