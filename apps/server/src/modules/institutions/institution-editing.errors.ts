import { defineErrors } from '../../platform/errors/index.ts';

/**
 * Refusals of the director's registry edits. Their messages live in the filings namespace with
 * the filing's own (the rules are the filing conditions), and cite the rule and its basis.
 */
export const EditingErrors = defineErrors('filings', {
  CLASS_TOO_LARGE: 422,
  FAMILY_POINT_TOO_MANY_CHILDREN: 422,
  KINDERGARTEN_TWOS_ONLY: 422,
  CLASS_RATIO_NOT_MET: 422,
  FAMILY_POINT_RATIO_NOT_MET: 422,
  CAPACITY_BELOW_ENROLLED: 409,
  CLASS_HAS_CHILDREN: 409,
  CHANGE_FILING_REQUIRED: 409,
  FILING_IN_REVIEW: 409,
  INSTITUTION_WITHDRAWN: 409,
  STAFF_ACTIVE_ELSEWHERE: 409,
  STAFF_NOT_ACTIVE: 409,
  ID_NUMBER_INVALID: 400,
  CAREGIVER_NOT_ELIGIBLE: 422,
  FEE_NOT_OFFERED: 422,
  FEE_DUPLICATE: 400,
  SUBDISTRICT_REQUIRED: 422,
  LOCATION_OUTSIDE_DISTRICT: 422,
});
