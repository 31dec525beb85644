import { defineErrors } from '../../platform/errors/index.ts';

export const ExchangeErrors = defineErrors('exchange', {
  /** No X-Api-Key header. */
  API_KEY_MISSING: 401,
  /** A key that is malformed or unknown. */
  API_KEY_INVALID: 401,
  API_KEY_REVOKED: 401,
  API_KEY_ALREADY_REVOKED: 409,
  /** The event names another registrar than the key's. */
  REGISTRAR_MISMATCH: 403,
  /** Field errors list each problem; the detail names the first. */
  REGISTRATION_INVALID: 422,
  /** The registrar sent a different event under an event id it used before. */
  EVENT_ID_REUSED: 409,
  /** Batches come from accounts of a registrar department (civil affairs, market regulation, staffing office, education). */
  NOT_A_REGISTRAR: 403,
  /** The invitation to file goes to institutions not filed yet. */
  ALREADY_FILED: 409,
  INVITATION_TOO_SOON: 429,
  /** The contact phone on record is a landline: no text message can reach it. */
  CONTACT_NOT_MOBILE: 422,
  JURISDICTION_OUT_OF_REACH: 403,
});
