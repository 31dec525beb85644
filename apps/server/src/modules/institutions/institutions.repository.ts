import { and, asc, count, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import type { InstitutionKind, InstitutionListQuery, Ownership, FilingStatus } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { children, classes, fees, institutions } from './institutions.tables.ts';
import { containsPattern, withinJurisdiction, withinScope } from './area.ts';
import type { RegistryScope } from './institutions.policy.ts';

/**
 * Places (托位) of each institution: the sum of its class capacities. The one definition every
 * count of places uses (lists, details, summaries, the demo seed's report).
 */
export function placesByInstitution(exec: Executor) {
  return exec
    .select({ institutionId: classes.institutionId, places: sql<number>`sum(${classes.capacity})::int`.as('places') })
    .from(classes)
    .groupBy(classes.institutionId)
    .as('places_by_institution');
}

/** Children enrolled in each institution right now. */
export function enrolledByInstitution(exec: Executor) {
  return exec
    .select({ institutionId: children.institutionId, enrolled: sql<number>`count(*)::int`.as('enrolled') })
    .from(children)
    .where(eq(children.status, 'enrolled'))
    .groupBy(children.institutionId)
    .as('enrolled_by_institution');
}

const placed = { districtCode: institutions.districtCode, subdistrictCode: institutions.subdistrictCode, institutionId: institutions.id };

function listConditions(scope: RegistryScope, query: InstitutionListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [withinScope(placed, scope)];
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(institutions.name, pattern), ilike(institutions.address, pattern), eq(institutions.creditCode, query.q.toUpperCase()), eq(institutions.filingNumber, query.q)));
  }
  if (query.district) conditions.push(eq(institutions.districtCode, query.district));
  if (query.subdistrict) conditions.push(eq(institutions.subdistrictCode, query.subdistrict));
  if (query.kind) conditions.push(eq(institutions.kind, query.kind));
  if (query.ownership) conditions.push(eq(institutions.ownership, query.ownership));
  if (query.inclusive !== undefined) conditions.push(eq(institutions.isInclusive, query.inclusive));
  if (query.filingStatus) conditions.push(eq(institutions.filingStatus, query.filingStatus));
  return and(...conditions);
}

/** Places and enrolled children as columns, from the two subqueries joined by institution. */
function withCounts(exec: Executor) {
  const p = placesByInstitution(exec);
  const e = enrolledByInstitution(exec);
  return {
    columns: { places: sql<number>`coalesce(${p.places}, 0)::int`, enrolled: sql<number>`coalesce(${e.enrolled}, 0)::int` },
    p,
    e,
  };
}

export async function listInstitutionRows(exec: Executor, scope: RegistryScope, query: InstitutionListQuery) {
  const { columns, p, e } = withCounts(exec);
  const where = listConditions(scope, query);
  const rows = await exec
    .select({
      id: institutions.id,
      name: institutions.name,
      kind: institutions.kind,
      ownership: institutions.ownership,
      isInclusive: institutions.isInclusive,
      brand: institutions.brand,
      address: institutions.address,
      lat: institutions.lat,
      lng: institutions.lng,
      districtCode: institutions.districtCode,
      subdistrictCode: institutions.subdistrictCode,
      filingStatus: institutions.filingStatus,
      grade: institutions.grade,
      ...columns,
    })
    .from(institutions)
    .leftJoin(p, eq(p.institutionId, institutions.id))
    .leftJoin(e, eq(e.institutionId, institutions.id))
    .where(where)
    .orderBy(asc(institutions.districtCode), asc(institutions.name), asc(institutions.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(institutions).where(where);
  return { items: rows, total: total?.n ?? 0 };
}

export async function findInstitutionRow(exec: Executor, id: string) {
  const { columns, p, e } = withCounts(exec);
  const [row] = await exec
    .select({ institution: institutions, ...columns })
    .from(institutions)
    .leftJoin(p, eq(p.institutionId, institutions.id))
    .leftJoin(e, eq(e.institutionId, institutions.id))
    .where(eq(institutions.id, id));
  return row ?? null;
}

export function listFeeRows(exec: Executor, institutionId: string) {
  return exec
    .select({ classType: fees.classType, serviceMode: fees.serviceMode, monthlyFeeFen: fees.monthlyFeeFen })
    .from(fees)
    .where(eq(fees.institutionId, institutionId))
    .orderBy(asc(fees.classType), asc(fees.serviceMode));
}

export function listClassRows(exec: Executor, institutionId: string) {
  const enrolled = exec
    .select({ classId: children.classId, enrolled: sql<number>`count(*)::int`.as('enrolled') })
    .from(children)
    .where(and(eq(children.institutionId, institutionId), eq(children.status, 'enrolled')))
    .groupBy(children.classId)
    .as('enrolled_by_class');
  return exec
    .select({ id: classes.id, name: classes.name, classType: classes.classType, capacity: classes.capacity, enrolled: sql<number>`coalesce(${enrolled.enrolled}, 0)::int` })
    .from(classes)
    .leftJoin(enrolled, eq(enrolled.classId, classes.id))
    .where(eq(classes.institutionId, institutionId))
    .orderBy(asc(classes.name), asc(classes.id));
}

/** Where an institution belongs, for the access guard; null when there is no such institution. */
export async function findInstitutionPlace(exec: Executor, id: string) {
  const [row] = await exec.select({ districtCode: institutions.districtCode, subdistrictCode: institutions.subdistrictCode }).from(institutions).where(eq(institutions.id, id));
  return row ?? null;
}

export type SummaryGroup = {
  area: string;
  kind: InstitutionKind;
  ownership: Ownership;
  filingStatus: FilingStatus;
  isInclusive: boolean;
  institutions: number;
  places: number;
  enrolled: number;
};

/**
 * Institutions not withdrawn within a jurisdiction, grouped by every dimension the dashboard
 * splits on (a few hundred groups at most), so one query serves every breakdown.
 */
export async function summaryGroups(exec: Executor, jurisdictionCode: string, areaLevel: 'district' | 'subdistrict'): Promise<SummaryGroup[]> {
  const { columns, p, e } = withCounts(exec);
  const area = areaLevel === 'district' ? institutions.districtCode : institutions.subdistrictCode;
  return exec
    .select({
      area,
      kind: institutions.kind,
      ownership: institutions.ownership,
      filingStatus: institutions.filingStatus,
      isInclusive: institutions.isInclusive,
      institutions: sql<number>`count(*)::int`,
      places: sql<number>`sum(${columns.places})::int`,
      enrolled: sql<number>`sum(${columns.enrolled})::int`,
    })
    .from(institutions)
    .leftJoin(p, eq(p.institutionId, institutions.id))
    .leftJoin(e, eq(e.institutionId, institutions.id))
    .where(and(withinJurisdiction(institutions, jurisdictionCode), ne(institutions.filingStatus, 'withdrawn')))
    .groupBy(area, institutions.kind, institutions.ownership, institutions.filingStatus, institutions.isInclusive);
}

/** Whether any institution is registered within a jurisdiction (the demo seeds only empty cities). */
export async function hasInstitutionsWithin(exec: Executor, jurisdictionCode: string): Promise<boolean> {
  const rows = await exec.select({ id: institutions.id }).from(institutions).where(withinJurisdiction(institutions, jurisdictionCode)).limit(1);
  return rows.length > 0;
}
