import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, notFound } from '../errors/index.ts';
import { isInScope } from './actor.ts';
import type { RouteAccess } from './access.ts';

/** Every /api/v1 route with its declared access; the authorisation matrix test walks it. */
export type AccessCatalogueEntry = { method: string; url: string; access: RouteAccess };

declare module 'fastify' {
  interface FastifyInstance {
    accessCatalogue: readonly AccessCatalogueEntry[];
  }
}

/**
 * Enforces each route's declared access before its handler runs. A route under /api/v1 without a
 * declaration fails at start-up, so no route can be forgotten.
 */
export const accessGuard = fp(async (app: FastifyInstance) => {
  const catalogue: AccessCatalogueEntry[] = [];
  app.decorate('accessCatalogue', catalogue);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') catalogue.push({ method, url: route.url, access });
  });

  // Who may call comes before what they sent: an anonymous or unauthorised caller learns nothing
  // from validation errors.
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || 'public' in access) return;
    const actor = request.actor;
    if (!actor) throw new DomainError('UNAUTHENTICATED');
    // Pending duties come first and in order: a new password, then the second factor.
    const pending: { allowPasswordExpired?: boolean; allowTotpEnrolment?: boolean } = 'signedIn' in access ? access : {};
    if (actor.mustChangePassword && !pending.allowPasswordExpired) throw new DomainError('PASSWORD_CHANGE_REQUIRED');
    if (actor.mustEnrolTotp && !pending.allowPasswordExpired && !pending.allowTotpEnrolment) throw new DomainError('TOTP_ENROLMENT_REQUIRED');
    if ('signedIn' in access) return;
    if (!actor.permissions.has(access.permission)) throw new DomainError('FORBIDDEN');
  });

  // The record's scope needs the validated params and body.
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || !('scope' in access) || !access.scope) return;
    const scope = await access.scope(request);
    if (!scope || !isInScope(request.actor!, scope)) throw notFound();
  });
}, { name: 'access-guard' });
