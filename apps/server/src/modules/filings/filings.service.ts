import type { FastifyBaseLogger } from 'fastify';
import type { CreateFilingBody, FilingChanges, FilingCheck, FilingDetail, FilingListItem, FilingQueueQuery, ItemReason, SubmitFilingBody, UpdateFilingBody } from '@youyu/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Executor, Tx } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { SmsSender } from '../../platform/sms/index.ts';
import type { ObjectStore } from '../../platform/storage/index.ts';
import { applyFilingChanges, classRulesAt, findFilingFacts, isFiled, placeOf, setFilingStanding, type FilingFacts } from '../institutions/index.ts';
import { sendNoticeTexts, type Notice } from '../notifications/index.ts';
import { checkFiling, proposedFacts, requiredMaterials, snapshotOf } from './filing-check.ts';
import { allocateFilingNumber, calendarAt } from './filing-settings.service.ts';
import { deadlineOf, toDetail, toListItem } from './filing-views.ts';
import { FilingErrors } from './filings.errors.ts';
import { applicantInstitution, assertCanDecide, queueScopeOf } from './filings.policy.ts';
import * as repo from './filings.repository.ts';
import { assertTransition, transition, type TransitionRequest } from './transition.ts';
import { addWorkingDays, DUE_SOON_WORKING_DAYS, todayInShanghai } from './working-days.ts';

/** What the filing use cases need beyond the request: the object store and the text-message sender. */
export type FilingDeps = { store: ObjectStore; sms: SmsSender; log: Pick<FastifyBaseLogger, 'warn'> };

/** The version of the commitment text (承诺书) the applicant signs; a new text gets a new version. */
export const COMMITMENT_VERSION = '2025-1';

export async function getFacts(exec: Executor, institutionId: string, options: { lock?: boolean } = {}): Promise<FilingFacts> {
  const facts = await findFilingFacts(exec, institutionId, options);
  if (!facts) throw notFound();
  return facts;
}

async function getFiling(exec: Executor, id: string): Promise<repo.FilingRow> {
  const row = await repo.findFiling(exec, id);
  if (!row) throw notFound();
  return row;
}

export async function getFilingDetail(ctx: RequestContext, id: string): Promise<FilingDetail> {
  const row = await getFiling(ctx.db, id);
  const facts = await getFacts(ctx.db, row.institutionId);
  const calendar = await calendarAt(ctx.db, row.districtCode);
  return toDetail(row, {
    institution: facts.institution,
    deadline: deadlineOf(row, calendar, todayInShanghai()),
    materials: await repo.listMaterials(ctx.db, id),
    events: await repo.listEventsOfFiling(ctx.db, id),
    requiredMaterials: requiredMaterials(row.kind, facts, row.changes),
  });
}

export async function listFilings(ctx: RequestContext, query: FilingQueueQuery): Promise<{ items: FilingListItem[]; total: number }> {
  const scope = queueScopeOf(ctx.actor);
  const today = todayInShanghai();
  const calendar = await calendarAt(ctx.db, scope.kind === 'jurisdiction' ? scope.code : (ctx.actor?.jurisdictionCode ?? '110000'));
  const soonUntil = addWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS);
  const { rows, total } = await repo.listQueue(ctx.db, scope, query, today, soonUntil);
  return { total, items: rows.map((r) => toListItem(r.filing, { name: r.institutionName, kind: r.institutionKind, creditCode: r.creditCode }, deadlineOf(r.filing, calendar, today))) };
}

export async function countQueue(ctx: RequestContext) {
  const scope = queueScopeOf(ctx.actor);
  const today = todayInShanghai();
  const calendar = await calendarAt(ctx.db, scope.kind === 'jurisdiction' ? scope.code : (ctx.actor?.jurisdictionCode ?? '110000'));
  return repo.queueCounts(ctx.db, scope, today, addWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS));
}

/**
 * Opens an application for the caller's institution: an initial filing while it is registered
 * (or was refused), a change filing once it is filed. One open application at a time.
 */
export async function createFiling(ctx: RequestContext, body: z.infer<typeof CreateFilingBody>): Promise<FilingDetail> {
  const institutionId = applicantInstitution(ctx.actor);
  const id = await ctx.db.transaction(async (tx) => {
    const { institution } = await getFacts(tx, institutionId, { lock: true });
    const canOpen = body.kind === 'initial' ? ['registered', 'draft', 'returned', 'refused'].includes(institution.filingStatus) : institution.filingStatus === 'filed';
    if (!canOpen) throw new DomainError(FilingErrors.FILING_NOT_ALLOWED, { status: institution.filingStatus, kind: body.kind });
    const row = await repo.insertFiling(tx, { institutionId, kind: body.kind, districtCode: institution.districtCode, subdistrictCode: institution.subdistrictCode, createdBy: ctx.actor?.userId ?? null, ...(body.kind === 'change' ? { changes: {} } : {}) });
    if (body.kind === 'initial') await setFilingStanding(tx, institutionId, null, { filingStatus: 'draft' });
    const actor = ctx.actor;
    await repo.insertEvent(tx, { filingId: row.id, institutionId, districtCode: row.districtCode, subdistrictCode: row.subdistrictCode, action: 'create', fromState: null, toState: 'draft', actorUserId: actor?.userId ?? null, actorName: actor?.displayName ?? null, actorRole: actor?.role ?? null });
    await recordAudit(tx, ctx, { action: 'filing.create', entityType: 'filing', entityId: row.id, jurisdictionCode: row.subdistrictCode, after: row, details: { institutionId, kind: body.kind } });
    return row.id;
  });
  return getFilingDetail(ctx, id);
}

