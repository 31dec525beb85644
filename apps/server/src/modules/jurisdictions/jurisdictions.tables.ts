import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, jsonb, pgTable, smallint, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Boundary, EditableJurisdictionField, FigureSource, JurisdictionLevel, ZoneType } from '@youyu/contracts';

/**
 * The jurisdiction tree (行政区划): city → district → subdistrict → community, keyed by the
 * GB/T 2260-style code. Each figure carries its source and year, because most of them are
 * estimates and the screens must say so (docs/DATA-SOURCES.md).
 */
export const jurisdictions = pgTable(
  'jurisdictions',
  {
    code: text('code').primaryKey(),
    // Restrict: a node with children cannot disappear from under them.
    parentCode: text('parent_code').references((): AnyPgColumn => jurisdictions.code, { onDelete: 'restrict' }),
    level: text('level').$type<JurisdictionLevel>().notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en'),
    population: integer('population'),
    populationSource: text('population_source').$type<FigureSource>(),
    populationYear: smallint('population_year'),
    under3Population: integer('under3_population'),
    under3PopulationSource: text('under3_population_source').$type<FigureSource>(),
    under3PopulationYear: smallint('under3_population_year'),
    /** Previous-year per-capita household disposable income, fen per year. */
    householdIncomeFen: integer('household_income_fen'),
    householdIncomeSource: text('household_income_source').$type<FigureSource>(),
    householdIncomeYear: smallint('household_income_year'),
    zoneType: text('zone_type').$type<ZoneType>(),
    boundary: jsonb('boundary').$type<Boundary>(),
    // The boundary's bounding box, so locating a point reads only the few candidate polygons.
    bboxMinLng: doublePrecision('bbox_min_lng'),
    bboxMinLat: doublePrecision('bbox_min_lat'),
    bboxMaxLng: doublePrecision('bbox_max_lng'),
    bboxMaxLat: doublePrecision('bbox_max_lat'),
    /** Fields an administrator edited; importing reference data again leaves them alone. */
    manualFields: text('manual_fields').array().$type<EditableJurisdictionField[]>().notNull().default(sql`'{}'::text[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('jurisdictions_parent_idx').on(t.parentCode),
    index('jurisdictions_level_idx').on(t.level),
    check('jurisdictions_level_check', sql`${t.level} in ('city', 'district', 'subdistrict', 'community')`),
    check('jurisdictions_code_check', sql`${t.code} ~ '^([0-9]{6}|[0-9]{9}|[0-9]{12})$'`),
    check('jurisdictions_figures_check', sql`${t.population} >= 0 and ${t.under3Population} >= 0 and ${t.householdIncomeFen} >= 0`),
  ],
);

export type JurisdictionRow = typeof jurisdictions.$inferSelect;
export type NewJurisdictionRow = typeof jurisdictions.$inferInsert;
