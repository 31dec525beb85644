import type { Namespace } from '@youyu/i18n';

/** One field's problem, as the problem+json `errors` list carries it. */
export type FieldError = { path: string; code: string; message?: string; params?: Record<string, unknown> };

type ErrorSpec = { status: number; ns: Namespace; key: string };
const registry = new Map<string, ErrorSpec>();

/**
 * Registers a module's error codes with their HTTP status. Messages live in the module's i18n
 * namespace under `errors.<CODE>` (platform codes in the `errors` namespace itself).
 */
export function defineErrors<const T extends Record<string, number>>(ns: Namespace, codes: T): { [K in keyof T]: K } {
  const names = {} as { [K in keyof T]: K };
  for (const [code, status] of Object.entries(codes)) {
    const existing = registry.get(code);
    if (existing && existing.ns !== ns) throw new Error(`Error code ${code} is defined by ${existing.ns} and ${ns}`);
    registry.set(code, { status, ns, key: ns === 'errors' ? code : `errors.${code}` });
    (names as Record<string, string>)[code] = code;
  }
  return names;
}

export function errorSpec(code: string): ErrorSpec {
  return registry.get(code) ?? registry.get('INTERNAL')!;
}

/** A failure the caller can act on: a stable code, values for the message, optional field errors. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const PlatformErrors = defineErrors('errors', {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  ROUTE_NOT_FOUND: 404,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  TOTP_ENROLMENT_REQUIRED: 403,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
});

export const notFound = (params: Record<string, unknown> = {}) => new DomainError(PlatformErrors.NOT_FOUND, params);
