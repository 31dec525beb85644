import type { NewPrepayment, Prepayment, PrepaymentListQuery, PrepaymentRefund } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import { maskName } from '../../platform/crypto/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { PrepaymentErrors } from './prepayments.errors.ts';
import { canSeeFamilyNames } from './prepayments.policy.ts';
import { findEnrolledChild, findNamedPrepayment, insertPrepayment, listPrepaymentRows, lockPrepayment, setRefund, type NamedPrepaymentRow } from './prepayments.repository.ts';

const yuan = (fen: number) => (fen / 100).toFixed(2);

function toPrepayment(row: NamedPrepaymentRow, showNames: boolean): Prepayment {
  return {
    id: row.id,
    institutionId: row.institutionId,
    childId: row.childId,
    childName: showNames ? row.childName : maskName(row.childName),
    familyUserId: row.familyUserId,
    amountFen: row.amountFen,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    paidOn: row.paidOn,
    refundedFen: row.refundedFen,
    refundedOn: row.refundedOn,
    status: row.status,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listPrepayments(ctx: RequestContext, institutionId: string, query: PrepaymentListQuery): Promise<{ items: Prepayment[]; total: number }> {
  const { items, total } = await listPrepaymentRows(ctx.db, institutionId, query);
  const showNames = canSeeFamilyNames(ctx.actor, institutionId);
  return { items: items.map((row) => toPrepayment(row, showNames)), total };
}

/** A family's prepayment to the institution its child is enrolled at. */
export async function recordPrepayment(ctx: RequestContext, institutionId: string, input: NewPrepayment): Promise<Prepayment> {
  const id = await ctx.db.transaction(async (tx) => {
    const child = await findEnrolledChild(tx, institutionId, input.childId);
    if (!child?.districtCode || !child.subdistrictCode) throw new DomainError(PrepaymentErrors.PREPAYMENT_CHILD_NOT_ENROLLED, {}, [{ path: 'body.childId', code: 'invalid_value' }]);
    const row = await insertPrepayment(tx, {
      institutionId,
      childId: child.id,
      familyUserId: child.familyUserId,
      amountFen: input.amountFen,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      paidOn: input.paidOn,
      note: input.note ?? null,
      districtCode: child.districtCode,
      subdistrictCode: child.subdistrictCode,
    });
    await recordAudit(tx, ctx, { action: 'prepayment.record', entityType: 'prepayment', entityId: row.id, jurisdictionCode: row.subdistrictCode, after: row, details: { institutionId, amountFen: row.amountFen } });
    return row.id;
  });
  return toPrepayment((await findNamedPrepayment(ctx.db, id))!, canSeeFamilyNames(ctx.actor, institutionId));
}

/**
 * Records the refund of one prepayment of `institutionId`, inside the caller's transaction (the
 * institution's own refund, or a regulator's during a closure). A prepayment of another
 * institution is not found.
 */
export async function refundPrepayment(tx: Executor, ctx: RequestContext, input: PrepaymentRefund & { institutionId: string; prepaymentId: string }): Promise<void> {
  const row = await lockPrepayment(tx, input.prepaymentId);
  if (!row || row.institutionId !== input.institutionId) throw notFound();
  if (row.status === 'refunded') throw new DomainError(PrepaymentErrors.PREPAYMENT_ALREADY_REFUNDED);
  if (input.refundedFen > row.amountFen) {
    throw new DomainError(PrepaymentErrors.REFUND_EXCEEDS_AMOUNT, { refunded: yuan(input.refundedFen), amount: yuan(row.amountFen) }, [{ path: 'body.refundedFen', code: 'too_big', params: { maximum: row.amountFen } }]);
  }
  if (input.refundedOn < row.paidOn) throw new DomainError(PrepaymentErrors.REFUND_BEFORE_PAYMENT, { paidOn: row.paidOn }, [{ path: 'body.refundedOn', code: 'too_small', params: { minimum: row.paidOn } }]);
  const updated = await setRefund(tx, row.id, { refundedFen: input.refundedFen, refundedOn: input.refundedOn });
  await recordAudit(tx, ctx, { action: 'prepayment.refund', entityType: 'prepayment', entityId: row.id, jurisdictionCode: row.subdistrictCode, before: row, after: updated, details: { institutionId: row.institutionId, refundedFen: input.refundedFen } });
}

export async function recordRefund(ctx: RequestContext, input: PrepaymentRefund & { institutionId: string; prepaymentId: string }): Promise<Prepayment> {
  await ctx.db.transaction((tx) => refundPrepayment(tx, ctx, input));
  return toPrepayment((await findNamedPrepayment(ctx.db, input.prepaymentId))!, canSeeFamilyNames(ctx.actor, input.institutionId));
}
