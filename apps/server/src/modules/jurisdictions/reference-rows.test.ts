import { describe, expect, it } from 'vitest';
import type { CityKey } from '@youyu/contracts';
import { cityFacts, parseCsv, readCityFiles } from './reference-data.ts';
import { apportion, buildReferenceRows, stableWeight } from './reference-rows.ts';

const sum = (values: (number | null)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

describe('apportion', () => {
  it('gives whole shares that add up exactly, in proportion', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [3, 1])).toEqual([75, 25]);
    expect(apportion(7, [0, 0])).toEqual([4, 3]);
    expect(apportion(0, [2, 5])).toEqual([0, 0]);
    const shares = apportion(1_234_567, [0.51, 1.49, 0.93, 1.2]);
    expect(sum(shares)).toBe(1_234_567);
  });
});

describe('stableWeight', () => {
  it('is the same every time and stays within [0.5, 1.5)', () => {
    expect(stableWeight('110105001')).toBe(stableWeight('110105001'));
    expect(stableWeight('110105001')).not.toBe(stableWeight('110105002'));
    for (let i = 0; i < 200; i++) {
      const w = stableWeight(`110105${String(i).padStart(3, '0')}`);
      expect(w).toBeGreaterThanOrEqual(0.5);
      expect(w).toBeLessThan(1.5);
    }
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and CRLF line ends', () => {
    expect(parseCsv('\uFEFFcode,name\r\n1,"东城区"\r\n2,"a, ""b"""\r\n')).toEqual([
      { code: '1', name: '东城区' },
      { code: '2', name: 'a, "b"' },
    ]);
  });
});

describe('reference rows', () => {
  const expected: Record<CityKey, { districts: number; subdistricts: number }> = {
    beijing: { districts: 16, subdistricts: 349 },
    tianjin: { districts: 16, subdistricts: 299 },
    chongqing: { districts: 38, subdistricts: 1031 },
  };

  for (const city of Object.keys(expected) as CityKey[]) {
    it(`builds ${city}: counts, sums that add up, sources marked`, async () => {
      const rows = buildReferenceRows(city, await readCityFiles(city));
      const [root, ...rest] = rows;
      const districts = rest.filter((r) => r.level === 'district');
      const subdistricts = rest.filter((r) => r.level === 'subdistrict');
      expect({ districts: districts.length, subdistricts: subdistricts.length }).toEqual(expected[city]);
      expect(root).toMatchObject({ code: cityFacts[city].code, level: 'city', parentCode: null, population: cityFacts[city].censusPopulation, populationSource: 'census2020' });
      expect(sum(districts.map((d) => d.population))).toBe(root!.population);
      expect(sum(districts.map((d) => d.under3Population))).toBe(root!.under3Population);
      for (const d of districts) {
        const below = subdistricts.filter((s) => s.parentCode === d.code);
        expect(sum(below.map((s) => s.population)), d.code).toBe(d.population);
        expect(sum(below.map((s) => s.under3Population)), d.code).toBe(d.under3Population);
        expect(d.nameEn, d.code).toMatch(/District|County|Area/);
        expect(d.under3PopulationSource).toBe(d.populationSource === 'census2020' ? 'estimated' : 'synthetic');
      }
      expect(subdistricts.every((s) => s.populationSource === 'synthetic' && s.nameEn === null && s.householdIncomeFen === null)).toBe(true);
      // The population-weighted mean income is the city's figure (within rounding to whole yuan).
      const weightedMean = sum(districts.map((d) => d.population! * d.householdIncomeFen!)) / root!.population! / 100;
      expect(Math.abs(weightedMean - cityFacts[city].householdIncomeYuan)).toBeLessThan(1);
      // Parents always come before their children, so inserting in order satisfies the parent key.
      const seen = new Set<string>();
      for (const r of rows) {
        if (r.parentCode) expect(seen.has(r.parentCode), r.code).toBe(true);
        seen.add(r.code);
      }
    });
  }

  it('keeps Beijing census figures and zones as published', async () => {
    const rows = buildReferenceRows('beijing', await readCityFiles('beijing'));
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(sum(rows.filter((r) => r.level === 'district').map((r) => r.population))).toBe(21_893_095);
    expect(byCode.get('110105')).toMatchObject({ nameZh: '朝阳区', nameEn: 'Chaoyang District', population: 3_452_460, populationSource: 'census2020', zoneType: 'centralDistrict' });
    expect(byCode.get('110112')?.zoneType).toBe('citySubCentre');
    expect(byCode.get('110115')?.zoneType).toBe('plainNewTown');
    expect(byCode.get('110119')?.zoneType).toBe('ecologicalConservation');
    expect(byCode.get('110105')!.householdIncomeFen!).toBeGreaterThan(byCode.get('110119')!.householdIncomeFen!);
    expect(byCode.get('110105')?.boundary?.type).toBe('MultiPolygon');
  });

  it('splits what the census files lack (Chongqing counties, Tianjin districts) and marks it synthetic', async () => {
    const chongqing = buildReferenceRows('chongqing', await readCityFiles('chongqing'));
    expect(chongqing.find((r) => r.code === '500103')).toMatchObject({ population: 588_717, populationSource: 'census2020' });
    const counties = chongqing.filter((r) => r.level === 'district' && r.code.startsWith('5002'));
    expect(counties).toHaveLength(12);
    expect(counties.every((c) => c.populationSource === 'synthetic' && c.population! > 0 && c.zoneType === null)).toBe(true);
    expect(sum(counties.map((c) => c.population))).toBe(32_054_159 - sum(chongqing.filter((r) => r.populationSource === 'census2020' && r.level === 'district').map((r) => r.population)));
    const tianjin = buildReferenceRows('tianjin', await readCityFiles('tianjin'));
    expect(tianjin.filter((r) => r.level === 'district').every((d) => d.populationSource === 'synthetic')).toBe(true);
    // 蓟州区's shape is empty in the source file.
    expect(tianjin.find((r) => r.code === '120119')?.boundary).toBeNull();
  });
});