/** Edits what the applicant declares beside the registry: the health evaluation, a change filing's proposal. */
export async function updateFiling(ctx: RequestContext, id: string, body: UpdateFilingBody): Promise<FilingDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await getFiling(tx, id);
    if (row.state !== 'draft' && row.state !== 'returned') throw new DomainError(FilingErrors.FILING_STATE_INVALID, { state: row.state, action: 'update' });
    if (body.changes && row.kind !== 'change') throw new DomainError(FilingErrors.FILING_CHANGES_NOT_APPLICABLE);
    const changes = body.changes ? await checkedChanges(tx, row.institutionId, body.changes) : undefined;
    const updated = await repo.updateFilingAt(tx, id, body.revision, ['draft', 'returned'], {
      ...(body.healthEvaluation ? { healthEvaluationRating: body.healthEvaluation.rating, healthEvaluationIssuedOn: body.healthEvaluation.issuedOn } : {}),
      ...(changes ? { changes } : {}),
    });
    if (!updated) throw new DomainError('CONFLICT');
    await recordAudit(tx, ctx, { action: 'filing.update', entityType: 'filing', entityId: id, jurisdictionCode: row.subdistrictCode, before: row, after: updated, details: { fields: Object.keys(body).filter((k) => k !== 'revision') } });
  });
  return getFilingDetail(ctx, id);
}

/**
 * A change proposal that refers only to what exists: the institution's own classes, its active
 * caregivers, an active staff member as director; a new address within the district, its
 * subdistrict resolved now. The rules over the whole plan are checked at submission.
 */
async function checkedChanges(tx: Tx, institutionId: string, changes: FilingChanges): Promise<FilingChanges> {
  const facts = await getFacts(tx, institutionId);
  const caregivers = new Set(facts.staff.filter((s) => s.role === 'caregiver').map((s) => s.id));
  for (const proposed of changes.classes ?? []) {
    if (proposed.id && !facts.classes.some((c) => c.id === proposed.id)) throw notFound();
    if (proposed.caregiverIds.some((k) => !caregivers.has(k))) throw new DomainError(FilingErrors.FILING_CAREGIVER_NOT_ELIGIBLE);
  }
  if (changes.directorStaffId && !facts.staff.some((s) => s.id === changes.directorStaffId)) throw new DomainError(FilingErrors.FILING_DIRECTOR_NOT_STAFF);
  if (!changes.location) return changes;
  return { ...changes, location: { ...changes.location, subdistrictCode: await placeOf(tx, facts.institution.districtCode, changes.location) } };
}

/** Loads what the filing conditions are checked against. */
async function checkInputOf(exec: Executor, ctx: RequestContext, row: repo.FilingRow, options: { lock?: boolean } = {}) {
  const facts = await getFacts(exec, row.institutionId, options);
  const materials = [...new Set((await repo.listMaterials(exec, row.id)).map((m) => m.category))];
  const rules = await classRulesAt(exec, facts.institution.districtCode);
  const healthEvaluation = { rating: row.healthEvaluationRating, issuedOn: row.healthEvaluationIssuedOn };
  return { kind: row.kind, facts, changes: row.changes, healthEvaluation, materials, rules, today: todayInShanghai(), locale: ctx.locale };
}

/** What still keeps the application from being submitted, for the form's last step. */
export async function checkFilingReadiness(ctx: RequestContext, id: string): Promise<z.infer<typeof FilingCheck>> {
  const row = await getFiling(ctx.db, id);
  const input = await checkInputOf(ctx.db, ctx, row);
  return { problems: checkFiling(input), requiredMaterials: requiredMaterials(row.kind, input.facts, row.changes) };
}

/** Runs one transition in a transaction, then sends its text messages. */
export async function runTransition(ctx: RequestContext, deps: FilingDeps, id: string, build: (tx: Tx, row: repo.FilingRow) => Promise<TransitionRequest>): Promise<FilingDetail> {
  const notices: Notice[] = await ctx.db.transaction(async (tx) => {
    const row = await getFiling(tx, id);
    const request = await build(tx, row);
    if (request.revision !== row.revision) throw new DomainError('CONFLICT');
    const { institution } = await getFacts(tx, row.institutionId);
    return (await transition(tx, ctx, row, institution, request)).notices;
  });
  await sendNoticeTexts(deps.sms, notices, deps.log);
  return getFilingDetail(ctx, id);
}

