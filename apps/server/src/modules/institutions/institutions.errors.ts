import { defineErrors } from '../../platform/errors/index.ts';

export const InstitutionErrors = defineErrors('institutions', {
  /** The person exists but no ID number was recorded, so there is nothing to unmask. */
  ID_NUMBER_NOT_RECORDED: 404,
  /** A summary was asked for without a jurisdiction, by an account that has none. */
  JURISDICTION_REQUIRED: 400,
});
