import { and, asc, count, desc, eq, getTableName, ilike, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ClassType, RegisterListQuery, RegisterSort } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { heldPlacesByClass } from '../bookings/index.ts';
import { classes, fees, institutions } from '../institutions/index.ts';
import { jurisdictions } from '../jurisdictions/index.ts';
import { distanceFrom, within, type Circle } from './geo.ts';
import { institutionSearchFacts as facts } from './search-facts.tables.ts';
import { feePositions, typePosition } from './search-positions.ts';
import { searchTerms } from './search-terms.ts';

/** Only filed institutions are published: suspended, withdrawn, refused and unfiled ones never are. */
const isPublished = eq(facts.filingStatus, 'filed');

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every word of the search text appears in the name or the brand (in any order). */
function nameMatches(text: string): SQL | undefined {
  const terms = searchTerms(text);
  // Text without a single word character (punctuation only) is matched as it is.
  const words = terms.length > 0 ? terms : [text];
  return and(...words.map((word) => or(ilike(facts.name, containing(word)), ilike(facts.brand, containing(word)))));
}

/** What the service made of the query: the circle to search in and the class types that count. */
export type RegisterSearch = {
  query: RegisterListQuery;
  circle: Circle | null;
  /** Class types that match (the classType filter, the child's age, or both); null: any. */
  classTypes: ClassType[] | null;
  sort: RegisterSort | null;
};

/**
 * A column as "table"."column", for the subqueries: a query without joins renders the columns of
 * its fields unqualified, where the outer institution's "id" would be read as an inner table's own.
 */
const ref = (column: AnyColumn) => sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

/** Element `position` of an integer array column of the search facts (a constant subscript). */
const at = (column: AnyColumn, position: number) => sql`${column}[${sql.raw(String(position))}]`;

/** The terms joined by the operator, or `empty` without any (no class type matches the child's age). */
const joined = (terms: SQL[], operator: string, empty: string) => (terms.length > 0 ? sql`(${sql.join(terms, sql.raw(` ${operator} `))})` : sql.raw(empty));

/**
 * Free places over the institution's classes of the matching types (capacity less enrolled
 * children and open offers, per class), from its search facts: no class is counted at search time.
 */
function vacanciesOf(types: ClassType[] | null): SQL<number> {
  if (!types) return sql<number>`${facts.vacancies}`;
  return sql<number>`${joined(types.map((type) => at(facts.vacanciesByType, typePosition(type))), '+', '0')}`;
}

/** The institution's fees (from its search facts) for the matching class types and service mode: null where it has none. */
const matchingFees = (search: RegisterSearch) => feePositions(search.classTypes, search.query.serviceMode).map((position) => at(facts.feesByPosition, position));

/** The lowest monthly fee (fen) among the matching fees: what `sort=fee` orders by. */
const lowestMatchingFee = (search: RegisterSearch) => sql<number | null>`least${joined(matchingFees(search), ',', '(null::int)')}`;

/**
 * The register's filters, one per query parameter. A filter reads the search and adds a condition
 * or nothing; a new parameter is one more entry here.
 */
type RegisterFilter = (search: RegisterSearch) => SQL | undefined;

const yuanToFen = (yuan: number) => yuan * 100;

const registerFilters: readonly RegisterFilter[] = [
  ({ query: q }) => (q.q ? nameMatches(q.q) : undefined),
  ({ query: q }) => (q.district ? eq(facts.districtCode, q.district) : undefined),
  ({ query: q }) => (q.subdistrict ? eq(facts.subdistrictCode, q.subdistrict) : undefined),
  ({ query: q }) => (q.kind ? eq(facts.kind, q.kind) : undefined),
  ({ query: q }) => (q.inclusive !== undefined ? eq(facts.isInclusive, q.inclusive) : undefined),
  ({ query: q }) => (q.grade ? eq(facts.grade, q.grade) : undefined),
  ({ query: q }) => (q.ownership ? eq(facts.ownership, q.ownership) : undefined),
  ({ classTypes: types }) => (types ? sql`${facts.classTypes} && array[${sql.join(types.map((t) => sql`${t}`), sql`, `)}]::text[]` : undefined),
  ({ query: q }) => (q.serviceMode ? sql`${q.serviceMode} = any(${facts.serviceModes})` : undefined),
  ({ circle }) => (circle ? within(circle) : undefined),
  (search) => {
    const { feeMin, feeMax } = search.query;
    if (feeMin === undefined && feeMax === undefined) return undefined;
    const inBounds = (fee: SQL) => and(feeMin !== undefined ? sql`${fee} >= ${yuanToFen(feeMin)}` : undefined, feeMax !== undefined ? sql`${fee} <= ${yuanToFen(feeMax)}` : undefined)!;
    return joined(matchingFees(search).map(inBounds), 'or', 'false');
  },
  ({ query: q, classTypes: types }) => (q.hasVacancy === undefined ? undefined : q.hasVacancy ? sql`${vacanciesOf(types)} > 0` : sql`${vacanciesOf(types)} = 0`),
];

function registerConditions(search: RegisterSearch): SQL {
  return and(isPublished, ...registerFilters.map((filter) => filter(search)))!;
}

/**
 * The order of the list: the chosen sort, then nearest (by district without a point), then a
 * stable order for paging. `rating` puts unrated institutions (no average) last.
 */
