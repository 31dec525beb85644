import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { EVIDENCE_MAX_BYTES, EVIDENCE_PER_CASE_MAX, type CaseEvidence } from '@youyu/contracts';
import { recordAudit, recordAuditAlone } from '../../platform/audit/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { extensionOf, openAudited, sniffContentType, storeThenRecord } from '../../platform/storage/index.ts';
import { cleanFileName } from '../filings/index.ts';
import type { CaseDeps } from './case-deps.ts';
import { toEvidence } from './case-views.ts';
import { CaseErrors } from './cases.errors.ts';
import * as repo from './cases.repository.ts';
import { canAddEvidence } from './submission.service.ts';
import { normaliseTrackingCode } from './tracking-code.ts';

export type EvidenceUpload = { fileName: string; body: Buffer };

/**
 * Adds one evidence file to an open case, by its tracking code (holding the code is what makes
 * the submitter): PDF, JPEG or PNG by its first bytes, within the size limit, at most a few per
 * case. The bytes go to the object store first and are removed again if the record fails.
 */
export async function addEvidence(ctx: RequestContext, deps: CaseDeps, typedCode: string, upload: EvidenceUpload): Promise<CaseEvidence> {
  const code = normaliseTrackingCode(typedCode);
  const found = code ? await repo.findByTrackingCode(ctx.db, code) : null;
  if (!found) throw notFound();
  if (upload.body.length === 0) throw new DomainError(CaseErrors.CASE_EVIDENCE_MISSING);
  if (upload.body.length > EVIDENCE_MAX_BYTES) throw new DomainError(CaseErrors.CASE_EVIDENCE_TOO_LARGE, { maxMb: EVIDENCE_MAX_BYTES / 1024 / 1024 });
  const contentType = sniffContentType(upload.body.subarray(0, 16));
  if (!contentType) throw new DomainError(CaseErrors.CASE_EVIDENCE_TYPE_NOT_ALLOWED);
  const storageKey = `cases/${found.row.id}/${randomUUID()}`;
  const saved = await storeThenRecord(deps.store, storageKey, upload.body, contentType, () =>
    ctx.db.transaction(async (tx) => {
      const row = await repo.lockCase(tx, found.row.id);
      if (!row) throw notFound();
      const count = await repo.countEvidence(tx, row.id);
      if (count >= EVIDENCE_PER_CASE_MAX) throw new DomainError(CaseErrors.CASE_EVIDENCE_LIMIT, { max: EVIDENCE_PER_CASE_MAX });
      if (!canAddEvidence(row.state, count)) throw new DomainError(CaseErrors.CASE_STATE_INVALID, { state: row.state });
      const evidence = await repo.insertEvidence(tx, {
        caseId: row.id,
        fileName: cleanFileName(upload.fileName, `evidence.${extensionOf[contentType]}`),
        contentType,
        sizeBytes: upload.body.length,
        sha256: createHash('sha256').update(upload.body).digest('hex'),
        storageKey,
      });
      await repo.updateCase(tx, row.id, {});
      await repo.insertEvent(tx, { caseId: row.id, kind: 'evidenceAdded', isPublic: true });
      await recordAudit(tx, ctx, { action: 'case.evidence.add', entityType: 'case', entityId: row.id, jurisdictionCode: row.subdistrictCode ?? row.districtCode, after: { ...evidence, storageKey: undefined } });
      return evidence;
    }),
  );
  return toEvidence(saved);
}

/** An evidence file's bytes, for the handlers; every opening is audited. */
export async function openEvidence(ctx: RequestContext, deps: CaseDeps, caseId: string, evidenceId: string): Promise<{ evidence: repo.EvidenceRow; stream: Readable }> {
  const evidence = await repo.findEvidence(ctx.db, caseId, evidenceId);
  if (!evidence) throw notFound();
  const stream = await openAudited(
    deps.store,
    evidence.storageKey,
    () => new DomainError(CaseErrors.CASE_EVIDENCE_UNAVAILABLE),
    () => recordAuditAlone(ctx, { action: 'case.evidence.open', entityType: 'case', entityId: caseId, details: { evidenceId } }),
  );
  return { evidence, stream };
}
