/** Families' prepaid fees (预付费) held by institutions. */
export default {
  errors: {
    PREPAYMENT_CHILD_NOT_ENROLLED: 'This child is not enrolled at the institution, so no prepayment can be recorded.',
    PREPAYMENT_ALREADY_REFUNDED: 'A refund has already been recorded for this prepayment.',
    REFUND_EXCEEDS_AMOUNT: 'The refund (¥{{refunded}}) is more than was paid (¥{{amount}}).',
    REFUND_BEFORE_PAYMENT: 'The refund date cannot be before the payment date ({{paidOn}}).',
  },
  statuses: { paid: 'Paid', refunded: 'Refunded' },
  fields: {
    childName: 'Child',
    amount: 'Amount (¥)',
    period: 'Period covered',
    paidOn: 'Paid on',
    unconsumed: 'Not yet consumed (¥)',
    refunded: 'Refunded (¥)',
    refundedOn: 'Refunded on',
    owed: 'Still owed (¥)',
    status: 'Status',
  },
} as const;
