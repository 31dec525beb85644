import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { classTypes, type ClassType, type RegisterListQuery, type RegisterSort } from '@youyu/contracts';
import { boxAround, locatedIn, squaredChordFrom, squaredChordOf, unitVector, type Circle } from './geo.ts';
import { latitudeBandsOf } from './latitude-bands.ts';
import { institutionSearchFacts as facts, lowestFeeColumnOf, vacanciesColumnOf } from './search-facts.tables.ts';
import { facetMask, feePositions } from './search-positions.ts';
import { searchTerms } from './search-terms.ts';

/** What the service made of the query: the circle to search in and the class types that count. */
export type RegisterSearch = {
  query: RegisterListQuery;
  circle: Circle | null;
  /** Class types that match (the classType filter, the child's age, or both); null: any. */
  classTypes: ClassType[] | null;
  sort: RegisterSort | null;
};

/**
 * The values of one search, as named placeholders: searches of the same shape (shapeOf) then
 * build the same SQL text, which is prepared once and run with each search's values.
 */
export class SearchValues {
  readonly values: Record<string, unknown> = {};
  private count = 0;

  /** A placeholder for the value, cast, so that a parameter's type never depends on its value. */
  add(value: string | number | boolean | number[], type: 'text' | 'float8' | 'int' | 'int[]' | 'boolean'): SQL {
    const name = `v${this.count++}`;
    this.values[name] = value;
    return sql`${sql.placeholder(name)}::${sql.raw(type)}`;
  }
}

/**
 * What decides the SQL of a search, leaving out the values that go in as placeholders: the
 * filters present, the class types and service mode (their positions are written into the
 * SQL), the vacancy test's direction, the number of name words, the sort and whether there is a
 * point. search-query.test.ts checks that searches of one shape build one SQL text.
 */
export function shapeOf({ query: q, circle, classTypes, sort }: RegisterSearch): string {
  const words = q.q ? Math.max(1, searchTerms(q.q).length) : 0;
  const present = [q.district, q.subdistrict, q.kind, q.inclusive, q.grade, q.ownership, q.feeMin, q.feeMax].map((value) => (value === undefined ? 0 : 1));
  return JSON.stringify([words, present, classTypes, q.serviceMode ?? null, q.hasVacancy ?? null, sort, circle !== null]);
}

/**
 * Published means filed: suspended, withdrawn, refused and unfiled institutions never show. A
 * literal, not a value: the location index holds filed institutions only, and a prepared
 * statement's generic plan can use it only if the condition names 'filed' itself.
 */
export const isPublished = sql`${facts.filingStatus} = 'filed'`;

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every word of the search text appears in the name or the brand (in any order). */
function nameMatches(text: string, v: SearchValues): SQL | undefined {
  const terms = searchTerms(text);
  // Text without a single word character (punctuation only) is matched as it is.
  const words = terms.length > 0 ? terms : [text];
  return and(
    ...words.map((word) => {
      const pattern = v.add(containing(word), 'text');
      return or(ilike(facts.name, pattern), ilike(facts.brand, pattern));
    }),
  );
}

/** The fee at `position` of the search facts' fees by position (a constant subscript). */
const feeAt = (position: number) => sql`${facts.feesByPosition}[${sql.raw(String(position))}]`;

/** The terms joined by the operator, or `empty` without any (no class type matches the child's age). */
const joined = (terms: SQL[], operator: string, empty: string) => (terms.length > 0 ? sql`(${sql.join(terms, sql.raw(` ${operator} `))})` : sql.raw(empty));

/** The institution has one of the facets of the mask (facetMask). */
const hasFacet = (mask: number, v: SearchValues) => sql`(${facts.facets} & ${v.add(mask, 'int')}) <> 0`;

/** The institution has the facet (one bit), or has not: which is a value, so both share one statement. */
const facetIs = (bit: number, present: boolean, v: SearchValues) => sql`(${facts.facets} & ${v.add(bit, 'int')}) = ${v.add(present ? bit : 0, 'int')}`;

/**
 * Free places over the institution's classes of the matching types (capacity less enrolled
 * children and open offers, per class), from its search facts: no class is counted at search time.
 */
export function vacanciesOf(types: ClassType[] | null): SQL<number> {
  if (!types) return sql<number>`${facts.vacancies}`;
  return sql<number>`${joined(types.map((type) => sql`${vacanciesColumnOf(type)}`), '+', '0')}`;
}

/** The institution's fees (from its search facts) for the matching class types and service mode: null where it has none. */
const matchingFees = (search: RegisterSearch) => feePositions(search.classTypes, search.query.serviceMode).map(feeAt);

/**
 * The fees that decide the lowest matching fee: without a service mode, each matching type's
 * lowest (one value per type instead of one per type and mode); with one, the matching fees.
 */
const lowestFeeCandidates = (search: RegisterSearch) =>
  search.query.serviceMode ? matchingFees(search) : (search.classTypes ?? classTypes).map((type) => sql`${lowestFeeColumnOf(type)}`);

/** The lowest monthly fee (fen) among the matching fees: what `sort=fee` orders by. */
const lowestMatchingFee = (search: RegisterSearch) => sql<number | null>`least${joined(lowestFeeCandidates(search), ',', '(null::int)')}`;

