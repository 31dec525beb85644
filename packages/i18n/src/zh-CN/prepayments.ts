/** Families' prepaid fees (预付费) held by institutions. */
export default {
  errors: {
    PREPAYMENT_CHILD_NOT_ENROLLED: '该幼儿目前不在本机构在托，不能登记预付费。',
    PREPAYMENT_ALREADY_REFUNDED: '这笔预付费已登记过退费。',
    REFUND_EXCEEDS_AMOUNT: '退费金额（{{refunded}} 元）超过了缴费金额（{{amount}} 元）。',
    REFUND_BEFORE_PAYMENT: '退费日期不能早于缴费日期（{{paidOn}}）。',
  },
  statuses: { paid: '已缴费', refunded: '已退费' },
  fields: {
    childName: '幼儿',
    amount: '缴费金额（元）',
    period: '服务期间',
    paidOn: '缴费日期',
    unconsumed: '未消费金额（元）',
    refunded: '已退金额（元）',
    refundedOn: '退费日期',
    owed: '尚欠金额（元）',
    status: '状态',
  },
} as const;
