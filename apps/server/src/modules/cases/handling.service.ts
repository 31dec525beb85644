import type { AcknowledgeCase, CaseDetail, CaseListQuery, CasePage, CaseReplyInput, CaseState, CaseStepInput, MyCaseList } from '@youyu/contracts';
import type { FastifyRequest } from 'fastify';
import { recordAudit } from '../../platform/audit/index.ts';
import type { RecordScope } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordReplyNotice, textReply } from './alerts.ts';
import type { CaseDeps } from './case-deps.ts';
import { toDetail, toListItem, toMyCase } from './case-views.ts';
import { CaseErrors } from './cases.errors.ts';
import * as repo from './cases.repository.ts';

/**
 * Where a case belongs, for the access guard: its subdistrict (or district). A handler of another
 * department than the health commission reaches only the cases also routed to that department.
 */
export async function caseScope(request: FastifyRequest, id: string): Promise<RecordScope | null> {
  const place = await repo.findCasePlace(request.server.db, id);
  if (!place) return null;
  const department = request.actor?.department ?? null;
  if (department && department !== 'healthCommission' && place.coDepartment !== department) return null;
  return { jurisdictionCode: place.subdistrictCode ?? place.districtCode };
}

export async function listCases(ctx: RequestContext, query: CaseListQuery): Promise<CasePage> {
  const now = new Date();
  const { items, total } = await repo.listCaseRows(ctx.db, { jurisdictionCode: ctx.actor?.jurisdictionCode ?? null, department: ctx.actor?.department ?? null }, query);
  return { items: items.map((found) => toListItem(found, now)), total };
}

export async function getCase(ctx: RequestContext, id: string): Promise<CaseDetail> {
  const found = await repo.findCase(ctx.db, id);
  if (!found) throw notFound();
  const [events, evidence, duplicates] = await Promise.all([repo.listEvents(ctx.db, id, false), repo.listEvidence(ctx.db, id), repo.listDuplicates(ctx.db, id)]);
  return toDetail(found, { events, evidence, duplicates });
}

export async function listMyComplaints(ctx: RequestContext): Promise<MyCaseList> {
  if (!ctx.actor) throw new DomainError('UNAUTHENTICATED');
  return { items: (await repo.listOfSubmitter(ctx.db, ctx.actor.userId)).map(toMyCase) };
}

/** The case locked for this change, at the revision the handler read, in a state the change fits. */
async function lockForChange(tx: Executor, id: string, revision: number, states: readonly CaseState[]): Promise<repo.CaseRow> {
  const row = await repo.lockCase(tx, id);
  if (!row) throw notFound();
  if (row.revision !== revision) throw new DomainError(CaseErrors.CASE_CHANGED);
  if (!states.includes(row.state)) throw new DomainError(CaseErrors.CASE_STATE_INVALID, { state: row.state });
  return row;
}

const actorOf = (ctx: RequestContext) => ({ actorUserId: ctx.actor?.userId ?? null, actorName: ctx.actor?.displayName ?? null });
const placeOf = (row: repo.CaseRow) => row.subdistrictCode ?? row.districtCode;

/** Acknowledges (受理) a new case; the submitter's timeline shows it. */
export async function acknowledgeCase(ctx: RequestContext, id: string, input: AcknowledgeCase): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await lockForChange(tx, id, input.revision, ['submitted']);
    const changed = await repo.updateCase(tx, id, { state: 'acknowledged', acknowledgedAt: new Date() });
    await repo.insertEvent(tx, { caseId: id, kind: 'acknowledged', isPublic: true, note: input.note ?? null, ...actorOf(ctx) });
    await recordAudit(tx, ctx, { action: 'case.acknowledge', entityType: 'case', entityId: id, jurisdictionCode: placeOf(row), before: { state: row.state, revision: row.revision }, after: { state: changed.state, revision: changed.revision } });
  });
  return getCase(ctx, id);
}

/** A handling step (a visit, a call, a referral); public ones appear on the submitter's timeline. */
export async function recordCaseStep(ctx: RequestContext, id: string, input: CaseStepInput): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await lockForChange(tx, id, input.revision, ['acknowledged']);
    const changed = await repo.updateCase(tx, id, {});
    await repo.insertEvent(tx, { caseId: id, kind: 'step', isPublic: input.isPublic, note: input.note, ...actorOf(ctx) });
    await recordAudit(tx, ctx, { action: 'case.step', entityType: 'case', entityId: id, jurisdictionCode: placeOf(row), after: { revision: changed.revision }, details: { isPublic: input.isPublic } });
  });
  return getCase(ctx, id);
}

/**
 * The reply to the submitter, with the finding: substantiated or not (supervision counts the
 * substantiated cases of an institution). A complaining family hears of it in the app and by text.
 */
export async function replyToCase(ctx: RequestContext, deps: CaseDeps, id: string, input: CaseReplyInput): Promise<CaseDetail> {
  const { row, institutionName } = await ctx.db.transaction(async (tx) => {
    const before = await lockForChange(tx, id, input.revision, ['acknowledged']);
    const row = await repo.updateCase(tx, id, { state: 'replied', reply: input.reply, repliedAt: new Date(), isSubstantiated: input.isSubstantiated });
    await repo.insertEvent(tx, { caseId: id, kind: 'replied', isPublic: true, ...actorOf(ctx) });
    const institutionName = row.institutionId ? ((await repo.findInstitutionPlace(tx, row.institutionId))?.name ?? null) : row.institutionName;
    await recordReplyNotice(tx, row, institutionName);
    await recordAudit(tx, ctx, { action: 'case.reply', entityType: 'case', entityId: id, jurisdictionCode: placeOf(row), before: { state: before.state, revision: before.revision }, after: { state: row.state, isSubstantiated: row.isSubstantiated, revision: row.revision } });
    return { row, institutionName };
  });
  await textReply(deps, row, institutionName);
  return getCase(ctx, id);
}
