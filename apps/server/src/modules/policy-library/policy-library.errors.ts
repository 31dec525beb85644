import { defineErrors } from '../../platform/errors/index.ts';

export const PolicyLibraryErrors = defineErrors('policyLibrary', {
  /** Documents belong to the nation, a city or a district the jurisdictions list knows. */
  POLICY_DOCUMENT_JURISDICTION_INVALID: 422,
  /** Moving a document to a jurisdiction outside the editor's own. */
  POLICY_DOCUMENT_JURISDICTION_OUT_OF_SCOPE: 403,
  POLICY_DOCUMENT_NUMBER_TAKEN: 409,
  POLICY_DOCUMENT_ALREADY_PUBLISHED: 409,
  POLICY_DOCUMENT_NOT_PUBLISHED: 409,
});
