import { recordAuditAlone } from '../../platform/audit/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { cityCodeOf, findJurisdiction } from '../jurisdictions/index.ts';
import { FilingErrors } from './filings.errors.ts';
import * as repo from './filings.repository.ts';
import { renderReceipt } from './receipt.ts';
import { todayInShanghai } from './working-days.ts';

/** 2026-11-23 16:52 in Asia/Shanghai, as the receipt prints it. */
const shanghaiTime = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

const nameOf = async (ctx: RequestContext, code: string) => (await findJurisdiction(ctx.db, code))?.nameZh ?? code;

/** The filing receipt (备案回执) of a filed application, as the applicant prints it; an audited export. */
export async function filingReceipt(ctx: RequestContext, id: string): Promise<{ fileName: string; pdf: Buffer }> {
  const row = await repo.findFiling(ctx.db, id);
  if (!row) throw notFound();
  const isStanding = row.state === 'filed' || (row.kind === 'initial' && row.state === 'suspended');
  if (!isStanding || !row.snapshot || !row.filingNumber || !row.filedAt) throw new DomainError(FilingErrors.RECEIPT_NOT_AVAILABLE, { state: row.state });
  const snapshot = row.snapshot;
  const pdf = await renderReceipt({
    kind: row.kind,
    filingId: row.id,
    filingNumber: row.filingNumber,
    filedOn: todayInShanghai(row.filedAt),
    snapshot,
    districtName: await nameOf(ctx, snapshot.districtCode),
    subdistrictName: await nameOf(ctx, snapshot.subdistrictCode),
    cityName: await nameOf(ctx, cityCodeOf(snapshot.districtCode)),
    directorName: snapshot.staff.find((s) => s.role === 'director')?.name ?? null,
    generatedAt: shanghaiTime(new Date()),
  });
  await recordAuditAlone(ctx, { action: 'filing.receipt.export', entityType: 'filing', entityId: id, jurisdictionCode: row.subdistrictCode, details: { filingNumber: row.filingNumber } });
  return { fileName: `${row.filingNumber}.pdf`, pdf };
}
