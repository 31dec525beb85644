import { defineErrors } from '../../platform/errors/index.ts';

export const PoliciesErrors = defineErrors('policies', {
  /** The national rule set changes only with a release (shipped data), never through the API. */
  NATIONAL_RULES_READ_ONLY: 403,
  NOT_A_DRAFT: 409,
  DRAFT_EXISTS: 409,
  EFFECTIVE_FROM_TOO_EARLY: 422,
  LOOSENS_NATIONAL_RULE: 422,
});
