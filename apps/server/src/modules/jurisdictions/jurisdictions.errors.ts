import { defineErrors } from '../../platform/errors/index.ts';

/** Messages: packages/i18n/src/<locale>/jurisdictions.ts, under `errors`. */
export const JurisdictionErrors = defineErrors('jurisdictions', {
  INVALID_JURISDICTION_CODE: 400,
  JURISDICTION_CODE_TAKEN: 409,
  PARENT_JURISDICTION_NOT_FOUND: 400,
  COMMUNITY_CODE_NOT_UNDER_PARENT: 400,
  ZONE_TYPE_NOT_APPLICABLE: 400,
  UNDER3_EXCEEDS_POPULATION: 400,
  JURISDICTION_NOT_DELETABLE: 409,
  JURISDICTION_HAS_DEPENDANTS: 409,
});
