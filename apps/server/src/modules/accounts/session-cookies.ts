import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'youyu_session';
/** Readable by the page's script, which echoes it in X-CSRF-Token (double submit, checked against the session). */
export const CSRF_COOKIE = 'youyu_csrf';

const baseOptions = (request: FastifyRequest) => ({ path: '/', sameSite: 'lax' as const, secure: request.protocol === 'https' });

export function setSessionCookies(request: FastifyRequest, reply: FastifyReply, session: { token: string; csrfToken: string; lifetimeSeconds: number }): void {
  const options = { ...baseOptions(request), maxAge: session.lifetimeSeconds };
  reply.setCookie(SESSION_COOKIE, session.token, { ...options, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...options, httpOnly: false });
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { ...baseOptions(request), httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, baseOptions(request));
}
