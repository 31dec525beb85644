import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { PrepaymentListQuery } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { children } from '../institutions/index.ts';
import { prepayments } from './prepayments.tables.ts';

export type PrepaymentRow = typeof prepayments.$inferSelect;
export type NewPrepaymentRow = typeof prepayments.$inferInsert;

/** A prepayment with the names behind it (masked by the service for callers outside the institution). */
const withNames = {
  id: prepayments.id,
  institutionId: prepayments.institutionId,
  childId: prepayments.childId,
  childName: children.name,
  familyUserId: prepayments.familyUserId,
  guardianName: children.guardianName,
  guardianPhone: children.guardianPhone,
  amountFen: prepayments.amountFen,
  periodFrom: prepayments.periodFrom,
  periodTo: prepayments.periodTo,
  paidOn: prepayments.paidOn,
  refundedFen: prepayments.refundedFen,
  refundedOn: prepayments.refundedOn,
  status: prepayments.status,
  note: prepayments.note,
  createdAt: prepayments.createdAt,
};
const selectNamed = (exec: Executor) => exec.select(withNames).from(prepayments).innerJoin(children, eq(children.id, prepayments.childId));
export type NamedPrepaymentRow = Awaited<ReturnType<typeof selectNamed>>[number];

export async function listPrepaymentRows(exec: Executor, institutionId: string, query: PrepaymentListQuery): Promise<{ items: NamedPrepaymentRow[]; total: number }> {
  const conditions: SQL[] = [eq(prepayments.institutionId, institutionId)];
  if (query.status) conditions.push(eq(prepayments.status, query.status));
  if (query.childId) conditions.push(eq(prepayments.childId, query.childId));
  const where = and(...conditions);
  const items = await selectNamed(exec)
    .where(where)
    .orderBy(desc(prepayments.paidOn), asc(prepayments.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(prepayments).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Every prepayment an institution took, with the child's and guardian's names: the closure case's view. */
export function listInstitutionPrepayments(exec: Executor, institutionId: string): Promise<NamedPrepaymentRow[]> {
  return selectNamed(exec)
    .where(eq(prepayments.institutionId, institutionId))
    .orderBy(asc(prepayments.familyUserId), asc(prepayments.paidOn), asc(prepayments.id));
}

export async function findNamedPrepayment(exec: Executor, id: string): Promise<NamedPrepaymentRow | null> {
  const [row] = await selectNamed(exec).where(eq(prepayments.id, id));
  return row ?? null;
}

/** The row, locked until the transaction ends, so two refunds of one prepayment cannot both pass the checks. */
export async function lockPrepayment(exec: Executor, id: string): Promise<PrepaymentRow | null> {
  const [row] = await exec.select().from(prepayments).where(eq(prepayments.id, id)).for('update');
  return row ?? null;
}

export async function insertPrepayment(exec: Executor, row: NewPrepaymentRow): Promise<PrepaymentRow> {
  const [inserted] = await exec.insert(prepayments).values(row).returning();
  return inserted!;
}

export async function setRefund(exec: Executor, id: string, refund: { refundedFen: number; refundedOn: string }): Promise<PrepaymentRow> {
  const [updated] = await exec
    .update(prepayments)
    .set({ ...refund, status: 'refunded', updatedAt: sql`now()` })
    .where(eq(prepayments.id, id))
    .returning();
  return updated!;
}

/** The child as the institution has it, if enrolled there now. */
export async function findEnrolledChild(exec: Executor, institutionId: string, childId: string) {
  const [row] = await exec
    .select({ id: children.id, familyUserId: children.familyUserId, districtCode: children.districtCode, subdistrictCode: children.subdistrictCode })
    .from(children)
    .where(and(eq(children.id, childId), eq(children.institutionId, institutionId), eq(children.status, 'enrolled')));
  return row ?? null;
}
