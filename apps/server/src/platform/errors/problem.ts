import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { translate, type Locale } from '@youyu/i18n';
import { DomainError, errorSpec, type FieldError } from './domain-error.ts';

export const problemContentType = 'application/problem+json; charset=utf-8';

/** RFC 9457 body. `code` is stable and documented; `title` and `detail` are in the caller's language. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId: string;
  errors?: { path: string; code: string; message: string }[];
};

function fieldMessage(locale: Locale, e: FieldError): string {
  return e.message ?? translate(locale, `errors:field.${e.code}`, e.params ?? {});
}

export function buildProblem(request: FastifyRequest, code: string, params: Record<string, unknown> = {}, fieldErrors: FieldError[] = []): Problem {
  const spec = errorSpec(code);
  const locale = request.locale;
  const detail = translate(locale, `${spec.ns}:${spec.key}`, { ...params, requestId: request.id });
  const problem: Problem = {
    type: `urn:youyu:problem:${code}`,
    title: code,
    status: spec.status,
    detail,
    code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: String(request.id),
  };
  if (fieldErrors.length > 0) problem.errors = fieldErrors.map((e) => ({ path: e.path, code: e.code, message: fieldMessage(locale, e) }));
  return problem;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, code: string, params?: Record<string, unknown>, fieldErrors?: FieldError[]) {
  const problem = buildProblem(request, code, params, fieldErrors);
  return reply.status(problem.status).type(problemContentType).send(problem);
}

type ZodIssueLike = { path?: PropertyKey[]; instancePath?: string; code?: string; params?: Record<string, unknown>; message?: string };

/** Turns schema validation issues into field errors, keeping the code so the message can be translated. */
function validationFieldErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const issue = v as unknown as ZodIssueLike;
    const rawPath = issue.instancePath ? issue.instancePath.replace(/^\//, '').replaceAll('/', '.') : (issue.path ?? []).join('.');
    const params = issue.params ?? {};
    const zodCode = String(params.issue && typeof params.issue === 'object' ? ((params.issue as { code?: string }).code ?? issue.code) : (issue.code ?? v.keyword ?? 'custom'));
    const detail = (params.issue && typeof params.issue === 'object' ? params.issue : params) as Record<string, unknown>;
    const isMissing = zodCode === 'invalid_type' && /received undefined/.test(String(v.message ?? ''));
    return {
      path: [context, rawPath].filter(Boolean).join('.'),
      code: isMissing ? 'required' : zodCode,
      params: { expected: detail.expected, minimum: detail.minimum, maximum: detail.maximum, divisor: detail.divisor, keys: Array.isArray(detail.keys) ? detail.keys.join(', ') : undefined },
    };
  });
}

/** The one error handler: domain errors, validation, framework 4xx, and hidden 5xx. */
export function handleError(error: FastifyError | DomainError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) return sendProblem(request, reply, error.code, error.params, error.fieldErrors);
  const fe = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe) || fe.validation) return sendProblem(request, reply, 'VALIDATION_FAILED', {}, validationFieldErrors(fe));
  if (isResponseSerializationError(fe)) {
    request.log.error({ err: fe }, 'response did not match its schema');
    return sendProblem(request, reply, 'INTERNAL');
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status === 413) return sendProblem(request, reply, 'PAYLOAD_TOO_LARGE');
  if (status === 415) return sendProblem(request, reply, 'UNSUPPORTED_MEDIA_TYPE');
  if (status === 429) return sendProblem(request, reply, 'RATE_LIMITED');
  if (status >= 400 && status < 500) return sendProblem(request, reply, 'MALFORMED_REQUEST');
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(request, reply, 'INTERNAL');
}