function registerOrder(search: RegisterSearch, vacancies: SQL<number>): SQL[] {
  const distance = search.circle ? distanceFrom(search.circle.lat, search.circle.lng) : null;
  const first: Record<RegisterSort, SQL | null> = {
    distance,
    fee: sql`${lowestMatchingFee(search)} asc nulls last`,
    vacancy: desc(vacancies),
    rating: sql`${facts.ratingAverage} desc nulls last`,
  };
  const chosen = search.sort ? first[search.sort] : null;
  const stable = [asc(facts.name), asc(facts.institutionId)];
  if (distance) return [...(chosen && chosen !== distance ? [chosen] : []), asc(distance), ...stable];
  return [...(chosen ? [chosen] : []), asc(facts.districtCode), ...stable];
}

/** An area's name, looked up by its code for each row returned (not joined: the planner cannot tell how few rows a map box keeps). */
const areaName = (column: 'nameZh' | 'nameEn', code: AnyColumn) => sql<string | null>`(select ${jurisdictions[column]} from ${jurisdictions} where ${jurisdictions.code} = ${ref(code)})`;

/**
 * Published institutions as lists show them: facts, area names, places, class types, fee range
 * and rating (the counts from each institution's search facts), for the rows of a page.
 */
const entryFields = {
  id: institutions.id,
  name: institutions.name,
  filingNumber: institutions.filingNumber,
  filedAt: institutions.filedAt,
  kind: institutions.kind,
  ownership: institutions.ownership,
  isInclusive: institutions.isInclusive,
  brand: institutions.brand,
  districtCode: institutions.districtCode,
  districtName: areaName('nameZh', institutions.districtCode),
  districtNameEn: areaName('nameEn', institutions.districtCode),
  subdistrictCode: institutions.subdistrictCode,
  subdistrictName: areaName('nameZh', institutions.subdistrictCode),
  subdistrictNameEn: areaName('nameEn', institutions.subdistrictCode),
  address: institutions.address,
  lat: institutions.lat,
  lng: institutions.lng,
  places: facts.places,
  vacancies: facts.vacancies,
  ratingAverage: facts.ratingAverage,
  ratingCount: facts.ratingCount,
  classTypes: facts.classTypes,
  serviceModes: institutions.serviceModes,
  minMonthlyFeeFen: facts.minMonthlyFeeFen,
  maxMonthlyFeeFen: facts.maxMonthlyFeeFen,
  // Detail-only facts, cheap to carry: the list leaves them out of its answer.
  creditCode: institutions.creditCode,
  legalNature: institutions.legalNature,
  phone: institutions.contactPhone,
  openingHours: institutions.openingHours,
  hasMeals: institutions.hasMeals,
  grade: institutions.grade,
};

const selectEntries = (exec: Executor) => exec.select(entryFields).from(institutions).innerJoin(facts, eq(facts.institutionId, institutions.id));

export type RegisterRow = Awaited<ReturnType<typeof selectEntries>>[number] & { distanceM: number | null };

/**
 * One page and the number of matches, in one statement. The search reads only the search facts
 * (one row per candidate, from their location index) and the window count comes from the same
 * pass, the sort reading every match anyway; the institutions are joined to the page's rows alone,
 * kept in the search's order by their rank. Vacancies are those of the matching class types.
 * Only a page past the end counts again.
 */
export async function listRegisterRows(exec: Executor, search: RegisterSearch): Promise<{ items: RegisterRow[]; total: number }> {
  const vacancies = vacanciesOf(search.classTypes);
  const where = registerConditions(search);
  const order = registerOrder(search, vacancies);
  const { page, pageSize } = search.query;
  const circle = search.circle;
  const hits = exec
    .select({
      id: sql<string>`${facts.institutionId}`.as('hit_id'),
      vacancies: sql<number>`${vacancies}`.as('hit_vacancies'),
      distanceM: (circle ? sql<number>`round(${distanceFrom(circle.lat, circle.lng)})::int` : sql<null>`null::int`).as('hit_distance_m'),
      total: sql<number>`(count(*) over ())::int`.as('hit_total'),
      rank: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as('hit_rank'),
    })
    .from(facts)
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .as('hits');
  const rows = await exec
    .select({ ...entryFields, vacancies: hits.vacancies, distanceM: hits.distanceM, total: hits.total })
    .from(hits)
    .innerJoin(institutions, eq(institutions.id, hits.id))
    .innerJoin(facts, eq(facts.institutionId, institutions.id))
    .orderBy(asc(hits.rank));
  if (rows.length === 0) {
    const [total] = page > 1 ? await exec.select({ n: count() }).from(facts).where(where) : [];
    return { items: [], total: total?.n ?? 0 };
  }
  return { items: rows.map(({ total: _, ...row }) => row), total: rows[0]!.total };
}

export async function findPublishedRow(exec: Executor, id: string): Promise<RegisterRow | null> {
  const [row] = await selectEntries(exec).where(and(isPublished, eq(institutions.id, id)));
  return row ? { ...row, distanceM: null } : null;
}

export function listPublishedClasses(exec: Executor, institutionId: string) {
  const held = heldPlacesByClass(exec);
  return exec
    .select({ name: classes.name, classType: classes.classType, places: classes.capacity, vacancies: sql<number>`greatest(0, ${classes.capacity} - ${held.held})::int` })
    .from(classes)
    .innerJoin(held, eq(held.classId, classes.id))
    .where(eq(classes.institutionId, institutionId))
    .orderBy(asc(classes.classType), asc(classes.name), asc(classes.id));
}

export function listPublishedFees(exec: Executor, institutionId: string) {
  return exec
    .select({ classType: fees.classType, serviceMode: fees.serviceMode, monthlyFeeFen: fees.monthlyFeeFen })
    .from(fees)
    .where(eq(fees.institutionId, institutionId))
    .orderBy(asc(fees.classType), asc(fees.serviceMode));
}
