import { z } from 'zod';
import { IsoDate, IsoDateTime, Page, paginated } from '../common/index.ts';

/**
 * A prepayment (预付费) is `paid` while the institution holds it and consumes it day by day over
 * the period it covers; `refunded` once a refund has been recorded (the amount may be partial).
 */
export const prepaymentStatuses = ['paid', 'refunded'] as const;
export const PrepaymentStatus = z.enum(prepaymentStatuses);
export type PrepaymentStatus = z.infer<typeof PrepaymentStatus>;

/** Up to one million yuan, in fen: far above any real prepayment, far below integer overflow. */
const Fen = z.number().int().min(0).max(100_000_000);

export const PrepaymentParams = z.object({ id: z.uuid(), prepaymentId: z.uuid() });

export const PrepaymentListQuery = Page.extend({
  status: PrepaymentStatus.optional(),
  childId: z.uuid().optional(),
});
export type PrepaymentListQuery = z.infer<typeof PrepaymentListQuery>;

export const NewPrepayment = z
  .object({
    childId: z.uuid().describe('a child enrolled at the institution; the family is the child’s'),
    amountFen: Fen.min(1),
    periodFrom: IsoDate.describe('first day the payment covers'),
    periodTo: IsoDate.describe('last day the payment covers (inclusive)'),
    paidOn: IsoDate,
    note: z.string().trim().max(200).optional(),
  })
  .refine((p) => p.periodTo >= p.periodFrom, { path: ['periodTo'], message: 'periodTo is before periodFrom' });
export type NewPrepayment = z.infer<typeof NewPrepayment>;

export const PrepaymentRefund = z.object({
  refundedFen: Fen.describe('what the family got back; at most the amount paid'),
  refundedOn: IsoDate,
});
export type PrepaymentRefund = z.infer<typeof PrepaymentRefund>;

/**
 * A prepayment's terms and its refund, as recorded: shared by the prepayment itself and the
 * closure case's view of what is still owed (closures/schemas.ts), so both read the same.
 */
export const prepaymentTermsFields = { amountFen: z.number().int(), periodFrom: IsoDate, periodTo: IsoDate, paidOn: IsoDate };
export const prepaymentRefundFields = { refundedFen: z.number().int().nullable(), refundedOn: IsoDate.nullable() };

/** Names are masked unless the caller works at the institution. */
export const Prepayment = z
  .object({
    id: z.uuid(),
    institutionId: z.uuid(),
    childId: z.uuid(),
    childName: z.string(),
    familyUserId: z.uuid(),
    ...prepaymentTermsFields,
    ...prepaymentRefundFields,
    status: PrepaymentStatus,
    note: z.string().nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Prepayment' });
export type Prepayment = z.infer<typeof Prepayment>;
export const PrepaymentPage = paginated(Prepayment);
export type PrepaymentPage = z.infer<typeof PrepaymentPage>;
