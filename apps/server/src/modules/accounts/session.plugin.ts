import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../platform/errors/index.ts';
import { safeEqual } from './credentials.ts';
import { clearSessionCookies, SESSION_COOKIE } from './session-cookies.ts';
import { resolveSession } from './sessions.service.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * For every API request: resolves request.actor from the session cookie (a stale cookie is
 * cleared) and refuses unsafe methods without the session's CSRF token. The access guard then
 * reads the actor's pending duties (password change, TOTP enrolment). Nothing lives in process
 * memory: any app server can answer any request.
 */
export const sessionPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('authSession', null);

    app.addHook('onRequest', async (request, reply) => {
      if (!request.url.startsWith('/api/')) return;
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      const session = await resolveSession(app.db, token);
      if (!session) {
        clearSessionCookies(request, reply);
        return;
      }
      request.actor = session.actor;
      request.authSession = { csrfToken: session.csrfToken };
      if (UNSAFE_METHODS.has(request.method) && !request.routeOptions.config.csrfExempt) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) throw new DomainError('CSRF_FAILED');
      }
    });

  },
  { name: 'sessions' },
);

declare module 'fastify' {
  interface FastifyRequest {
    /** The resolved session's own facts, beside request.actor. */
    authSession: { csrfToken: string } | null;
  }
  interface FastifyContextConfig {
    /** Routes used before a session exists (sign-in, phone code): no CSRF token to send yet. */
    csrfExempt?: boolean;
  }
}
