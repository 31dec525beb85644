import { EVIDENCE_PER_CASE_MAX, openCaseStates, type CaseCategory, type CaseReceipt, type PublicCase, type SatisfactionInput } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { hitRateLimit } from '../../platform/rate-limit/index.ts';
import { calendarAt } from '../filings/index.ts';
import { numberInForce, resolvePolicy, type EffectivePolicies } from '../policies/index.ts';
import { recordNewCaseNotices, textTrackingCode, textUrgentCase } from './alerts.ts';
import type { CaseDeps } from './case-deps.ts';
import { toPublicCase } from './case-views.ts';
import { CaseErrors } from './cases.errors.ts';
import * as repo from './cases.repository.ts';
import { caseDeadlines, coDepartmentOf, isUrgentCategory } from './routing.ts';
import { formatTrackingCode, newTrackingCode, normaliseTrackingCode } from './tracking-code.ts';

/** A new case as the routes hand it over: a report (maybe anonymous) or a family's complaint. */
export type CaseSubmission = {
  kind: 'complaint' | 'report';
  category: CaseCategory;
  institutionId?: string;
  institutionName?: string;
  districtCode?: string;
  subdistrictCode?: string;
  address?: string;
  description: string;
  isAnonymous: boolean;
  submitter: { userId: string | null; name: string | null; phone: string | null };
  /** Where to text the tracking code: the submitter's number, or one an anonymous reporter gave for this alone (not kept). */
  textCodeTo: string | null;
};

const DAY = 86_400;

/** Where the case goes: the registered institution's place, or the district (and subdistrict) named. */
async function placeOf(ctx: RequestContext, input: CaseSubmission) {
  if (input.institutionId) {
    const institution = await repo.findInstitutionPlace(ctx.db, input.institutionId);
    if (!institution) throw new DomainError(CaseErrors.CASE_PLACE_UNKNOWN);
    return { institutionId: institution.id, institutionName: institution.name, districtCode: institution.districtCode, subdistrictCode: institution.subdistrictCode as string | null };
  }
  if (!input.districtCode || !(await repo.placeExists(ctx.db, input.districtCode, input.subdistrictCode))) throw new DomainError(CaseErrors.CASE_PLACE_UNKNOWN);
  return { institutionId: null, institutionName: null, districtCode: input.districtCode, subdistrictCode: input.subdistrictCode ?? null };
}

/** Anti-abuse: so many cases a day per phone number and per network address, as the profile says. */
async function checkRateLimits(ctx: RequestContext, deps: CaseDeps, policies: EffectivePolicies, phone: string | null): Promise<void> {
  const gates: [string, number | null][] = [[`cases:address:${deps.vault.lookupHash(ctx.ip)}`, numberInForce(policies, 'cases.perAddressPerDay')]];
  if (phone) gates.push([`cases:phone:${deps.vault.lookupHash(phone)}`, numberInForce(policies, 'cases.perPhonePerDay')]);
  for (const [key, limit] of gates) {
    if (limit === null) continue;
    const gate = await hitRateLimit(ctx.db, key, limit, DAY);
    if (!gate.allowed) throw new DomainError('RATE_LIMITED', { retryAfterSeconds: gate.retryAfterSeconds });
  }
}

/**
 * Files a complaint or report: routes it to the district health commission and the department its
 * category concerns, sets its deadlines from the profile, links it to an earlier one of the same
 * submitter, place and category as a duplicate, and alerts the handlers (at once, by text too,
 * when urgent). The submitter gets the tracking code.
 */
