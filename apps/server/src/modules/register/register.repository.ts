import { and, asc, count, desc, eq, getTableName, gte, ilike, lte, not, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ClassType, RegisterListQuery, RegisterSort } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { heldPlacesByClass } from '../bookings/index.ts';
import { classes, fees, institutions } from '../institutions/index.ts';
import { jurisdictions } from '../jurisdictions/index.ts';
import { ratingSummaryOf } from '../ratings/index.ts';
import { distanceFrom, within, type Circle } from './geo.ts';
import { searchTerms } from './search-terms.ts';

/** Only filed institutions are published: suspended, withdrawn, refused and unfiled ones never are. */
const isPublished = eq(institutions.filingStatus, 'filed');

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every word of the search text appears in the name or the brand (in any order). */
function nameMatches(text: string): SQL | undefined {
  const terms = searchTerms(text);
  // Text without a single word character (punctuation only) is matched as it is.
  const words = terms.length > 0 ? terms : [text];
  return and(...words.map((word) => or(ilike(institutions.name, containing(word)), ilike(institutions.brand, containing(word)))));
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
 * A column as "table"."column", for the correlated subqueries: a query without joins renders the
 * columns of its fields unqualified, where the outer institution's "id" would be read as the
 * inner table's own.
 */
const ref = (column: AnyColumn) => sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

const inList = (column: AnyColumn | SQL.Aliased, values: readonly string[]) => (values.length > 0 ? sql`${column} in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})` : sql`false`);

/** The institution's classes as the bookings module counts their held places, of the matching types. */
function heldPlacesOf(exec: Executor, types: ClassType[] | null) {
  const held = heldPlacesByClass(exec);
  return { held, where: and(sql`${held.institutionId} = ${ref(institutions.id)}`, types ? inList(held.classType, types) : undefined)! };
}

/**
 * Free places over the institution's classes of the matching types: capacity less the places held
 * (enrolled children and open offers, as the bookings module counts them); per institution row.
 */
function vacanciesOf(exec: Executor, types: ClassType[] | null): SQL<number> {
  const { held, where } = heldPlacesOf(exec, types);
  return sql<number>`(select coalesce(sum(greatest(0, ${held.capacity} - ${held.held})), 0)::int from ${held} where ${where})`;
}

/**
 * Whether a matching class has a free place: the same answer as vacancies > 0, but it stops at the
 * first class with room instead of counting every class of every candidate (hasVacancy filters
 * all the institutions in the circle, not just the page).
 */
function hasFreePlace(exec: Executor, types: ClassType[] | null): SQL {
  const { held, where } = heldPlacesOf(exec, types);
  return sql`exists (select 1 from ${held} where ${where} and ${held.held} < ${held.capacity})`;
}

/** Fee rows of the institution for the matching class types and service mode. */
function matchingFees(search: RegisterSearch, extra: SQL[] = []): SQL {
  const conditions = [sql`${fees.institutionId} = ${ref(institutions.id)}`, search.classTypes ? inList(fees.classType, search.classTypes) : undefined, search.query.serviceMode ? eq(fees.serviceMode, search.query.serviceMode) : undefined, ...extra];
  return and(...conditions)!;
}

/** The lowest monthly fee (fen) among the matching fees: what `sort=fee` orders by. */
const lowestMatchingFee = (search: RegisterSearch) => sql<number | null>`(select min(${fees.monthlyFeeFen}) from ${fees} where ${matchingFees(search)})`;

/**
 * The register's filters, one per query parameter. A filter reads the search and adds a condition
 * or nothing; a new parameter is one more entry here.
 */
type RegisterFilter = (search: RegisterSearch, exec: Executor) => SQL | undefined;

const yuanToFen = (yuan: number) => yuan * 100;

const registerFilters: readonly RegisterFilter[] = [
  ({ query: q }) => (q.q ? nameMatches(q.q) : undefined),
  ({ query: q }) => (q.district ? eq(institutions.districtCode, q.district) : undefined),
  ({ query: q }) => (q.subdistrict ? eq(institutions.subdistrictCode, q.subdistrict) : undefined),
  ({ query: q }) => (q.kind ? eq(institutions.kind, q.kind) : undefined),
  ({ query: q }) => (q.inclusive !== undefined ? eq(institutions.isInclusive, q.inclusive) : undefined),
  ({ query: q }) => (q.grade ? eq(institutions.grade, q.grade) : undefined),
  ({ query: q }) => (q.ownership ? eq(institutions.ownership, q.ownership) : undefined),
  ({ classTypes: types }) => (types ? sql`exists (select 1 from ${classes} where ${classes.institutionId} = ${ref(institutions.id)} and ${inList(classes.classType, types)})` : undefined),
  ({ query: q }) => (q.serviceMode ? sql`${q.serviceMode} = any(${institutions.serviceModes})` : undefined),
  ({ circle }) => (circle ? within(circle) : undefined),
  (search) => {
    const { feeMin, feeMax } = search.query;
    if (feeMin === undefined && feeMax === undefined) return undefined;
    const bounds = [feeMin !== undefined ? gte(fees.monthlyFeeFen, yuanToFen(feeMin)) : undefined, feeMax !== undefined ? lte(fees.monthlyFeeFen, yuanToFen(feeMax)) : undefined].filter((b): b is SQL => !!b);
    return sql`exists (select 1 from ${fees} where ${matchingFees(search, bounds)})`;
  },
  (search, exec) => (search.query.hasVacancy === undefined ? undefined : search.query.hasVacancy ? hasFreePlace(exec, search.classTypes) : not(hasFreePlace(exec, search.classTypes))),
];

function registerConditions(exec: Executor, search: RegisterSearch): SQL {
  return and(isPublished, ...registerFilters.map((filter) => filter(search, exec)))!;
}

/** The institution's published ratings (average and count), counted only for the rows a query keeps. */
const ratingOfRow = () => ratingSummaryOf(ref(institutions.id));

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
    rating: sql`${ratingOfRow().average} desc nulls last`,
  };
  const chosen = search.sort ? first[search.sort] : null;
  const stable = [asc(institutions.name), asc(institutions.id)];
  if (distance) return [...(chosen && chosen !== distance ? [chosen] : []), asc(distance), ...stable];
  return [...(chosen ? [chosen] : []), asc(institutions.districtCode), ...stable];
}

