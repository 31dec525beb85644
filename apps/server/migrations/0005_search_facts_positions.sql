ALTER TABLE "institution_search_facts" ADD COLUMN "vacancies_by_type" integer[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "institution_search_facts" ADD COLUMN "fees_by_position" integer[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- The search facts also kept at fixed positions: free places per class type and the fee per class type and service mode, so that the map search filters and sorts by plain expressions over one row (search-positions.ts).
CREATE OR REPLACE FUNCTION refresh_institution_search_facts(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  -- The orders of classTypes and serviceModes in @youyu/contracts (search-positions.ts reads the arrays by them).
  type_order text[] := ARRAY['infantClass', 'toddlerClass', 'twosClass', 'mixedClass'];
  mode_order text[] := ARRAY['fullDay', 'halfDay', 'hourly', 'temporary'];
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
  INSERT INTO institution_search_facts (institution_id, name, brand, kind, ownership, is_inclusive, grade, district_code, subdistrict_code, service_modes, filing_status, lat, lng, class_types, type_vacancies, places, vacancies, fee_class_types, fee_service_modes, fee_amounts_fen, vacancies_by_type, fees_by_position, min_monthly_fee_fen, max_monthly_fee_fen, rating_average, rating_count)
  SELECT i.id, i.name, i.brand, i.kind, i.ownership, i.is_inclusive, i.grade, i.district_code, i.subdistrict_code, i.service_modes, i.filing_status, i.lat, i.lng,
    coalesce(c.class_types, '{}'), coalesce(c.type_vacancies, '{}'), coalesce(c.places, 0), coalesce(c.vacancies, 0),
    coalesce(f.class_types, '{}'), coalesce(f.service_modes, '{}'), coalesce(f.amounts, '{}'),
    array(SELECT coalesce(v.free, 0) FROM unnest(type_order) WITH ORDINALITY AS k(class_type, n) LEFT JOIN unnest(c.class_types, c.type_vacancies) AS v(class_type, free) ON v.class_type = k.class_type ORDER BY k.n),
    array(SELECT x.amount FROM unnest(type_order) WITH ORDINALITY AS k(class_type, n) CROSS JOIN unnest(mode_order) WITH ORDINALITY AS m(service_mode, n)
      LEFT JOIN unnest(f.class_types, f.service_modes, f.amounts) AS x(class_type, service_mode, amount) ON x.class_type = k.class_type AND x.service_mode = m.service_mode ORDER BY k.n, m.n),
    f.min_fen, f.max_fen, r.average, coalesce(r.count, 0)
  FROM institutions i
  LEFT JOIN c ON c.institution_id = i.id
  LEFT JOIN f ON f.institution_id = i.id
  LEFT JOIN r ON r.institution_id = i.id
  WHERE i.id = ANY (ids)
  ON CONFLICT (institution_id) DO UPDATE SET name = excluded.name, brand = excluded.brand, kind = excluded.kind, ownership = excluded.ownership, is_inclusive = excluded.is_inclusive, grade = excluded.grade, district_code = excluded.district_code, subdistrict_code = excluded.subdistrict_code, service_modes = excluded.service_modes, filing_status = excluded.filing_status, lat = excluded.lat, lng = excluded.lng,
    class_types = excluded.class_types, type_vacancies = excluded.type_vacancies, places = excluded.places, vacancies = excluded.vacancies,
    fee_class_types = excluded.fee_class_types, fee_service_modes = excluded.fee_service_modes, fee_amounts_fen = excluded.fee_amounts_fen, vacancies_by_type = excluded.vacancies_by_type, fees_by_position = excluded.fees_by_position,
    min_monthly_fee_fen = excluded.min_monthly_fee_fen, max_monthly_fee_fen = excluded.max_monthly_fee_fen, rating_average = excluded.rating_average, rating_count = excluded.rating_count;
END
$$;
--> statement-breakpoint
SELECT refresh_institution_search_facts(array(SELECT id FROM institutions));
