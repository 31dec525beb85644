import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { prepaymentStatuses, type PrepaymentStatus } from '@youyu/contracts';
import { children, institutions } from '../institutions/index.ts';

/**
 * Fees a family paid an institution in advance (预付费, REG-12). The institution consumes a
 * prepayment day by day over the period it covers; what is left when it closes is owed back.
 */
export const prepayments = pgTable(
  'prepayments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    /** The child's family account at the time of payment. */
    familyUserId: uuid('family_user_id').notNull(),
    amountFen: integer('amount_fen').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    /** Inclusive. */
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    refundedFen: integer('refunded_fen'),
    refundedOn: date('refunded_on', { mode: 'string' }),
    status: text('status').$type<PrepaymentStatus>().notNull().default('paid'),
    note: text('note'),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('prepayments_institution_idx').on(t.institutionId),
    index('prepayments_child_idx').on(t.childId),
    index('prepayments_family_idx').on(t.familyUserId),
    index('prepayments_district_idx').on(t.districtCode),
    index('prepayments_subdistrict_idx').on(t.subdistrictCode),
    check('prepayments_status_check', sql.raw(`"status" in (${prepaymentStatuses.map((s) => `'${s}'`).join(', ')})`)),
    check('prepayments_amount_check', sql`${t.amountFen} > 0`),
    check('prepayments_period_check', sql`${t.periodTo} >= ${t.periodFrom}`),
    check('prepayments_refund_check', sql`(${t.status} = 'refunded') = (${t.refundedFen} is not null and ${t.refundedOn} is not null) and (${t.refundedFen} is null) = (${t.refundedOn} is null)`),
    check('prepayments_refund_amount_check', sql`${t.refundedFen} is null or ${t.refundedFen} between 0 and ${t.amountFen}`),
  ],
);
