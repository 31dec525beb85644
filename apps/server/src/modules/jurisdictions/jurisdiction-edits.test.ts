import { describe, expect, it } from 'vitest';
import type { JurisdictionRow } from './jurisdictions.tables.ts';
import { planEdit, yearInChina } from './jurisdiction-edits.ts';

const row: JurisdictionRow = {
  code: '110105',
  parentCode: '110000',
  level: 'district',
  nameZh: '朝阳区',
  nameEn: 'Chaoyang District',
  population: 3_452_460,
  populationSource: 'census2020',
  populationYear: 2020,
  under3Population: 65_000,
  under3PopulationSource: 'estimated',
  under3PopulationYear: 2022,
  householdIncomeFen: 9_000_000,
  householdIncomeSource: 'estimated',
  householdIncomeYear: 2022,
  zoneType: 'centralDistrict',
  boundary: null,
  bboxMinLng: null,
  bboxMinLat: null,
  bboxMaxLng: null,
  bboxMaxLat: null,
  manualFields: ['nameEn'],
  updatedAt: new Date('2025-01-01T00:00:00Z'),
};

// 2025-12-31 20:00 UTC is already 2026 in China.
const now = new Date('2025-12-31T20:00:00Z');

describe('planEdit', () => {
  it('takes the year in China', () => {
    expect(yearInChina(now)).toBe(2026);
  });

  it('marks changed figures manual, with a default year, and remembers the fields', () => {
    const plan = planEdit(row, { population: 3_500_000, householdIncomeFen: 9_500_000, under3Population: 60_000, under3PopulationYear: 2024 }, now);
    expect(plan.changed).toEqual(['population', 'under3Population', 'householdIncomeFen']);
    expect(plan.patch).toMatchObject({
      population: 3_500_000,
      populationSource: 'manual',
      populationYear: 2026,
      under3PopulationYear: 2024,
      householdIncomeSource: 'manual',
      householdIncomeYear: 2025,
      manualFields: ['nameEn', 'population', 'under3Population', 'householdIncomeFen'],
    });
  });

  it('ignores values equal to the stored ones', () => {
    expect(planEdit(row, { nameZh: '朝阳区', population: 3_452_460, zoneType: 'centralDistrict' }, now)).toEqual({ patch: {}, changed: [] });
  });

  it('stores a new shape with its bounding box, and clears both', () => {
    const boundary = { type: 'Polygon' as const, coordinates: [[[116, 39], [117, 39], [117, 40], [116, 39]] as [number, number][]] };
    expect(planEdit(row, { boundary }, now).patch).toMatchObject({ boundary, bboxMinLng: 116, bboxMaxLat: 40 });
    expect(planEdit({ ...row, boundary }, { boundary: null }, now).patch).toMatchObject({ boundary: null, bboxMinLng: null });
  });
});
