import { createHash } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { heldPlacesByClass } from '../bookings/index.ts';
import { classes, fees, institutions } from '../institutions/index.ts';
import { distanceOfSquaredChord } from './geo.ts';
import { institutionSearchFacts as facts } from './search-facts.tables.ts';
import { isPublished, orderTerm, registerConditions, registerOrder, SearchValues, shapeOf, squaredChordTo, vacanciesOf, type RegisterSearch } from './search-query.ts';

export type { RegisterSearch } from './search-query.ts';


/**
 * Published institutions as lists show them: facts, area codes (the service names them), places, class types, fee range
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
  subdistrictCode: institutions.subdistrictCode,
  address: institutions.address,
  lat: institutions.lat,
  lng: institutions.lng,
  places: facts.places,
  vacancies: facts.vacancies,
  ratingAverage: facts.ratingAverage,
  ratingCount: facts.ratingCount,
  // The class types run and the service modes offered, as bits (facetValues): cheaper to read
  // for a page of a hundred than two text arrays each.
  facets: facts.facets,
  minMonthlyFeeFen: facts.minMonthlyFeeFen,
  maxMonthlyFeeFen: facts.maxMonthlyFeeFen,
};

/** What an institution's own page adds to its list entry. */
const detailFields = {
  ...entryFields,
  creditCode: institutions.creditCode,
  legalNature: institutions.legalNature,
  phone: institutions.contactPhone,
  openingHours: institutions.openingHours,
  hasMeals: institutions.hasMeals,
  grade: institutions.grade,
};

const selectDetails = (exec: Executor) => exec.select(detailFields).from(institutions).innerJoin(facts, eq(facts.institutionId, institutions.id));

export type RegisterDetailRow = Awaited<ReturnType<typeof selectDetails>>[number];
/** A list entry: the detail's fields without the page-only ones, and the distance when searching near a point. */
export type RegisterRow = Pick<RegisterDetailRow, keyof typeof entryFields> & { distanceM: number | null };

/**
 * The parts of a search's SQL and its values. Cheap to make: the costly step, rendering the SQL
 * text, happens once per shape (searchStatement).
 */
function searchParts(search: RegisterSearch) {
  const v = new SearchValues();
  const squaredChord = search.circle ? squaredChordTo(search.circle, v) : null;
  const vacancies = vacanciesOf(search.classTypes);
  const order = registerOrder(search, vacancies, squaredChord);
  const where = registerConditions(search, v, squaredChord);
  return { values: v.values, squaredChord, vacancies, order, where };
}

type SearchParts = ReturnType<typeof searchParts>;

/** What a map point needs (the markers answer): the rest of an entry stays unread. */
const markerFields = { id: institutions.id, name: institutions.name, lat: institutions.lat, lng: institutions.lng, isInclusive: institutions.isInclusive };

/**
 * The search itself, as a subquery: one page of matches and the number of matches, in one pass.
 * It reads only the search facts (near a point, their location index carries every column it
 * needs: an index-only scan), and the window count comes from the same pass. Vacancies are those
 * of the matching class types; the sort keys are carried out so that the answer can be put in the
 * search's order again. Page and size go in as the values `limit` and `offset`.
 */
function hitsOf(exec: Executor, { squaredChord, vacancies, order, where }: SearchParts) {
  return exec
    .select({
      id: sql<string>`${facts.institutionId}`.as('hit_id'),
      vacancies: sql<number>`${vacancies}`.as('hit_vacancies'),
      squaredChord: sql<number | null>`${squaredChord ?? sql`null::float8`}`.as('hit_squared_chord'),
      total: sql<number>`(count(*) over ())::int`.as('hit_total'),
      ...Object.fromEntries(order.map((key, i) => [`key${i}`, sql`${key.value}`.as(`hit_key${i}`)])),
    })
    .from(facts)
    .where(where)
    .orderBy(...order.map((key) => orderTerm(key.value, key)))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .as('hits');
}

/** The answer's columns from the hits: vacancies and total, and metres for the page alone. */
function hitColumns(hits: ReturnType<typeof hitsOf>, { squaredChord }: SearchParts) {
  const distanceM = squaredChord ? sql<number | null>`round(${distanceOfSquaredChord(sql`${hits.squaredChord}`)})::int` : sql<null>`null::int`;
  return { vacancies: hits.vacancies, distanceM, total: hits.total };
}

