import { defineErrors } from '../../platform/errors/index.ts';

export const PrepaymentErrors = defineErrors('prepayments', {
  /** Prepayments are recorded for children enrolled at the institution that takes the money. */
  PREPAYMENT_CHILD_NOT_ENROLLED: 409,
  /** One refund per prepayment; a correction is a matter for the audit trail, not an overwrite. */
  PREPAYMENT_ALREADY_REFUNDED: 409,
  REFUND_EXCEEDS_AMOUNT: 400,
  REFUND_BEFORE_PAYMENT: 400,
});