/**
 * Submits (or resubmits after a return) with the signed commitment: every filing condition must
 * hold; the institution as it stands is kept as the snapshot the reviewer reviews; the review time
 * limit starts, in working days of the city's calendar.
 */
export function submitFiling(ctx: RequestContext, deps: FilingDeps, id: string, body: SubmitFilingBody): Promise<FilingDetail> {
  return runTransition(ctx, deps, id, async (tx, row) => {
    const action = row.state === 'returned' ? 'resubmit' : 'submit';
    assertTransition(row, action);
    const input = await checkInputOf(tx, ctx, row, { lock: true });
    const problems = checkFiling(input);
    if (problems.length > 0) throw new DomainError(FilingErrors.FILING_INCOMPLETE, { count: problems.length }, problems.map((p) => ({ path: p.item, code: p.code, message: p.message })));
    const limit = input.rules.values['filing.missingMaterialsNoticeDays']?.value;
    const calendar = await calendarAt(tx, row.districtCode);
    const now = new Date();
    return {
      action,
      revision: body.revision,
      set: {
        snapshot: snapshotOf(proposedFacts(input.facts, row.changes)),
        commitment: { signerName: body.commitment.signerName, signedAt: now.toISOString(), version: COMMITMENT_VERSION, ip: ctx.ip },
        submittedAt: now,
        dueOn: addWorkingDays(calendar, todayInShanghai(now), typeof limit === 'number' ? limit : 15),
        returnItems: [],
      },
    };
  });
}

/** The applicant abandons a draft or a returned application; an initial one leaves the institution registered. */
export function cancelFiling(ctx: RequestContext, deps: FilingDeps, id: string, revision: number): Promise<FilingDetail> {
  return runTransition(ctx, deps, id, async () => ({ action: 'cancel', revision }));
}

/** Accepts an application for review (受理): the reviewer takes it; the applicant hears it is being reviewed. */
export function startReview(ctx: RequestContext, deps: FilingDeps, id: string, revision: number): Promise<FilingDetail> {
  assertCanDecide(ctx.actor);
  return runTransition(ctx, deps, id, async () => ({ action: 'startReview', revision, set: { reviewerUserId: ctx.actor?.userId ?? null, reviewerName: ctx.actor?.displayName ?? null } }));
}

const decided = (ctx: RequestContext) => ({ decidedAt: new Date(), reviewerUserId: ctx.actor?.userId ?? null, reviewerName: ctx.actor?.displayName ?? null });

export function returnFiling(ctx: RequestContext, deps: FilingDeps, id: string, body: { revision: number; items: ItemReason[] }): Promise<FilingDetail> {
  assertCanDecide(ctx.actor);
  const { items } = body;
  return runTransition(ctx, deps, id, async () => ({ action: 'return', revision: body.revision, items, set: { returnItems: items, reviewerUserId: ctx.actor?.userId ?? null, reviewerName: ctx.actor?.displayName ?? null } }));
}

export function refuseFiling(ctx: RequestContext, deps: FilingDeps, id: string, body: { revision: number; items: ItemReason[] }): Promise<FilingDetail> {
  assertCanDecide(ctx.actor);
  const { items } = body;
  return runTransition(ctx, deps, id, async () => ({ action: 'refuse', revision: body.revision, items, set: { refusal: items, ...decided(ctx) } }));
}

/**
 * Files an application. An initial filing gets the next number of the district (the city's
 * format) and puts the institution on the public register at once; a change filing is applied to
 * the registry and keeps the institution's number.
 */
export function fileFiling(ctx: RequestContext, deps: FilingDeps, id: string, body: { revision: number; note?: string | undefined }): Promise<FilingDetail> {
  assertCanDecide(ctx.actor);
  return runTransition(ctx, deps, id, async () => ({
    action: 'file',
    revision: body.revision,
    reason: body.note ?? null,
    set: decided(ctx),
    afterWin: async (tx, row) => {
      const { institution } = await getFacts(tx, row.institutionId, { lock: true });
      if (row.kind === 'change') {
        if (row.changes) await applyFilingChanges(tx, row.institutionId, row.changes);
        return { filingNumber: institution.filingNumber, filedAt: new Date() };
      }
      if (isFiled(institution.filingStatus)) throw new DomainError(FilingErrors.FILING_NOT_ALLOWED, { status: institution.filingStatus, kind: row.kind });
      const now = new Date();
      return { filingNumber: await allocateFilingNumber(tx, row.districtCode, todayInShanghai(now).slice(0, 4)), filedAt: now };
    },
  }));
}
