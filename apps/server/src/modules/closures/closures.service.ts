import type { CloseClosureCase, ClosureCaseDetail, ClosureCaseListItem, ClosureListQuery, NewClosureCase, PrepaymentRefund } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import { recordAudit } from '../../platform/audit/index.ts';
import type { RecordScope } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { FastifyBaseLogger } from 'fastify';
import type { SmsSender } from '../../platform/sms/index.ts';
import { recordFilingWithdrawal } from '../filings/index.ts';
import { withdrawInstitution } from '../institutions/index.ts';
import { sendNoticeTexts } from '../notifications/index.ts';
import { refundPrepayment } from '../prepayments/index.ts';
import { buildCaseDetail, toListItem } from './case-view.ts';
import { ClosureErrors } from './closures.errors.ts';
import { countUnplacedChildren, findCaseInstitution, findCasePlace, findCaseView, insertCase, listCaseRows, lockCase, markCaseClosed, touchCase, type ClosureCaseRow } from './closures.repository.ts';

/** Where a case belongs, for the access guard (`config.access.scope`). */
export async function closureCaseScope(exec: Executor, id: string): Promise<RecordScope | null> {
  const place = await findCasePlace(exec, id);
  return place ? { jurisdictionCode: place.subdistrictCode } : null;
}

export async function listClosureCases(ctx: RequestContext, query: ClosureListQuery): Promise<{ items: ClosureCaseListItem[]; total: number }> {
  const { items, total } = await listCaseRows(ctx.db, ctx.actor?.jurisdictionCode ?? null, query);
  return { items: items.map(toListItem), total };
}

export async function getClosureCase(ctx: RequestContext, id: string): Promise<ClosureCaseDetail> {
  const view = await findCaseView(ctx.db, id);
  if (!view) throw notFound();
  return buildCaseDetail(ctx.db, view);
}

/** The case, locked for this transaction, and still open. */
export async function lockOpenCase(tx: Executor, id: string): Promise<ClosureCaseRow> {
  const row = await lockCase(tx, id);
  if (!row) throw notFound();
  if (row.status !== 'open') throw new DomainError(ClosureErrors.CLOSURE_CASE_CLOSED);
  return row;
}

/** Starts handling the closure of an operating institution; its filing stays as it is until the case closes. */
export async function openClosureCase(ctx: RequestContext, input: NewClosureCase): Promise<ClosureCaseDetail> {
  const id = await ctx.db.transaction(async (tx) => {
    const institution = await findCaseInstitution(tx, input.institutionId);
    if (!institution) throw notFound();
    if (institution.filingStatus !== 'filed' && institution.filingStatus !== 'suspended') {
      throw new DomainError(ClosureErrors.CLOSURE_INSTITUTION_NOT_OPERATING, { statusName: translate(ctx.locale, `institutions:filingStatuses.${institution.filingStatus}`) });
    }
    const row = await insertCase(tx, {
      institutionId: institution.id,
      districtCode: institution.districtCode,
      subdistrictCode: institution.subdistrictCode,
      reason: input.reason,
      plannedDate: input.plannedDate,
      openedBy: ctx.actor?.userId ?? null,
    });
    if (!row) throw new DomainError(ClosureErrors.CLOSURE_ALREADY_OPEN);
    await recordAudit(tx, ctx, { action: 'closure.open', entityType: 'closureCase', entityId: row.id, jurisdictionCode: row.subdistrictCode, after: row, details: { institutionId: institution.id, plannedDate: row.plannedDate } });
    return row.id;
  });
  return getClosureCase(ctx, id);
}

/** A refund of one of the closing institution's prepayments, recorded by the regulator handling the case. */
export async function recordClosureRefund(ctx: RequestContext, caseId: string, prepaymentId: string, refund: PrepaymentRefund): Promise<ClosureCaseDetail> {
  await ctx.db.transaction(async (tx) => {
    // Refunds go on after the children are placed and the case is closed: money can take longer.
    const row = await lockCase(tx, caseId);
    if (!row) throw notFound();
    await touchCase(tx, caseId);
    await refundPrepayment(tx, ctx, { institutionId: row.institutionId, prepaymentId, ...refund });
  });
  return getClosureCase(ctx, caseId);
}

/** How the institution hears that its filing is withdrawn: a text message besides the in-app notice. */
export type ClosureDeps = { sms: SmsSender; log: Pick<FastifyBaseLogger, 'warn'> };

/**
 * Closes the case once every child enrolled has a placement, and withdraws the institution's
 * filing in the same transaction: it leaves the public register, its children leave it, and the
 * filing's history records the withdrawal. The institution is told once the change is committed.
 */
export async function closeClosureCase(ctx: RequestContext, deps: ClosureDeps, caseId: string, input: CloseClosureCase): Promise<ClosureCaseDetail> {
  const notices = await ctx.db.transaction(async (tx) => {
    const row = await lockOpenCase(tx, caseId);
    if (row.revision !== input.revision) throw new DomainError(ClosureErrors.CLOSURE_CASE_CHANGED);
    const unplaced = await countUnplacedChildren(tx, caseId, row.institutionId);
    if (unplaced > 0) throw new DomainError(ClosureErrors.CLOSURE_CHILDREN_NOT_PLACED, { count: unplaced });
    const closed = await markCaseClosed(tx, caseId, { closedBy: ctx.actor?.userId ?? null, note: input.note ?? null });
    const withdrawal = await withdrawInstitution(tx, row.institutionId);
    const sent = await recordFilingWithdrawal(tx, ctx, row.institutionId, withdrawal.previousFilingStatus, row.reason);
    await recordAudit(tx, ctx, { action: 'filing.withdraw', entityType: 'institution', entityId: row.institutionId, jurisdictionCode: row.subdistrictCode, details: { ...withdrawal, closureCaseId: caseId } });
    await recordAudit(tx, ctx, { action: 'closure.close', entityType: 'closureCase', entityId: caseId, jurisdictionCode: row.subdistrictCode, before: row, after: closed });
    return sent;
  });
  await sendNoticeTexts(deps.sms, notices, deps.log);
  return getClosureCase(ctx, caseId);
}