export async function submitCase(ctx: RequestContext, deps: CaseDeps, input: CaseSubmission): Promise<CaseReceipt> {
  const place = await placeOf(ctx, input);
  const policies = await resolvePolicy(ctx.db, place.districtCode);
  // The number texted counts against its limit too, anonymous or not: no flooding someone's phone.
  await checkRateLimits(ctx, deps, policies, input.textCodeTo ?? input.submitter.phone);
  const { userId, phone } = input.submitter;
  const submitterKey = deps.vault.lookupHash(userId ? `user:${userId}` : phone ? `phone:${phone}` : `address:${ctx.ip}`);
  const isUrgent = isUrgentCategory(input.category);
  const now = new Date();
  const deadlines = caseDeadlines(policies, await calendarAt(ctx.db, place.districtCode), now, isUrgent);
  const institutionName = place.institutionId ? null : (input.institutionName ?? null);
  const windowDays = numberInForce(policies, 'cases.duplicateWindowDays');

  const { row, notices } = await ctx.db.transaction(async (tx) => {
    const original = windowDays === null ? null : await repo.findDuplicateOf(tx, { submitterKey, category: input.category, institutionId: place.institutionId, institutionName, districtCode: place.districtCode, windowDays });
    const row = await repo.insertCase(tx, {
      trackingCode: newTrackingCode(),
      kind: input.kind,
      category: input.category,
      isUrgent,
      state: original ? 'duplicate' : 'submitted',
      institutionId: place.institutionId,
      institutionName,
      address: input.address ?? null,
      districtCode: place.districtCode,
      subdistrictCode: place.subdistrictCode,
      coDepartment: coDepartmentOf(policies, input.category),
      description: input.description,
      isAnonymous: input.isAnonymous,
      submitterUserId: input.isAnonymous ? null : userId,
      submitterName: input.isAnonymous ? null : input.submitter.name,
      submitterPhone: input.isAnonymous ? null : phone,
      submitterKey,
      acknowledgeDueAt: original ? null : deadlines.acknowledgeDueAt,
      resolveDueAt: original ? null : deadlines.resolveDueAt,
      duplicateOfId: original?.id ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertEvent(tx, { caseId: row.id, kind: 'submitted', isPublic: true, createdAt: now });
    // A millisecond later, so the timeline keeps the order.
    if (original) await repo.insertEvent(tx, { caseId: row.id, kind: 'duplicate', isPublic: true, createdAt: new Date(now.getTime() + 1) });
    const notices = original ? [] : await recordNewCaseNotices(tx, row, place.institutionName ?? institutionName);
    const jurisdictionCode = row.subdistrictCode ?? row.districtCode;
    await recordAudit(tx, ctx, { action: 'case.submit', entityType: 'case', entityId: row.id, jurisdictionCode, after: { ...row, submitterKey: undefined }, details: { kind: row.kind, category: row.category, isUrgent, duplicateOfId: row.duplicateOfId } });
    return { row, notices };
  });
  await textUrgentCase(ctx.db, deps, row, notices);
  const isCodeTexted = input.textCodeTo ? await textTrackingCode(deps, input.textCodeTo, row) : false;
  return { trackingCode: formatTrackingCode(row.trackingCode), state: row.state, isUrgent, isDuplicate: row.duplicateOfId !== null, isCodeTexted, acknowledgeDueAt: row.acknowledgeDueAt?.toISOString() ?? null, resolveDueAt: row.resolveDueAt?.toISOString() ?? null };
}

/** Look-ups per network address in ten minutes: enough for people, too few to walk the code space. */
const LOOKUPS_PER_ADDRESS = 60;

/** The case a tracking code names; limited per address so that codes cannot be tried in bulk. */
async function foundByCode(ctx: RequestContext, deps: CaseDeps, typed: string) {
  const gate = await hitRateLimit(ctx.db, `cases:lookup:${deps.vault.lookupHash(ctx.ip)}`, LOOKUPS_PER_ADDRESS, 600);
  if (!gate.allowed) throw new DomainError('RATE_LIMITED', { retryAfterSeconds: gate.retryAfterSeconds });
  const code = normaliseTrackingCode(typed);
  const found = code ? await repo.findByTrackingCode(ctx.db, code) : null;
  if (!found) throw notFound();
  return found;
}

export const canAddEvidence = (state: string, count: number) => (openCaseStates as readonly string[]).includes(state) && count < EVIDENCE_PER_CASE_MAX;

export async function lookUpCase(ctx: RequestContext, deps: CaseDeps, typed: string): Promise<PublicCase> {
  const found = await foundByCode(ctx, deps, typed);
  const [events, evidenceCount] = await Promise.all([repo.listEvents(ctx.db, found.row.id, true), repo.countEvidence(ctx.db, found.row.id)]);
  return toPublicCase(found, events, evidenceCount, canAddEvidence(found.row.state, evidenceCount));
}

/** The submitter's satisfaction with the reply, once; it closes the case. */
export async function giveSatisfaction(ctx: RequestContext, deps: CaseDeps, typed: string, input: SatisfactionInput): Promise<PublicCase> {
  const found = await foundByCode(ctx, deps, typed);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockCase(tx, found.row.id);
    if (!row || row.state !== 'replied' || row.satisfaction !== null) throw new DomainError(CaseErrors.CASE_SATISFACTION_NOT_OPEN);
    const closed = await repo.updateCase(tx, row.id, { state: 'closed', satisfaction: input.level, satisfactionComment: input.comment ?? null });
    await repo.insertEvent(tx, { caseId: row.id, kind: 'satisfaction', isPublic: true });
    await recordAudit(tx, ctx, { action: 'case.satisfaction', entityType: 'case', entityId: row.id, jurisdictionCode: row.subdistrictCode ?? row.districtCode, before: { state: row.state }, after: { state: closed.state, satisfaction: closed.satisfaction } });
  });
  return lookUpCase(ctx, deps, typed);
}
