CREATE TABLE "institution_search_facts" (
	"institution_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"brand" text,
	"kind" text NOT NULL,
	"ownership" text NOT NULL,
	"is_inclusive" boolean NOT NULL,
	"grade" text,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"service_modes" text[] NOT NULL,
	"filing_status" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"class_types" text[] NOT NULL,
	"type_vacancies" integer[] NOT NULL,
	"places" integer NOT NULL,
	"vacancies" integer NOT NULL,
	"fee_class_types" text[] NOT NULL,
	"fee_service_modes" text[] NOT NULL,
	"fee_amounts_fen" integer[] NOT NULL,
	"min_monthly_fee_fen" integer,
	"max_monthly_fee_fen" integer,
	"rating_average" double precision,
	"rating_count" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "institution_search_facts" ADD CONSTRAINT "institution_search_facts_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "institution_search_facts_location_idx" ON "institution_search_facts" USING gist (point("lng", "lat")) WHERE "institution_search_facts"."filing_status" = 'filed';--> statement-breakpoint
CREATE INDEX "institution_search_facts_district_idx" ON "institution_search_facts" USING btree ("district_code");--> statement-breakpoint
-- The map search's facts of the given institutions: their searchable columns copied, the rest recomputed from their classes, fees, enrolled children, open offers and published ratings with the definitions the other modules count live (bookings' heldPlacesByClass, ratings' ratingSummaryOf; search-facts.int.test.ts compares the two). The existing rows are locked first, in a fixed order: a concurrent recomputation waits, and its next statement (a new snapshot) then sees what this one committed.
CREATE OR REPLACE FUNCTION refresh_institution_search_facts(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM institution_search_facts WHERE institution_id = ANY (ids) ORDER BY institution_id FOR UPDATE;
  -- Set-based, each table read once for all the given institutions: an index look-up for one institution, a hashed scan for the 100,000 of a bulk load.
  WITH held AS (
    SELECT h.class_id, count(*)::int AS n
    FROM (
      SELECT ch.class_id FROM children ch WHERE ch.institution_id = ANY (ids) AND ch.status = 'enrolled'
      UNION ALL
      SELECT b.class_id FROM bookings b WHERE b.institution_id = ANY (ids) AND b.state = 'offered'
    ) h
    WHERE h.class_id IS NOT NULL
    GROUP BY h.class_id
  ), per_type AS (
    SELECT k.institution_id, k.class_type, sum(k.capacity)::int AS capacity, sum(greatest(0, k.capacity - coalesce(h.n, 0)))::int AS free
    FROM institution_classes k LEFT JOIN held h ON h.class_id = k.id
    WHERE k.institution_id = ANY (ids)
    GROUP BY k.institution_id, k.class_type
  ), c AS (
    SELECT t.institution_id, array_agg(t.class_type ORDER BY t.class_type) AS class_types, array_agg(t.free ORDER BY t.class_type) AS type_vacancies, sum(t.capacity)::int AS places, sum(t.free)::int AS vacancies
    FROM per_type t GROUP BY t.institution_id
  ), f AS (
    SELECT e.institution_id, array_agg(e.class_type ORDER BY e.class_type, e.service_mode) AS class_types, array_agg(e.service_mode ORDER BY e.class_type, e.service_mode) AS service_modes,
      array_agg(e.monthly_fee_fen ORDER BY e.class_type, e.service_mode) AS amounts, min(e.monthly_fee_fen) AS min_fen, max(e.monthly_fee_fen) AS max_fen
    FROM institution_fees e WHERE e.institution_id = ANY (ids) GROUP BY e.institution_id
  ), r AS (
    SELECT g.institution_id, round(avg(g.overall), 2)::float8 AS average, count(*)::int AS count
    FROM ratings g WHERE g.institution_id = ANY (ids) AND g.status = 'published' GROUP BY g.institution_id
  )
  INSERT INTO institution_search_facts (institution_id, name, brand, kind, ownership, is_inclusive, grade, district_code, subdistrict_code, service_modes, filing_status, lat, lng, class_types, type_vacancies, places, vacancies, fee_class_types, fee_service_modes, fee_amounts_fen, min_monthly_fee_fen, max_monthly_fee_fen, rating_average, rating_count)
  SELECT i.id, i.name, i.brand, i.kind, i.ownership, i.is_inclusive, i.grade, i.district_code, i.subdistrict_code, i.service_modes, i.filing_status, i.lat, i.lng,
    coalesce(c.class_types, '{}'), coalesce(c.type_vacancies, '{}'), coalesce(c.places, 0), coalesce(c.vacancies, 0),
    coalesce(f.class_types, '{}'), coalesce(f.service_modes, '{}'), coalesce(f.amounts, '{}'), f.min_fen, f.max_fen, r.average, coalesce(r.count, 0)
  FROM institutions i
  LEFT JOIN c ON c.institution_id = i.id
  LEFT JOIN f ON f.institution_id = i.id
  LEFT JOIN r ON r.institution_id = i.id
  WHERE i.id = ANY (ids)
  ON CONFLICT (institution_id) DO UPDATE SET name = excluded.name, brand = excluded.brand, kind = excluded.kind, ownership = excluded.ownership, is_inclusive = excluded.is_inclusive, grade = excluded.grade, district_code = excluded.district_code, subdistrict_code = excluded.subdistrict_code, service_modes = excluded.service_modes, filing_status = excluded.filing_status, lat = excluded.lat, lng = excluded.lng,
    class_types = excluded.class_types, type_vacancies = excluded.type_vacancies, places = excluded.places, vacancies = excluded.vacancies,
    fee_class_types = excluded.fee_class_types, fee_service_modes = excluded.fee_service_modes, fee_amounts_fen = excluded.fee_amounts_fen,
    min_monthly_fee_fen = excluded.min_monthly_fee_fen, max_monthly_fee_fen = excluded.max_monthly_fee_fen, rating_average = excluded.rating_average, rating_count = excluded.rating_count;
END
$$;
--> statement-breakpoint
-- Statement-level: a bulk insert (the demo seed, the load test) recomputes each institution it touched once. On an update only rows whose listed columns (the trigger's arguments) changed count, so the many updates that leave the facts alone (notes, revisions, timestamps) neither recompute nor lock the institution's facts row. A bulk load that fills several tables in one transaction may set youyu.search_facts_deferred (transaction-local) and recompute once at its end instead of once per table.
CREATE OR REPLACE FUNCTION institution_search_facts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key text := CASE WHEN TG_TABLE_NAME = 'institutions' THEN 'id' ELSE 'institution_id' END;
  ids uuid[];
  changed text;
BEGIN
  IF current_setting('youyu.search_facts_deferred', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array(SELECT DISTINCT %I FROM new_rows WHERE %1$I IS NOT NULL)', key) INTO ids;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array(SELECT DISTINCT %I FROM old_rows WHERE %1$I IS NOT NULL)', key) INTO ids;
  ELSE
    SELECT format('(%s) IS DISTINCT FROM (%s)', string_agg('o.' || quote_ident(c), ', '), string_agg('n.' || quote_ident(c), ', ')) INTO changed FROM unnest(TG_ARGV) AS c;
    EXECUTE format('SELECT array(SELECT o.%1$I FROM old_rows o JOIN new_rows n USING (id) WHERE %2$s AND o.%1$I IS NOT NULL UNION SELECT n.%1$I FROM old_rows o JOIN new_rows n USING (id) WHERE %2$s AND n.%1$I IS NOT NULL)', key, changed) INTO ids;
  END IF;
  PERFORM refresh_institution_search_facts(ids);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_insert AFTER INSERT ON institutions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_update AFTER UPDATE ON institutions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow('name', 'brand', 'kind', 'ownership', 'is_inclusive', 'grade', 'district_code', 'subdistrict_code', 'service_modes', 'filing_status', 'lat', 'lng');
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_insert AFTER INSERT ON institution_classes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_update AFTER UPDATE ON institution_classes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow('institution_id', 'class_type', 'capacity');
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_delete AFTER DELETE ON institution_classes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_insert AFTER INSERT ON institution_fees REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_update AFTER UPDATE ON institution_fees REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow('institution_id', 'class_type', 'service_mode', 'monthly_fee_fen');
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_delete AFTER DELETE ON institution_fees REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_insert AFTER INSERT ON children REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_update AFTER UPDATE ON children REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow('institution_id', 'class_id', 'status');
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_delete AFTER DELETE ON children REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_insert AFTER INSERT ON bookings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_update AFTER UPDATE ON bookings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow('institution_id', 'class_id', 'state');
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_delete AFTER DELETE ON bookings REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_insert AFTER INSERT ON ratings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_update AFTER UPDATE ON ratings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow('institution_id', 'status', 'overall');
--> statement-breakpoint
CREATE TRIGGER institution_search_facts_on_delete AFTER DELETE ON ratings REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION institution_search_facts_follow();
--> statement-breakpoint
-- Institutions that existed before this migration.
SELECT refresh_institution_search_facts(array(SELECT id FROM institutions));
