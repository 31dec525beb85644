import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { classTypes, type ClassType, type FilingStatus, type Grade, type InstitutionKind, type Ownership, type ServiceMode } from '@youyu/contracts';
import { institutions } from '../institutions/index.ts';
import { BANDS_PER_DEGREE } from './latitude-bands.ts';
import { facetsExpression, lowestFeeExpression, vacanciesExpression } from './search-positions.ts';

/**
 * What the map search filters and sorts by, kept ready per institution (1:1) so a search reads
 * one row per candidate (found by its own location index) instead of the institution row plus
 * counts over classes, fees, children, offers and ratings for each of the thousands in a circle;
 * the institutions table is read only for the page shown. Derived data only: database triggers
 * (migration 0004, the function refreshed in 0005) recompute an institution's row whenever it, its classes, fees, enrolled
 * children, offers or ratings change, with the definitions the detail page computes live. The
 * institution's searchable columns are copied as they are; the arrays are parallel:
 * `class_types[i]` has `type_vacancies[i]` free places; fee `i` is (`fee_class_types[i]`,
 * `fee_service_modes[i]`, `fee_amounts_fen[i]`). The same counts are also kept at fixed positions
 * (search-positions.ts) so that a search filters and sorts by plain expressions over the row
 * instead of unnesting arrays for each of the thousands of candidates in a circle.
 */
const generatedInteger = (name: string, expression: string) => integer(name).generatedAlwaysAs(sql.raw(expression));
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const upperFirst = <T extends string>(text: T) => (text.charAt(0).toUpperCase() + text.slice(1)) as Capitalize<T>;

/**
 * One generated integer column per class type of the vocabulary (`vacancies_infant_class`…): the
 * map search filters and sorts by plain integers, where subscripting an array costs a copy of the
 * array for every institution in the circle (docs/DATABASE.md has the measurements).
 */
function perClassType<P extends string>(prefix: P, expression: (type: ClassType) => string) {
  return Object.fromEntries(classTypes.map((type) => [`${prefix}${upperFirst(type)}`, generatedInteger(`${snakeCase(prefix)}_${snakeCase(type)}`, expression(type))])) as Record<`${P}${Capitalize<ClassType>}`, ReturnType<typeof generatedInteger>>;
}

export const institutionSearchFacts = pgTable(
  'institution_search_facts',
  {
    institutionId: uuid('institution_id')
      .primaryKey()
      .references(() => institutions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    brand: text('brand'),
    kind: text('kind').$type<InstitutionKind>().notNull(),
    ownership: text('ownership').$type<Ownership>().notNull(),
    isInclusive: boolean('is_inclusive').notNull(),
    grade: text('grade').$type<Grade>(),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    serviceModes: text('service_modes').array().$type<ServiceMode[]>().notNull(),
    filingStatus: text('filing_status').$type<FilingStatus>().notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    classTypes: text('class_types').array().$type<ClassType[]>().notNull(),
    typeVacancies: integer('type_vacancies').array().$type<number[]>().notNull(),
    places: integer('places').notNull(),
    vacancies: integer('vacancies').notNull(),
    /** Free places per class type, in the order of `classTypes` (0 without a class of the type). */
    vacanciesByType: integer('vacancies_by_type').array().$type<number[]>().notNull().default(sql`'{}'`),
    feeClassTypes: text('fee_class_types').array().$type<ClassType[]>().notNull(),
    feeServiceModes: text('fee_service_modes').array().$type<ServiceMode[]>().notNull(),
    feeAmountsFen: integer('fee_amounts_fen').array().$type<number[]>().notNull(),
    /** The fee (fen) per class type and service mode, at `feePosition(classType, serviceMode)` (null without one). */
    feesByPosition: integer('fees_by_position').array().$type<(number | null)[]>().notNull().default(sql`'{}'`),
    minMonthlyFeeFen: integer('min_monthly_fee_fen'),
    maxMonthlyFeeFen: integer('max_monthly_fee_fen'),
    ratingAverage: doublePrecision('rating_average'),
    ratingCount: integer('rating_count').notNull(),
    /** The location on the unit sphere: the map search measures straight chords through it (geo.ts), without trigonometry per row. */
    unitX: doublePrecision('unit_x').generatedAlwaysAs(sql.raw('cos(radians(lat)) * cos(radians(lng))')),
    unitY: doublePrecision('unit_y').generatedAlwaysAs(sql.raw('cos(radians(lat)) * sin(radians(lng))')),
    unitZ: doublePrecision('unit_z').generatedAlwaysAs(sql.raw('sin(radians(lat))')),
    /** Inclusive status, kind, ownership, grade, class types and service modes as bits (search-positions.ts). */
    facets: integer('facets').generatedAlwaysAs(sql.raw(facetsExpression())),
    /** Per class type, its free places (`vacanciesInfantClass`…) and its lowest fee in fen over the service modes (`lowestFeeInfantClass`…; null without one). */
    ...perClassType('vacancies', vacanciesExpression),
    ...perClassType('lowestFee', lowestFeeExpression),
    /** The average rating, 0 when unrated (ratings run 1–5): sorting by it descending puts the unrated last. */
    ratingKey: doublePrecision('rating_key').generatedAlwaysAs(sql.raw('coalesce(rating_average, 0)')),
    /** The latitude band (geo.ts: `floor(lat × BANDS_PER_DEGREE)`), the first key of the location index. */
    latitudeBand: integer('latitude_band').generatedAlwaysAs(sql.raw(`floor(lat * ${BANDS_PER_DEGREE})::int`)),
  },
  (t) => [
    // The location index of the map search, institution_search_facts_location_idx, is made in
    // migration 0007: a B-tree on (latitude_band, lng) of the filed institutions that also carries
    // (INCLUDE, which drizzle's schema cannot declare) the columns a search near a point filters,
    // sorts and answers with, so that it reads the index alone, spatially clustered, and never the
    // scattered rows.
    index('institution_search_facts_district_idx').on(t.districtCode),
  ],
);

/** The column of a class type's free places. */
export const vacanciesColumnOf = (type: ClassType) => institutionSearchFacts[`vacancies${upperFirst(type)}`];

/** The column of a class type's lowest fee (fen). */
export const lowestFeeColumnOf = (type: ClassType) => institutionSearchFacts[`lowestFee${upperFirst(type)}`];
