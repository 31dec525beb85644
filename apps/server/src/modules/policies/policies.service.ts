import {
  NATIONAL,
  type EffectivePolicies,
  type PolicyCatalogue,
  type PolicyProfileList,
  type PolicyProfileVersion,
  type ProfileJurisdiction,
  type UpdateDraftBody,
} from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { findJurisdiction } from '../jurisdictions/index.ts';
import { policyCatalogue, policyKeys } from './policies.catalogue.ts';
import { PoliciesErrors } from './policies.errors.ts';
import { addDays, profileLevel, todayInShanghai } from './policies.jurisdiction.ts';
import { assertDraftAtRevision, assertNotNational } from './policies.policy.ts';
import * as repo from './policies.repository.ts';
import { resolveNationalRules, resolvePolicy } from './policies.resolve.ts';
import type { PolicyProfileRow } from './policies.tables.ts';
import { findLoosenings, toEntry, unexplainedLoosenings, validateEntries } from './policies.values.ts';
import { isInEffect, toSummary, toVersion } from './policies.view.ts';

const ENTITY = 'policyProfileVersion';
const auditJurisdiction = (code: string) => (code === NATIONAL ? null : code);
const actorOf = (ctx: RequestContext) => ({ userId: ctx.actor?.userId ?? null, name: ctx.actor?.displayName ?? null });

async function looseningsOf(exec: Executor, row: PolicyProfileRow) {
  if (row.jurisdictionCode === NATIONAL) return [];
  return findLoosenings(row.values, await resolveNationalRules(exec, row.effectiveFrom));
}

async function viewOf(exec: Executor, row: PolicyProfileRow): Promise<PolicyProfileVersion> {
  return toVersion(row, await looseningsOf(exec, row));
}

/** A new version must start after the one in force, or the latter would apply on no day at all. */
function assertStartsAfter(active: PolicyProfileRow | undefined, effectiveFrom: string): void {
  if (active && effectiveFrom <= active.effectiveFrom) throw new DomainError(PoliciesErrors.EFFECTIVE_FROM_TOO_EARLY, { date: active.effectiveFrom }, [{ path: 'body.effectiveFrom', code: 'too_small', params: { minimum: addDays(active.effectiveFrom, 1) } }]);
}

/**
 * Publishes a draft: the version in force so far ends the day before the draft starts and is kept
 * as superseded. Runs inside the caller's transaction (publication and shipped installs).
 */
export async function putIntoForce(tx: Executor, draft: PolicyProfileRow, publisher: { userId: string | null; name: string | null }) {
  const active = await repo.lockActive(tx, draft.jurisdictionCode);
  assertStartsAfter(active, draft.effectiveFrom);
  const previous = active ? await repo.supersedeVersion(tx, active.id, addDays(draft.effectiveFrom, -1)) : null;
  const published = await repo.activateVersion(tx, draft.id, draft.revision, publisher);
  if (!published) throw new DomainError('CONFLICT');
  return { previous, published };
}

export async function listProfiles(ctx: RequestContext, query: { jurisdiction?: ProfileJurisdiction }): Promise<PolicyProfileList> {
  const rows = await repo.listVersions(ctx.db, query.jurisdiction);
  const today = todayInShanghai();
  const byJurisdiction = new Map<string, PolicyProfileRow[]>();
  for (const row of rows) byJurisdiction.set(row.jurisdictionCode, [...(byJurisdiction.get(row.jurisdictionCode) ?? []), row]);
  // The national floor first, then cities and districts by code.
  const codes = [...byJurisdiction.keys()].sort((a, b) => (a === NATIONAL ? -1 : b === NATIONAL ? 1 : a.localeCompare(b)));
  return {
    items: codes.map((code) => {
      const versions = byJurisdiction.get(code)!;
      const current = versions.find((r) => isInEffect(r, today));
      return { jurisdictionCode: code, level: profileLevel(code), current: current ? toSummary(current) : null, versions: versions.map(toSummary) };
    }),
  };
}

export async function getProfileVersion(ctx: RequestContext, id: string): Promise<PolicyProfileVersion> {
  const row = await repo.findVersion(ctx.db, id);
  if (!row) throw notFound();
  return viewOf(ctx.db, row);
}

/** The merged view; the public one leaves out the keys marked internal. */
export async function getEffectivePolicies(ctx: RequestContext, query: { jurisdiction: string; date?: string }, options: { publicOnly: boolean }): Promise<EffectivePolicies> {
  const effective = await resolvePolicy(ctx.db, query.jurisdiction, query.date);
  if (!options.publicOnly) return effective;
  const publicKeys = new Set(policyKeys().filter((k) => !k.isInternal).map((k) => k.key));
  return { ...effective, values: Object.fromEntries(Object.entries(effective.values).filter(([key]) => publicKeys.has(key))) };
}

export function getCatalogue(): PolicyCatalogue {
  return policyCatalogue();
}

