import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/index.ts';
import { importJurisdictions } from '../modules/jurisdictions/index.ts';

/**
 * Load-test data (`youyu seed-load-test`, used by `npm run bench`): `count` synthetic filed
 * institutions in Beijing, no accounts and no real people. Made by the database itself
 * (generate_series, a fixed random seed) so 100,000 load in seconds on both engines: each with
 * one to four classes (kindergarten classes: twos only), full-day fees per class and half-day fees
 * for some, enrolled children in about one class in eight, and one to six published ratings at
 * three institutions in four. Institutions cluster towards the centre of Beijing the way real ones
 * do, and carry real subdistrict codes.
 */
export async function seedLoadTestInstitutions(database: Database, count: number): Promise<void> {
  const { db } = database;
  await importJurisdictions(db, 'beijing');
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.42)`);
    // The register's search facts are computed once, after the last table, rather than after each (migration 0004).
    await tx.execute(sql`select set_config('youyu.search_facts_deferred', 'on', true)`);
    await tx.execute(sql`
      insert into institutions (name, credit_code, legal_nature, registrar, kind, ownership, is_inclusive, address, lat, lng,
        district_code, subdistrict_code, contact_name, contact_phone, opening_hours, service_modes, is_premises_owned,
        floor_area_m2, has_meals, filing_status, filing_number, filed_at, grade)
      select '基准托育' || n || '号', 'BENCH' || lpad(n::text, 13, '0'),
        case when n % 3 = 0 then 'nonProfit' else 'forProfit' end, 'marketRegulation',
        (array['socialCapital','communityPoint','kindergartenClass','employerPoint','familyPoint','districtCentre'])[1 + n % 6],
        (array['private','public','privateWithPublicAid','publicBuiltPrivateRun'])[1 + n % 4],
        n % 3 = 0, '基准路' || n || '号',
        39.91 + (random() + random() + random() - 1.5) * 0.22, 116.40 + (random() + random() + random() - 1.5) * 0.30,
        left(s.codes[1 + n % array_length(s.codes, 1)], 6), s.codes[1 + n % array_length(s.codes, 1)],
        '基准', '13800000000', '周一至周五 8:00–17:30',
        case when n % 4 = 0 then array['fullDay','halfDay'] else array['fullDay'] end, true,
        300, true, 'filed', '基准备' || n, now(), (array['A','B','C',null])[1 + n % 4]
      from generate_series(1, ${count}) as n,
        (select array_agg(code order by code) as codes from jurisdictions where level = 'subdistrict' and code like '11%') as s`);
    await tx.execute(sql`
      insert into institution_classes (institution_id, name, class_type, capacity, district_code, subdistrict_code)
      select i.id, c || '班',
        case when i.kind = 'kindergartenClass' then 'twosClass' else (array['infantClass','toddlerClass','twosClass','mixedClass'])[c] end,
        (array[10, 15, 20, 18])[c], i.district_code, i.subdistrict_code
      from institutions i, generate_series(1, 4) as c
      where c <= 1 + (hashtext(i.id::text) & 3)`);
    await tx.execute(sql`
      insert into institution_fees (institution_id, class_type, service_mode, monthly_fee_fen, district_code, subdistrict_code)
      select distinct on (c.institution_id, c.class_type, m.mode) c.institution_id, c.class_type, m.mode,
        (case when m.mode = 'halfDay' then 150000 else 250000 end) + (hashtext(c.id::text) & 255) * 1000, c.district_code, c.subdistrict_code
      from institution_classes c
      join institutions i on i.id = c.institution_id
      cross join (values ('fullDay'), ('halfDay')) as m(mode)
      where m.mode = any(i.service_modes)`);
    await tx.execute(sql`
      insert into children (name, birth_date, sex, family_user_id, institution_id, class_id, enrolled_at, status, guardian_name, guardian_phone, district_code, subdistrict_code)
      select '基准幼儿', date '2024-06-01', case when k % 2 = 0 then 'female' else 'male' end, gen_random_uuid(), c.institution_id, c.id,
        date '2025-03-01', 'enrolled', '基准家长', '13900000000', c.district_code, c.subdistrict_code
      from institution_classes c, generate_series(1, 20) as k
      where (hashtext(c.id::text) & 7) = 0 and k <= c.capacity - (hashtext(c.id::text || 'free') & 3)`);
    await tx.execute(sql`
      insert into ratings (institution_id, family_user_id, family_name, district_code, subdistrict_code, overall, care, safety, food, communication, environment, status)
      select i.id, gen_random_uuid(), '基准家长', i.district_code, i.subdistrict_code, s.score, s.score, s.score, s.score, s.score, s.score, 'published'
      from institutions i, generate_series(1, 6) as k, lateral (select 1 + (hashtext(i.id::text || k) & 7) % 5 as score) as s
      where (hashtext(i.id::text) & 3) <> 0 and k <= 1 + (hashtext(i.id::text || 'ratings') & 7) % 6`);
    await tx.execute(sql`select refresh_institution_search_facts(array(select id from institutions))`);
  });
  // Vacuumed as well as analysed: a freshly loaded table has no visibility map yet (autovacuum
  // writes it later), and without one the searches' index-only scans would read the table too.
  await db.execute(sql`vacuum analyze`);
}
