import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { IsoDateTime, Problem } from '@youyu/contracts';
import { buildProblem, DomainError, handleError, problemContentType } from '../../platform/errors/index.ts';
import { AuthErrors } from './accounts.errors.ts';

/** Problem responses by status, for route schemas. */
export function problems<const S extends number>(...statuses: S[]): Record<S, typeof Problem> {
  return Object.fromEntries(statuses.map((s) => [s, Problem])) as Record<S, typeof Problem>;
}

/** ACCOUNT_LOCKED carries when the lock lifts (an RFC 9457 extension member). */
export const LockedProblem = Problem.extend({ lockedUntil: IsoDateTime });

/**
 * The platform handler, plus what sign-in refusals tell a client beyond the message: Retry-After
 * on RATE_LIMITED and ACCOUNT_LOCKED, and lockedUntil in the locked problem.
 */
export function accountsErrorHandler(error: FastifyError | DomainError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (!(error instanceof DomainError)) return handleError(error, request, reply);
  if (error.params.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.params.retryAfterSeconds));
  if (error.code !== AuthErrors.ACCOUNT_LOCKED) return handleError(error, request, reply);
  const problem: z.infer<typeof LockedProblem> = { ...buildProblem(request, error.code, error.params), lockedUntil: String(error.params.lockedUntil) };
  return reply.status(problem.status).type(problemContentType).send(problem);
}