/** Opens a draft for a city or district, copying the values of the version in force. */
export async function createDraft(ctx: RequestContext, body: { jurisdictionCode: ProfileJurisdiction; effectiveFrom?: string }): Promise<PolicyProfileVersion> {
  assertNotNational(body.jurisdictionCode);
  return ctx.db.transaction(async (tx) => {
    if (!(await findJurisdiction(tx, body.jurisdictionCode))) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.jurisdictionCode', code: 'invalid_value' }]);
    const existing = await repo.findDraft(tx, body.jurisdictionCode);
    if (existing) throw new DomainError(PoliciesErrors.DRAFT_EXISTS, { id: existing.id });
    const active = await repo.lockActive(tx, body.jurisdictionCode);
    const today = todayInShanghai();
    const effectiveFrom = body.effectiveFrom ?? (active && active.effectiveFrom >= today ? addDays(active.effectiveFrom, 1) : today);
    assertStartsAfter(active, effectiveFrom);
    const author = actorOf(ctx);
    const row = await repo.insertVersion(tx, {
      jurisdictionCode: body.jurisdictionCode,
      level: profileLevel(body.jurisdictionCode),
      version: await repo.nextVersionNumber(tx, body.jurisdictionCode),
      status: 'draft',
      effectiveFrom,
      values: active?.values ?? {},
      createdBy: author.userId,
      createdByName: author.name,
    });
    const view = await viewOf(tx, row);
    await recordAudit(tx, ctx, { action: 'policies.createDraft', entityType: ENTITY, entityId: row.id, jurisdictionCode: auditJurisdiction(row.jurisdictionCode), after: row, details: { version: row.version, copiedFrom: active?.id ?? null } });
    return view;
  });
}

/**
 * Edits a draft at the revision the caller saw. Values are checked against their key's type, and a
 * value less strict than the national rule needs a reason (LOOSENS_NATIONAL_RULE otherwise).
 */
export async function updateDraft(ctx: RequestContext, id: string, body: UpdateDraftBody): Promise<PolicyProfileVersion> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findVersion(tx, id);
    if (!row) throw notFound();
    assertDraftAtRevision(row, body.revision);
    const patch = body.values ?? {};
    const invalid = validateEntries(patch, 'body.values');
    if (invalid.length > 0) throw new DomainError('VALIDATION_FAILED', {}, invalid);

    const effectiveFrom = body.effectiveFrom ?? row.effectiveFrom;
    if (effectiveFrom !== row.effectiveFrom) assertStartsAfter(await repo.lockActive(tx, row.jurisdictionCode), effectiveFrom);
    const values = { ...row.values };
    for (const [key, entry] of Object.entries(patch)) {
      if (entry) values[key] = toEntry(entry);
      else delete values[key];
    }
    const changed = Object.fromEntries(Object.keys(patch).filter((k) => values[k]).map((k) => [k, values[k]!]));
    const unexplained = unexplainedLoosenings(findLoosenings(changed, await resolveNationalRules(tx, effectiveFrom)), 'body.values', ctx.locale);
    if (unexplained.length > 0) throw new DomainError(PoliciesErrors.LOOSENS_NATIONAL_RULE, { count: unexplained.length }, unexplained);

    const updated = await repo.updateDraftRow(tx, id, body.revision, {
      values,
      effectiveFrom,
      reason: body.reason === undefined ? row.reason : body.reason || null,
      notes: body.notes === undefined ? row.notes : body.notes || null,
    });
    if (!updated) throw new DomainError('CONFLICT');
    const view = await viewOf(tx, updated);
    await recordAudit(tx, ctx, { action: 'policies.updateDraft', entityType: ENTITY, entityId: id, jurisdictionCode: auditJurisdiction(row.jurisdictionCode), before: row, after: updated, details: { keys: Object.keys(patch) } });
    return view;
  });
}

/**
 * Publishes a draft at the revision the caller saw; of two publications racing with one revision,
 * the row lock lets exactly one through and the other sees the bumped revision (CONFLICT).
 */
export async function publishDraft(ctx: RequestContext, id: string, body: { revision: number }): Promise<PolicyProfileVersion> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.lockVersion(tx, id);
    if (!row) throw notFound();
    assertDraftAtRevision(row, body.revision);
    // The catalogue or the national rules may have changed since the draft was edited.
    const invalid = validateEntries(row.values, 'values');
    if (invalid.length > 0) throw new DomainError('VALIDATION_FAILED', {}, invalid);
    const loosenings = findLoosenings(row.values, await resolveNationalRules(tx, row.effectiveFrom));
    const unexplained = unexplainedLoosenings(loosenings, 'values', ctx.locale);
    if (unexplained.length > 0) throw new DomainError(PoliciesErrors.LOOSENS_NATIONAL_RULE, { count: unexplained.length }, unexplained);

    const { previous, published } = await putIntoForce(tx, row, actorOf(ctx));
    await recordAudit(tx, ctx, {
      action: 'policies.publish',
      entityType: ENTITY,
      entityId: id,
      jurisdictionCode: auditJurisdiction(row.jurisdictionCode),
      before: row,
      after: published,
      details: { version: published.version, effectiveFrom: published.effectiveFrom, supersededId: previous?.id ?? null, loosenedKeys: loosenings.map((l) => l.key) },
    });
    return toVersion(published, loosenings);
  });
}

export async function deleteDraft(ctx: RequestContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockVersion(tx, id);
    if (!row) throw notFound();
    assertDraftAtRevision(row, null);
    await repo.deleteDraftRow(tx, id);
    await recordAudit(tx, ctx, { action: 'policies.deleteDraft', entityType: ENTITY, entityId: id, jurisdictionCode: auditJurisdiction(row.jurisdictionCode), before: row, details: { version: row.version } });
  });
}
