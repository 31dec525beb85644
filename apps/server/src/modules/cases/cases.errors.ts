import { defineErrors } from '../../platform/errors/index.ts';

export const CaseErrors = defineErrors('cases', {
  /** The district (or subdistrict) named for an unknown institution does not exist. */
  CASE_PLACE_UNKNOWN: 400,
  /** The action does not fit the case's state (e.g. a reply before it is acknowledged). */
  CASE_STATE_INVALID: 409,
  /** The revision sent is not the case's current one: someone else handled it meanwhile. */
  CASE_CHANGED: 409,
  CASE_EVIDENCE_MISSING: 400,
  CASE_EVIDENCE_TYPE_NOT_ALLOWED: 415,
  CASE_EVIDENCE_TOO_LARGE: 413,
  CASE_EVIDENCE_LIMIT: 409,
  CASE_EVIDENCE_UNAVAILABLE: 409,
  /** Satisfaction is given once, after the reply. */
  CASE_SATISFACTION_NOT_OPEN: 409,
});
