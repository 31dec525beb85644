import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { MATERIAL_MAX_BYTES, MATERIALS_PER_FILING_MAX, type FilingMaterial, type MaterialCategory } from '@youyu/contracts';
import { recordAudit, recordAuditAlone } from '../../platform/audit/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { extensionOf, openAudited, sniffContentType, storeThenRecord } from '../../platform/storage/index.ts';
import { toMaterial } from './filing-views.ts';
import { FilingErrors } from './filings.errors.ts';
import * as repo from './filings.repository.ts';
import type { FilingDeps } from './filings.service.ts';

/** Materials change only while the applicant holds the application (a draft, or returned for correction). */
function assertOpen(row: repo.FilingRow | null): asserts row is repo.FilingRow {
  if (!row) throw notFound();
  if (row.state !== 'draft' && row.state !== 'returned') throw new DomainError(FilingErrors.FILING_STATE_INVALID, { state: row.state, action: 'materials' });
}

/** The name as the applicant's computer had it: no path, no control characters, bounded. */
export function cleanFileName(raw: string, fallback: string): string {
  const printable = [...raw].filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f).join('');
  const base = path.basename(printable.replaceAll('\\', '/')).trim();
  return [...(base || fallback)].slice(0, 120).join('');
}

export type Upload = { fileName: string; body: Buffer };

/**
 * Stores one material: its type from its first bytes (PDF, JPEG or PNG only), its size within the
 * limit, its SHA-256 kept. The bytes go to the object store first; if the record then cannot be
 * written, they are removed again.
 */
export async function uploadMaterial(ctx: RequestContext, deps: FilingDeps, filingId: string, category: MaterialCategory, upload: Upload): Promise<FilingMaterial> {
  assertOpen(await repo.findFiling(ctx.db, filingId));
  if (upload.body.length === 0) throw new DomainError(FilingErrors.MATERIAL_FILE_MISSING);
  if (upload.body.length > MATERIAL_MAX_BYTES) throw new DomainError(FilingErrors.MATERIAL_TOO_LARGE, { maxMb: MATERIAL_MAX_BYTES / 1024 / 1024 });
  const contentType = sniffContentType(upload.body.subarray(0, 16));
  if (!contentType) throw new DomainError(FilingErrors.MATERIAL_TYPE_NOT_ALLOWED);
  const storageKey = `filings/${filingId}/${randomUUID()}`;
  const created = await storeThenRecord(deps.store, storageKey, upload.body, contentType, () =>
    ctx.db.transaction(async (tx) => {
      const row = await repo.lockFiling(tx, filingId);
      assertOpen(row);
      if ((await repo.countMaterials(tx, filingId)) >= MATERIALS_PER_FILING_MAX) throw new DomainError(FilingErrors.MATERIALS_LIMIT, { max: MATERIALS_PER_FILING_MAX });
      const material = await repo.insertMaterial(tx, {
        filingId,
        institutionId: row.institutionId,
        districtCode: row.districtCode,
        subdistrictCode: row.subdistrictCode,
        category,
        fileName: cleanFileName(upload.fileName, `${category}.${extensionOf[contentType]}`),
        contentType,
        sizeBytes: upload.body.length,
        sha256: createHash('sha256').update(upload.body).digest('hex'),
        storageKey,
        uploadedBy: ctx.actor?.userId ?? null,
        uploadedByName: ctx.actor?.displayName ?? null,
      });
      await recordAudit(tx, ctx, { action: 'filing.material.upload', entityType: 'filing', entityId: filingId, jurisdictionCode: row.subdistrictCode, after: { ...material, storageKey: undefined }, details: { materialId: material.id, category } });
      return material;
    }),
  );
  return toMaterial(created);
}

export async function deleteMaterial(ctx: RequestContext, deps: FilingDeps, filingId: string, materialId: string): Promise<void> {
  const storageKey = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockFiling(tx, filingId);
    assertOpen(row);
    const material = await repo.findMaterial(tx, filingId, materialId);
    if (!material) throw notFound();
    await repo.deleteMaterial(tx, materialId);
    await recordAudit(tx, ctx, { action: 'filing.material.delete', entityType: 'filing', entityId: filingId, jurisdictionCode: row.subdistrictCode, before: { ...material, storageKey: undefined }, details: { materialId, category: material.category } });
    return material.storageKey;
  });
  // The record is gone; an object left behind by a failed delete is unreachable and harmless.
  await deps.store.delete(storageKey).catch((err: unknown) => deps.log.warn({ err, storageKey }, 'material object not deleted'));
}

/** A material's bytes, for the reviewer and the applicant; every download is audited. */
export async function openMaterial(ctx: RequestContext, deps: FilingDeps, filingId: string, materialId: string): Promise<{ material: repo.MaterialRow; stream: Readable }> {
  const material = await repo.findMaterial(ctx.db, filingId, materialId);
  if (!material) throw notFound();
  const stream = await openAudited(
    deps.store,
    material.storageKey,
    () => new DomainError(FilingErrors.MATERIAL_UNAVAILABLE),
    () => recordAuditAlone(ctx, { action: 'filing.material.download', entityType: 'filing', entityId: filingId, jurisdictionCode: material.subdistrictCode, details: { materialId, category: material.category } }),
  );
  return { material, stream };
}