/** The hits' order again, by the sort keys carried out of the search. */
const inSearchOrder = ({ order }: SearchParts) => order.map((key, i) => orderTerm(sql`${sql.identifier(`hit_key${i}`)}`, key));

/** A page of list entries: the institutions and their search facts joined to the page's rows alone. */
function entriesQuery(exec: Executor, parts: SearchParts) {
  const hits = hitsOf(exec, parts);
  return exec
    .select({ ...entryFields, ...hitColumns(hits, parts) })
    .from(hits)
    .innerJoin(institutions, eq(institutions.id, hits.id))
    .innerJoin(facts, eq(facts.institutionId, institutions.id))
    .orderBy(...inSearchOrder(parts));
}

/** The map's points: the institutions joined for their names and points only. */
function markersQuery(exec: Executor, parts: SearchParts) {
  const hits = hitsOf(exec, parts);
  return exec
    .select({ ...markerFields, ...hitColumns(hits, parts) })
    .from(hits)
    .innerJoin(institutions, eq(institutions.id, hits.id))
    .orderBy(...inSearchOrder(parts));
}

type Executable<Row> = { execute(values: Record<string, unknown>): Promise<Row[]> };
type Preparable<Row> = Executable<Row> & { prepare(name: string): Executable<Row> };

/**
 * Statements of the search, per database, by answer and shape: each is rendered and prepared once
 * (by name on PostgreSQL, so each connection parses and plans it once). At most
 * MAX_PREPARED_SHAPES are kept; searches of rarer shapes are rendered each time and run unnamed,
 * so the statements a connection holds stay bounded.
 */
const MAX_PREPARED_SHAPES = 200;
const preparedSearches = new WeakMap<Executor, Map<string, Executable<unknown>>>();

function searchStatement<Row>(exec: Executor, key: string, build: () => Preparable<Row>): Executable<Row> {
  let kept = preparedSearches.get(exec);
  if (!kept) preparedSearches.set(exec, (kept = new Map()));
  const statement = kept.get(key) as Executable<Row> | undefined;
  if (statement) return statement;
  const query = build();
  if (kept.size >= MAX_PREPARED_SHAPES) return query;
  const prepared = query.prepare(`register_search_${createHash('sha1').update(key).digest('hex').slice(0, 20)}`);
  kept.set(key, prepared);
  return prepared;
}

/** Runs a search's statement for its page; only a page past the end counts the matches again. */
async function runSearch<Row extends { total: number }>(exec: Executor, search: RegisterSearch, answer: string, build: (parts: SearchParts) => Preparable<Row>) {
  const parts = searchParts(search);
  const { page, pageSize } = search.query;
  const rows = await searchStatement(exec, `${answer}:${shapeOf(search)}`, () => build(parts)).execute({ ...parts.values, limit: pageSize, offset: (page - 1) * pageSize });
  if (rows.length === 0) {
    const [total] = page > 1 ? await exec.select({ n: count() }).from(facts).where(parts.where).execute(parts.values) : [];
    return { items: [], total: total?.n ?? 0 };
  }
  return { items: rows.map(({ total: _, ...row }) => row), total: rows[0]!.total };
}

/** One page of the register's search and the number of matches. */
export function listRegisterRows(exec: Executor, search: RegisterSearch): Promise<{ items: RegisterRow[]; total: number }> {
  return runSearch(exec, search, 'entries', (parts) => entriesQuery(exec, parts));
}

/** The map's points for a search (its page: the first `pageSize`) and the number of matches. */
export function listMarkerRows(exec: Executor, search: RegisterSearch) {
  return runSearch(exec, search, 'markers', (parts) => markersQuery(exec, parts));
}

/** The SQL text a search runs (for the test that searches of one shape share one statement). */
export const searchSqlOf = (exec: Executor, search: RegisterSearch) => entriesQuery(exec, searchParts(search)).toSQL().sql;

export async function findPublishedRow(exec: Executor, id: string): Promise<(RegisterDetailRow & { distanceM: null }) | null> {
  const [row] = await selectDetails(exec).where(and(isPublished, eq(institutions.id, id)));
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
