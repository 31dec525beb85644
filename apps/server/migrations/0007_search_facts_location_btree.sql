-- The map search's location index becomes a B-tree on (latitude band, longitude) carrying plain integers: for each band a search reads one contiguous run of entries, a B-tree's index-only scan returns an entry for a fraction of what a GiST index's costs (GiST rebuilds each tuple it returns), and integer columns per class type replace subscripts of arrays (each a copy of the array per institution). docs/DATABASE.md has the measurements.
DROP INDEX IF EXISTS "institution_search_facts_location_idx";--> statement-breakpoint
-- One statement, so the table is rewritten once for all the generated columns.
ALTER TABLE "institution_search_facts"
  ADD COLUMN "vacancies_infant_class" integer GENERATED ALWAYS AS (coalesce(vacancies_by_type[1], 0)) STORED,
  ADD COLUMN "vacancies_toddler_class" integer GENERATED ALWAYS AS (coalesce(vacancies_by_type[2], 0)) STORED,
  ADD COLUMN "vacancies_twos_class" integer GENERATED ALWAYS AS (coalesce(vacancies_by_type[3], 0)) STORED,
  ADD COLUMN "vacancies_mixed_class" integer GENERATED ALWAYS AS (coalesce(vacancies_by_type[4], 0)) STORED,
  ADD COLUMN "lowest_fee_infant_class" integer GENERATED ALWAYS AS (least(fees_by_position[1], fees_by_position[2], fees_by_position[3], fees_by_position[4])) STORED,
  ADD COLUMN "lowest_fee_toddler_class" integer GENERATED ALWAYS AS (least(fees_by_position[5], fees_by_position[6], fees_by_position[7], fees_by_position[8])) STORED,
  ADD COLUMN "lowest_fee_twos_class" integer GENERATED ALWAYS AS (least(fees_by_position[9], fees_by_position[10], fees_by_position[11], fees_by_position[12])) STORED,
  ADD COLUMN "lowest_fee_mixed_class" integer GENERATED ALWAYS AS (least(fees_by_position[13], fees_by_position[14], fees_by_position[15], fees_by_position[16])) STORED,
  ADD COLUMN "latitude_band" integer GENERATED ALWAYS AS (floor(lat * 200)::int) STORED,
  DROP COLUMN "lowest_fee_by_type",
  DROP COLUMN "location";
--> statement-breakpoint
-- The filed institutions by latitude band and longitude, carrying (INCLUDE) the columns a search near a point filters, sorts and answers with, so that PostgreSQL answers it from the index alone (search-facts.tables.ts). Fixed-width, never-null columns first; the fees by position (read only with a service mode) last.
CREATE INDEX "institution_search_facts_location_idx" ON "institution_search_facts" USING btree ("latitude_band", "lng") INCLUDE ("institution_id", "unit_x", "unit_y", "unit_z", "vacancies", "facets", "rating_key", "vacancies_infant_class", "vacancies_toddler_class", "vacancies_twos_class", "vacancies_mixed_class", "lowest_fee_infant_class", "lowest_fee_toddler_class", "lowest_fee_twos_class", "lowest_fee_mixed_class", "fees_by_position") WHERE "filing_status" = 'filed';
