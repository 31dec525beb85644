import type { CreateCommunityBody, EditableJurisdictionField, JurisdictionDetail, UpdateJurisdictionBody } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { Tx } from '../../platform/db/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { planEdit, yearInChina } from './jurisdiction-edits.ts';
import { JurisdictionErrors } from './jurisdictions.errors.ts';
import { assertCommunityCode, assertDeletable, assertEditAllowed } from './jurisdictions.policy.ts';
import { forgetAreaNames } from './area-names.ts';
import * as repo from './jurisdictions.repository.ts';
import { detailOf } from './jurisdictions.service.ts';
import type { JurisdictionRow } from './jurisdictions.tables.ts';

/** What the audit entry digests: the record without the derived bounding box. */
function auditView(row: JurisdictionRow) {
  const { bboxMinLng: _a, bboxMinLat: _b, bboxMaxLng: _c, bboxMaxLat: _d, ...rest } = row;
  return rest;
}

/** Runs the edit in a transaction, then has the next look-up of area names read them again. */
async function afterNamesChange<T>(ctx: RequestContext, edit: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await ctx.db.transaction(edit);
  forgetAreaNames(ctx.db);
  return result;
}

/** An administrator's correction of names, figures, zone or shape; unchanged values are not edits. */
export async function updateJurisdiction(ctx: RequestContext, code: string, body: UpdateJurisdictionBody): Promise<JurisdictionDetail> {
  return afterNamesChange(ctx, async (tx) => {
    const before = await repo.findRow(tx, code, { forUpdate: true });
    if (!before) throw notFound({ code });
    const plan = planEdit(before, body, new Date());
    assertEditAllowed(before, plan);
    if (plan.changed.length === 0) return detailOf(tx, before);
    const after = await repo.updateRow(tx, code, plan.patch);
    await recordAudit(tx, ctx, {
      action: 'jurisdictions.update',
      entityType: 'jurisdiction',
      entityId: code,
      jurisdictionCode: code,
      before: auditView(before),
      after: auditView(after),
      details: { fields: plan.changed },
    });
    return detailOf(tx, after);
  });
}

/** Adds a community (社区/村) under a subdistrict; the national list the platform ships has none. */
export async function createCommunity(ctx: RequestContext, body: CreateCommunityBody): Promise<JurisdictionDetail> {
  assertCommunityCode(body);
  return afterNamesChange(ctx, async (tx) => {
    const parent = await repo.findNode(tx, body.parentCode);
    if (!parent) throw new DomainError(JurisdictionErrors.PARENT_JURISDICTION_NOT_FOUND, { parentCode: body.parentCode }, [{ path: 'body.parentCode', code: 'custom' }]);
    const hasPopulation = body.population !== undefined;
    const created = await repo.insertRow(tx, {
      code: body.code,
      parentCode: body.parentCode,
      level: 'community',
      nameZh: body.nameZh,
      nameEn: body.nameEn ?? null,
      population: body.population ?? null,
      populationSource: hasPopulation ? 'manual' : null,
      populationYear: hasPopulation ? (body.populationYear ?? yearInChina(new Date())) : null,
      manualFields: ['nameZh', ...(body.nameEn ? ['nameEn' as const] : []), ...(hasPopulation ? ['population' as const] : [])] satisfies EditableJurisdictionField[],
    });
    if (!created) throw new DomainError(JurisdictionErrors.JURISDICTION_CODE_TAKEN, { code: body.code }, [{ path: 'body.code', code: 'custom' }]);
    await recordAudit(tx, ctx, { action: 'jurisdictions.create', entityType: 'jurisdiction', entityId: body.code, jurisdictionCode: body.code, after: auditView(created) });
    return detailOf(tx, created);
  });
}

/** Removes a community nothing refers to (other modules' foreign keys refuse otherwise). */
export async function deleteCommunity(ctx: RequestContext, code: string): Promise<void> {
  await afterNamesChange(ctx, async (tx) => {
    const before = await repo.findRow(tx, code, { forUpdate: true });
    if (!before) throw notFound({ code });
    assertDeletable(before);
    await repo.deleteRow(tx, code);
    await recordAudit(tx, ctx, { action: 'jurisdictions.delete', entityType: 'jurisdiction', entityId: code, jurisdictionCode: code, before: auditView(before) });
  });
}
