import { defineErrors } from '../../platform/errors/index.ts';

export const ClosureErrors = defineErrors('closures', {
  /** Only an operating institution (filed, or suspended) can be closed. */
  CLOSURE_INSTITUTION_NOT_OPERATING: 409,
  CLOSURE_ALREADY_OPEN: 409,
  CLOSURE_CASE_CLOSED: 409,
  /** The revision sent with a close is not the case's current one. */
  CLOSURE_CASE_CHANGED: 409,
  CLOSURE_CHILDREN_NOT_PLACED: 409,
  CLOSURE_CHILD_NOT_IN_CASE: 404,
  PLACEMENT_TARGET_INVALID: 409,
  PLACEMENT_CLASS_TYPE_NOT_FOR_AGE: 409,
  PLACEMENT_NO_VACANCY: 409,
});
