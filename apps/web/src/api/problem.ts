import type { Problem } from '@youyu/contracts';

export type FieldProblem = NonNullable<Problem['errors']>[number];

/** Codes the client itself gives to failures that never reached the API or got no problem body. */
export const clientCodes = { network: 'NETWORK_ERROR', unexpected: 'UNEXPECTED_RESPONSE' } as const;

/**
 * A failed API call. `detail` is already in the caller's language when the server answered with
 * problem+json; it is empty when the request never got an answer, so the UI falls back to its own
 * message for `code`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly requestId: string | null;
  readonly fieldErrors: FieldProblem[];
  readonly problem: Problem | null;

  constructor(init: { status: number; code: string; detail?: string; requestId?: string | null; problem?: Problem | null }) {
    super(init.detail || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail ?? '';
    this.requestId = init.requestId ?? null;
    this.problem = init.problem ?? null;
    this.fieldErrors = init.problem?.errors ?? [];
  }

  static network(): ApiError {
    return new ApiError({ status: 0, code: clientCodes.network });
  }

  /** Reads a problem+json body; anything else (a proxy's HTML page, an empty body) becomes UNEXPECTED_RESPONSE. */
  static async fromResponse(response: Response): Promise<ApiError> {
    const requestId = response.headers.get('x-request-id');
    const body: unknown = await response.json().catch(() => null);
    if (isProblem(body)) return new ApiError({ status: response.status, code: body.code, detail: body.detail, requestId: body.requestId || requestId, problem: body });
    return new ApiError({ status: response.status, code: clientCodes.unexpected, requestId });
  }
}

export function isProblem(value: unknown): value is Problem {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.status === 'number' && typeof v.detail === 'string';
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** True when the failure is `code` from the API (e.g. TOTP_REQUIRED). */
export const hasCode = (error: unknown, code: string): error is ApiError => isApiError(error) && error.code === code;