/** The squared chord from the search's point to each institution, the point's unit vector going in as values. */
export function squaredChordTo(circle: Circle, v: SearchValues): SQL<number> {
  const [x, y, z] = unitVector(circle.lat, circle.lng);
  return squaredChordFrom([v.add(x, 'float8'), v.add(y, 'float8'), v.add(z, 'float8')]);
}

/**
 * The register's filters, one per query parameter. A filter reads the search and adds a condition
 * or nothing; a new parameter is one more entry here (and, if it changes the SQL beyond a value,
 * in shapeOf).
 */
type RegisterFilter = (search: RegisterSearch, v: SearchValues, squaredChord: SQL | null) => SQL | undefined;

const yuanToFen = (yuan: number) => yuan * 100;

const registerFilters: readonly RegisterFilter[] = [
  ({ query: q }, v) => (q.q ? nameMatches(q.q, v) : undefined),
  ({ query: q }, v) => (q.district ? eq(facts.districtCode, v.add(q.district, 'text')) : undefined),
  ({ query: q }, v) => (q.subdistrict ? eq(facts.subdistrictCode, v.add(q.subdistrict, 'text')) : undefined),
  ({ query: q }, v) => (q.kind ? hasFacet(facetMask('kind', [q.kind]), v) : undefined),
  ({ query: q }, v) => (q.inclusive !== undefined ? facetIs(facetMask('inclusive', [true]), q.inclusive, v) : undefined),
  ({ query: q }, v) => (q.grade ? hasFacet(facetMask('grade', [q.grade]), v) : undefined),
  ({ query: q }, v) => (q.ownership ? hasFacet(facetMask('ownership', [q.ownership]), v) : undefined),
  ({ classTypes: types }, v) => (types ? hasFacet(facetMask('classType', types), v) : undefined),
  ({ query: q }, v) => (q.serviceMode ? hasFacet(facetMask('serviceMode', [q.serviceMode]), v) : undefined),
  ({ circle }, v, squaredChord) => {
    if (!circle || !squaredChord) return undefined;
    const box = boxAround(circle);
    const inBox = locatedIn({ bands: v.add(latitudeBandsOf(box), 'int[]'), minLng: v.add(box.minLng, 'float8'), maxLng: v.add(box.maxLng, 'float8') });
    return sql`${inBox} and ${squaredChord} <= ${v.add(squaredChordOf(circle.radiusM), 'float8')}`;
  },
  (search, v) => {
    const { feeMin, feeMax } = search.query;
    if (feeMin === undefined && feeMax === undefined) return undefined;
    const min = feeMin !== undefined ? v.add(yuanToFen(feeMin), 'int') : null;
    const max = feeMax !== undefined ? v.add(yuanToFen(feeMax), 'int') : null;
    const inBounds = (fee: SQL) => and(min ? sql`${fee} >= ${min}` : undefined, max ? sql`${fee} <= ${max}` : undefined)!;
    // A maximum alone: some matching fee is low enough exactly when the lowest one is.
    if (!min) return sql`${lowestMatchingFee(search)} <= ${max}`;
    return joined(matchingFees(search).map(inBounds), 'or', 'false');
  },
  ({ query: q, classTypes: types }) => (q.hasVacancy === undefined ? undefined : q.hasVacancy ? sql`${vacanciesOf(types)} > 0` : sql`${vacanciesOf(types)} = 0`),
];

export function registerConditions(search: RegisterSearch, v: SearchValues, squaredChord: SQL | null): SQL {
  return and(isPublished, ...registerFilters.map((filter) => filter(search, v, squaredChord)))!;
}

/** One key of the list's order. */
export type OrderKey = { value: SQL; descending?: boolean; nullsLast?: boolean };

export const orderTerm = (value: SQL, { descending, nullsLast }: Omit<OrderKey, 'value'>) => sql`${value} ${sql.raw(descending ? 'desc' : 'asc')}${sql.raw(nullsLast ? ' nulls last' : '')}`;

/**
 * The order of the list: the chosen sort, then nearest (by district without a point), then a
 * stable order for paging: by name, or near a point by id alone (two institutions practically
 * never lie at the same distance, and the location index need not carry the names).
 * `rating` puts unrated institutions (no average) last.
 */
export function registerOrder(search: RegisterSearch, vacancies: SQL<number>, squaredChord: SQL | null): OrderKey[] {
  const distance = squaredChord ? { value: squaredChord } : null;
  const first: Record<RegisterSort, OrderKey | null> = {
    distance,
    fee: { value: lowestMatchingFee(search), nullsLast: true },
    vacancy: { value: vacancies, descending: true },
    rating: { value: sql`${facts.ratingKey}`, descending: true },
  };
  const chosen = search.sort ? first[search.sort] : null;
  const byId = { value: sql`${facts.institutionId}` };
  if (distance) return [...(chosen && chosen !== distance ? [chosen] : []), distance, byId];
  return [...(chosen ? [chosen] : []), { value: sql`${facts.districtCode}` }, { value: sql`${facts.name}` }, byId];
}
