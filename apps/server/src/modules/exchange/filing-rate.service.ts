import type { FilingRate, FilingRateQuery, FilingStatus } from '@youyu/contracts';
import { DomainError } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { InstitutionErrors } from '../institutions/index.ts';
import { getJurisdiction, listChildren, type Jurisdiction } from '../jurisdictions/index.ts';
import { filingStatusCounts } from './registrations.repository.ts';

type Counts = Omit<FilingRate, 'jurisdictionCode' | 'name' | 'byArea'>;

const STANDING: readonly FilingStatus[] = ['filed', 'suspended'];
const IN_PROGRESS: readonly FilingStatus[] = ['draft', 'submitted', 'underReview', 'returned'];

const emptyCounts = (): Counts => ({ registered: 0, filed: 0, inProgress: 0, notStarted: 0, refused: 0, rate: null });

function add(counts: Counts, status: FilingStatus, n: number): void {
  counts.registered += n;
  if (STANDING.includes(status)) counts.filed += n;
  else if (IN_PROGRESS.includes(status)) counts.inProgress += n;
  else if (status === 'registered') counts.notStarted += n;
  else if (status === 'refused') counts.refused += n;
}

const nameIn = (ctx: RequestContext, node: Jurisdiction) => (ctx.locale === 'en-US' ? (node.nameEn ?? node.nameZh) : node.nameZh);

const withRate = <T extends Counts>(counts: T): T => ({ ...counts, rate: counts.registered > 0 ? counts.filed / counts.registered : null });

/**
 * The filing rate (备案率 = filed / registered) of a jurisdiction and of each area one level down:
 * districts of a city, subdistricts of a district. Every institution in the registry carries its
 * registration (registrar and credit code), so "registered" counts every one that has not closed.
 */
export async function getFilingRate(ctx: RequestContext, query: FilingRateQuery): Promise<FilingRate> {
  const code = query.jurisdiction ?? ctx.actor?.jurisdictionCode;
  if (!code) throw new DomainError(InstitutionErrors.JURISDICTION_REQUIRED);
  const node = await getJurisdiction(ctx.db, code);
  const areas = node.level === 'city' || node.level === 'district' ? await listChildren(ctx.db, code) : [];
  const rows = await filingStatusCounts(ctx.db, code, node.level === 'city' ? 'district' : 'subdistrict');
  const total = emptyCounts();
  const byArea = new Map(areas.map((a) => [a.code, { code: a.code, name: nameIn(ctx, a), ...emptyCounts() }]));
  for (const row of rows) {
    add(total, row.filingStatus, row.n);
    const area = byArea.get(row.area);
    if (area) add(area, row.filingStatus, row.n);
  }
  return { jurisdictionCode: node.code, name: nameIn(ctx, node), ...withRate(total), byArea: [...byArea.values()].map(withRate) };
}
