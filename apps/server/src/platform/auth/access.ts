import type { FastifyRequest } from 'fastify';
import type { RecordScope } from './actor.ts';

/**
 * Every route declares who may call it, in its `config.access`; the platform enforces it before
 * the handler runs, and the authorisation matrix test walks every declaration.
 * - `public`: anyone, signed in or not.
 * - `signedIn`: any signed-in account (e.g. "my profile").
 * - `permission`: the caller's role must hold it (roles → permissions is data the security
 *   administrator edits); with `scope`, the record the route touches must also be within the
 *   caller's jurisdiction, institution or ownership, or the answer is 404 NOT_FOUND.
 * - `allowPasswordExpired`: reachable while a password change is due (sign-out, change password,
 *   who am I); `allowTotpEnrolment`: reachable while a second-factor enrolment is due (TOTP set-up).
 */
export type RouteAccess =
  | { public: true }
  | { signedIn: true; allowPasswordExpired?: boolean; allowTotpEnrolment?: boolean }
  | { permission: string; scope?: (request: FastifyRequest) => Promise<RecordScope | null> };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
