import {
  filingStatuses,
  institutionKinds,
  ownerships,
  type InstitutionClass,
  type InstitutionDetail,
  type InstitutionListItem,
  type InstitutionListQuery,
  type InstitutionSummary,
} from '@youyu/contracts';
import { scopePrefix, type RecordScope } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { InstitutionErrors } from './institutions.errors.ts';
import { registryScopeOf } from './institutions.policy.ts';
import type { institutions } from './institutions.tables.ts';
import { findInstitutionPlace, findInstitutionRow, listClassRows, listFeeRows, listInstitutionRows, summaryGroups, type SummaryGroup } from './institutions.repository.ts';

export async function listInstitutions(ctx: RequestContext, query: InstitutionListQuery): Promise<{ items: InstitutionListItem[]; total: number }> {
  return listInstitutionRows(ctx.db, registryScopeOf(ctx.actor), query);
}

/**
 * What an institution is, where and how it serves, from its row: the part of the registry detail
 * that a filing's snapshot also records (filings build theirs with this, so the two never drift).
 */
export function institutionFacts(i: typeof institutions.$inferSelect) {
  return {
    kind: i.kind,
    ownership: i.ownership,
    isInclusive: i.isInclusive,
    brand: i.brand,
    address: i.address,
    lat: i.lat,
    lng: i.lng,
    districtCode: i.districtCode,
    subdistrictCode: i.subdistrictCode,
    contactName: i.contactName,
    contactPhone: i.contactPhone,
    openingHours: i.openingHours,
    serviceModes: i.serviceModes,
    premises: { tenure: i.isPremisesOwned ? ('owned' as const) : ('leased' as const), leaseEndDate: i.leaseEndDate, floorAreaM2: i.floorAreaM2 },
    hasMeals: i.hasMeals,
  };
}

export async function getInstitution(ctx: RequestContext, id: string): Promise<InstitutionDetail> {
  const row = await findInstitutionRow(ctx.db, id);
  if (!row) throw notFound();
  const { institution: i, places, enrolled } = row;
  return {
    id: i.id,
    name: i.name,
    creditCode: i.creditCode,
    legalNature: i.legalNature,
    registrar: i.registrar,
    ...institutionFacts(i),
    filingStatus: i.filingStatus,
    filingNumber: i.filingNumber,
    filedAt: i.filedAt?.toISOString() ?? null,
    grade: i.grade,
    places,
    enrolled,
    fees: await listFeeRows(ctx.db, id),
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    revision: i.revision,
  };
}

export async function listInstitutionClasses(ctx: RequestContext, id: string): Promise<{ items: InstitutionClass[] }> {
  return { items: await listClassRows(ctx.db, id) };
}

/**
 * Where an institution belongs, for access checks (`config.access.scope`) in this and other
 * modules: its subdistrict (within its district and city) and the institution itself.
 */
export async function institutionScope(exec: Executor, id: string): Promise<RecordScope | null> {
  const place = await findInstitutionPlace(exec, id);
  return place ? { jurisdictionCode: place.subdistrictCode, institutionId: id } : null;
}

type Tally = { institutions: number; places: number; enrolled: number };
const emptyTally = (): Tally => ({ institutions: 0, places: 0, enrolled: 0 });
const addTo = (tally: Tally, g: SummaryGroup) => {
  tally.institutions += g.institutions;
  tally.places += g.places;
  tally.enrolled += g.enrolled;
};

/** Every key of a vocabulary, zeros included, so charts keep their categories. */
function tallyBy<K extends string>(keys: readonly K[], groups: SummaryGroup[], keyOf: (g: SummaryGroup) => K) {
  const tallies = new Map(keys.map((k) => [k, emptyTally()]));
  for (const g of groups) addTo(tallies.get(keyOf(g))!, g);
  return keys.map((key) => ({ key, ...tallies.get(key)! }));
}

/**
 * The regulator dashboard's counts for a jurisdiction (default: the caller's). Withdrawn
 * institutions are left out; every other filing status counts, and byFilingStatus tells them apart.
 */
export async function summariseInstitutions(ctx: RequestContext, query: { jurisdiction?: string }): Promise<InstitutionSummary> {
  const code = query.jurisdiction ?? ctx.actor?.jurisdictionCode;
  if (!code) throw new DomainError(InstitutionErrors.JURISDICTION_REQUIRED);
  return summaryOf(ctx.db, code);
}

/** The counts behind the dashboard for one jurisdiction; also the demo seed's report. */
export async function summaryOf(exec: Executor, code: string): Promise<InstitutionSummary> {
  const areaLevel = code.length === 6 && scopePrefix(code).length < 6 ? 'district' : 'subdistrict';
  const groups = await summaryGroups(exec, code, areaLevel);
  const total = emptyTally();
  const inclusive = emptyTally();
  const areas = new Map<string, Tally & { inclusivePlaces: number }>();
  for (const g of groups) {
    addTo(total, g);
    if (g.isInclusive) addTo(inclusive, g);
    const area = areas.get(g.area) ?? { ...emptyTally(), inclusivePlaces: 0 };
    addTo(area, g);
    if (g.isInclusive) area.inclusivePlaces += g.places;
    areas.set(g.area, area);
  }
  return {
    jurisdictionCode: code,
    ...total,
    inclusive,
    byKind: tallyBy(institutionKinds, groups, (g) => g.kind),
    byOwnership: tallyBy(ownerships, groups, (g) => g.ownership),
    byFilingStatus: tallyBy(filingStatuses, groups, (g) => g.filingStatus),
    byArea: [...areas].sort(([a], [b]) => (a < b ? -1 : 1)).map(([areaCode, tally]) => ({ code: areaCode, ...tally })),
  };
}
