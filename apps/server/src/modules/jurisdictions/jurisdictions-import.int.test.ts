import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sum } from 'drizzle-orm';
import { openTestDatabase } from '../../../test/database.ts';
import { auditLog, verifyAuditChain } from '../../platform/audit/index.ts';
import type { Database } from '../../platform/db/index.ts';
import { importJurisdictions, listDistrictBoundaries, listDistricts, listSubdistricts, locateSubdistrict } from './index.ts';
import { jurisdictions } from './jurisdictions.tables.ts';

describe('importJurisdictions', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('loads each city with the numbers of the national code list', async () => {
    expect(await importJurisdictions(database.db, 'beijing')).toEqual({ cityCode: '110000', districts: 16, subdistricts: 349 });
    expect(await importJurisdictions(database.db, 'tianjin')).toEqual({ cityCode: '120000', districts: 16, subdistricts: 299 });
    expect(await importJurisdictions(database.db, 'chongqing')).toEqual({ cityCode: '500000', districts: 38, subdistricts: 1031 });
    const rows = await database.db.select({ level: jurisdictions.level, n: count() }).from(jurisdictions).groupBy(jurisdictions.level);
    expect(Object.fromEntries(rows.map((r) => [r.level, r.n]))).toEqual({ city: 3, district: 70, subdistrict: 1679 });
    expect(await listDistricts(database.db, '110000')).toHaveLength(16);
    expect((await listSubdistricts(database.db, '110105')).map((s) => s.nameZh)).toContain('望京街道');
  });

  it('stores the Beijing census as published', async () => {
    const [row] = await database.db
      .select({ total: sum(jurisdictions.population).mapWith(Number) })
      .from(jurisdictions)
      .where(eq(jurisdictions.parentCode, '110000'));
    expect(row?.total).toBe(21_893_095);
  });

  it('changes nothing when run again: no writes, no audit entry', async () => {
    const before = await database.db.select().from(jurisdictions);
    const [{ n: entries } = { n: 0 }] = await database.db.select({ n: count() }).from(auditLog);
    expect(entries).toBe(3);
    await importJurisdictions(database.db, 'beijing');
    await importJurisdictions(database.db, 'chongqing');
    expect(await database.db.select().from(jurisdictions)).toEqual(before);
    expect((await database.db.select({ n: count() }).from(auditLog))[0]?.n).toBe(3);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('keeps what an administrator edited and restores what was changed behind its back', async () => {
    await database.db
      .update(jurisdictions)
      .set({ population: 3_600_000, populationSource: 'manual', populationYear: 2024, nameEn: 'Chaoyang', manualFields: ['population'] })
      .where(eq(jurisdictions.code, '110105'));
    await database.db.delete(jurisdictions).where(eq(jurisdictions.code, '110105043'));
    await importJurisdictions(database.db, 'beijing');
    const [chaoyang] = await database.db.select().from(jurisdictions).where(eq(jurisdictions.code, '110105'));
    expect(chaoyang).toMatchObject({ population: 3_600_000, populationSource: 'manual', populationYear: 2024, nameEn: 'Chaoyang District' });
    expect((await listSubdistricts(database.db, '110105')).map((s) => s.code)).toContain('110105043');
    const [last] = await database.db.select().from(auditLog).orderBy(auditLog.seq).limit(1).offset(3);
    expect(last).toMatchObject({ action: 'jurisdictions.import', entityId: '110000', details: { city: 'beijing', inserted: 1, updated: 1 } });
  });

  it('locates a point in its district from the boundary polygons', async () => {
    // 朝阳区: Chaoyangmen Outer Street, east of the Second Ring Road.
    expect(await locateSubdistrict(database.db, 39.921, 116.443)).toEqual({ districtCode: '110105', subdistrictCode: null });
    // 东城区: the Forbidden City.
    expect(await locateSubdistrict(database.db, 39.916, 116.397)).toEqual({ districtCode: '110101', subdistrictCode: null });
    // 渝中区, Chongqing: Jiefangbei.
    expect(await locateSubdistrict(database.db, 29.557, 106.577)).toEqual({ districtCode: '500103', subdistrictCode: null });
    // The Yellow Sea, and nonsense.
    expect(await locateSubdistrict(database.db, 35, 123)).toBeNull();
    expect(await locateSubdistrict(database.db, Number.NaN, 116.4)).toBeNull();
  });

  it('hands out the cleaned district shapes; 蓟州区 has none in the source file', async () => {
    const tianjin = await listDistrictBoundaries(database.db, '120000');
    expect(tianjin).toHaveLength(15);
    expect(tianjin.map((d) => d.code)).not.toContain('120119');
    const dadukou = (await listDistrictBoundaries(database.db, '500000')).find((d) => d.code === '500104');
    // Its two zero-area slivers are gone; two real polygons remain.
    expect(dadukou?.boundary).toMatchObject({ type: 'MultiPolygon', coordinates: { length: 2 } });
  });
});