/** An area's name, looked up by its code for each row returned (not joined: the planner cannot tell how few rows a map box keeps). */
const areaName = (column: 'nameZh' | 'nameEn', code: AnyColumn) => sql<string | null>`(select ${jurisdictions[column]} from ${jurisdictions} where ${jurisdictions.code} = ${ref(code)})`;

/**
 * Published institutions as lists show them: facts, area names, places, class types, fee range and
 * free places. Every count is a subquery correlated to the row, so only the rows the filters keep
 * are counted (a search near a point over 100,000 institutions counts a few hundred).
 */
function selectEntries<Extra extends Record<string, SQL>>(exec: Executor, search: RegisterSearch, vacancies: SQL<number>, extra: Extra = {} as Extra) {
  const circle = search.circle;
  return exec
    .select({
      ...extra,
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
      places: sql<number>`(select coalesce(sum(${classes.capacity}), 0)::int from ${classes} where ${classes.institutionId} = ${ref(institutions.id)})`,
      vacancies,
      ratingAverage: ratingOfRow().average,
      ratingCount: ratingOfRow().count,
      distanceM: circle ? sql<number>`round(${distanceFrom(circle.lat, circle.lng)})::int` : sql<null>`null::int`,
      classTypes: sql<ClassType[]>`coalesce((select array_agg(distinct ${classes.classType}) from ${classes} where ${classes.institutionId} = ${ref(institutions.id)}), '{}')`,
      serviceModes: institutions.serviceModes,
      minMonthlyFeeFen: sql<number | null>`(select min(${fees.monthlyFeeFen}) from ${fees} where ${fees.institutionId} = ${ref(institutions.id)})`,
      maxMonthlyFeeFen: sql<number | null>`(select max(${fees.monthlyFeeFen}) from ${fees} where ${fees.institutionId} = ${ref(institutions.id)})`,
      // Detail-only facts, cheap to carry: the list leaves them out of its answer.
      creditCode: institutions.creditCode,
      legalNature: institutions.legalNature,
      phone: institutions.contactPhone,
      openingHours: institutions.openingHours,
      hasMeals: institutions.hasMeals,
      grade: institutions.grade,
    })
    .from(institutions);
}
export type RegisterRow = Awaited<ReturnType<typeof selectEntries>>[number];

/**
 * One page and the number of matches, from one pass: the sort already reads every match, so the
 * window count costs nothing more. Only a page past the end counts again.
 */
export async function listRegisterRows(exec: Executor, search: RegisterSearch): Promise<{ items: RegisterRow[]; total: number }> {
  const vacancies = vacanciesOf(exec, search.classTypes);
  const where = registerConditions(exec, search);
  const { page, pageSize } = search.query;
  const rows = await selectEntries(exec, search, vacancies, { total: sql<number>`(count(*) over ())::int` })
    .where(where)
    .orderBy(...registerOrder(search, vacancies))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  if (rows.length > 0) return { items: rows, total: rows[0]!.total };
  const [total] = page > 1 ? await exec.select({ n: count() }).from(institutions).where(where) : [];
  return { items: rows, total: total?.n ?? 0 };
}

const anyClass: Omit<RegisterSearch, 'query'> = { circle: null, classTypes: null, sort: null };

export async function findPublishedRow(exec: Executor, id: string): Promise<RegisterRow | null> {
  const [row] = await selectEntries(exec, { ...anyClass, query: { page: 1, pageSize: 1 } }, vacanciesOf(exec, null)).where(and(isPublished, eq(institutions.id, id)));
  return row ?? null;
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
