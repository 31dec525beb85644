-- The map search's location index becomes a B-tree on (latitude band, longitude): for each band a search reads one contiguous run of entries, and a B-tree's index-only scan returns an entry for a fraction of what a GiST index's costs (GiST rebuilds each tuple it returns). Measured at 100,000 institutions: a 3 km circle read in 0.7 ms instead of 1.4–2.6 ms (docs/DATABASE.md).
DROP INDEX IF EXISTS "institution_search_facts_location_idx";--> statement-breakpoint
ALTER TABLE "institution_search_facts" ADD COLUMN "latitude_band" integer GENERATED ALWAYS AS (floor(lat * 200)::int) STORED;--> statement-breakpoint
ALTER TABLE "institution_search_facts" DROP COLUMN "location";
--> statement-breakpoint
-- The filed institutions by latitude band and longitude, carrying (INCLUDE) the columns a search near a point filters, sorts and answers with, so that PostgreSQL answers it from the index alone (search-facts.tables.ts). Fixed-width, never-null columns first; the arrays and text last.
CREATE INDEX "institution_search_facts_location_idx" ON "institution_search_facts" USING btree ("latitude_band", "lng") INCLUDE ("institution_id", "unit_x", "unit_y", "unit_z", "vacancies", "facets", "rating_key", "name", "vacancies_by_type", "lowest_fee_by_type", "fees_by_position") WHERE "filing_status" = 'filed';
