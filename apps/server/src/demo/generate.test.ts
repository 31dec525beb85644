import { describe, expect, it } from 'vitest';
import { checkCreditCode, type ClassType } from '@youyu/contracts';
import { checkIdNumber } from '../platform/crypto/index.ts';
import { cityPlans, REFERENCE_DATE, type CityPlan } from './city-plans.ts';
import { digestOfCity } from './digest.ts';
import { apportion, generateCity } from './generate.ts';
import { containsPoint } from '../modules/jurisdictions/index.ts';
import { placeable } from './geo.ts';
import type { DemoRules, DistrictInput } from './types.ts';

/** Four square districts of 0.2° side with three subdistricts each: small enough to check every row. */
const districts: DistrictInput[] = ['110101', '110102', '110105', '110108'].map((code, i) => {
  const [lng, lat] = [116 + i * 0.3, 39.8];
  return {
    code,
    name: `第${i + 1}区`,
    population: (i + 1) * 500_000,
    householdIncomeFen: 6_000_000 + i * 1_000_000,
    shape: placeable({ type: 'Polygon', coordinates: [[[lng, lat], [lng + 0.2, lat], [lng + 0.2, lat + 0.2], [lng, lat + 0.2], [lng, lat]]] }),
    subdistricts: [1, 2, 3].map((s) => ({ code: `${code}00${s}`, name: `第${s}街道` })),
  };
});

const rules: DemoRules = {
  maxClassSize: { infantClass: 10, toddlerClass: 15, twosClass: 20, mixedClass: 18 },
  childrenPerCarer: { infantClass: 3, toddlerClass: 5, twosClass: 7, mixedClass: 6 },
  familyPointMaxChildren: 5,
  familyPointChildrenPerCarer: 3,
  publicFeeCapShare: 0.2,
};

const plan: CityPlan = { ...cityPlans.beijing, institutions: 150, places: 8_000, demo: { districtCode: '110105', districtSlug: 'x', subdistrictCode: '110105002', subdistrictSlug: 'y' } };
const city = generateCity({ plan, seed: 7, districts, rules });

describe('demo city generator', () => {
  it('is deterministic for a seed, whatever order the districts come in, and changes with the seed', () => {
    expect(digestOfCity(generateCity({ plan, seed: 7, districts: [...districts].reverse(), rules }))).toBe(digestOfCity(city));
    expect(digestOfCity(generateCity({ plan, seed: 8, districts, rules }))).not.toBe(digestOfCity(city));
  });

  it('builds the planned number of institutions and places (± 5 %)', () => {
    expect(city.institutions).toHaveLength(150);
    const places = city.classes.reduce((sum, c) => sum + c.capacity!, 0);
    expect(Math.abs(places - 8_000) / 8_000).toBeLessThan(0.05);
  });

  it('keeps every class within its size rule and every family point within its limit', () => {
    const byInstitution = new Map(city.institutions.map((i) => [i.id, i]));
    const familyPlaces = new Map<string, number>();
    for (const c of city.classes) {
      expect(c.capacity).toBeGreaterThan(0);
      expect(c.capacity).toBeLessThanOrEqual(rules.maxClassSize[c.classType as ClassType]);
      const institution = byInstitution.get(c.institutionId)!;
      if (institution.kind === 'kindergartenClass') expect(c.classType).toBe('twosClass');
      if (institution.kind === 'familyPoint') familyPlaces.set(institution.id, (familyPlaces.get(institution.id) ?? 0) + c.capacity!);
    }
    expect(familyPlaces.size).toBeGreaterThan(0);
    for (const places of familyPlaces.values()) expect(places).toBeLessThanOrEqual(5);
    const enrolled = new Map<string, number>();
    for (const child of city.children) enrolled.set(child.classId!, (enrolled.get(child.classId!) ?? 0) + 1);
    for (const c of city.classes) expect(enrolled.get(c.id) ?? 0).toBeLessThanOrEqual(c.capacity!);
  });

  it('places each institution inside its district and in one of its subdistricts', () => {
    const byCode = new Map(districts.map((d) => [d.code, d]));
    for (const i of city.institutions) {
      const district = byCode.get(i.districtCode)!;
      expect(containsPoint(district.shape.boundary, i.lng, i.lat), i.name).toBe(true);
      expect(district.subdistricts.map((s) => s.code)).toContain(i.subdistrictCode);
    }
    const centres = city.institutions.filter((i) => i.kind === 'districtCentre').map((i) => i.districtCode);
    expect(new Set(centres).size).toBe(centres.length);
  });

  it('issues valid, unique credit codes and ID numbers that agree with birth date and sex', () => {
    const codes = city.institutions.map((i) => i.creditCode);
    expect(codes.every((c) => checkCreditCode(c).ok)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    for (const child of city.children.filter((c) => c.idNumber)) {
      const check = checkIdNumber(child.idNumber!, REFERENCE_DATE);
      expect(check).toMatchObject({ ok: true, facts: { birthDate: child.birthDate, sex: child.sex } });
    }
    const active = city.staff.filter((s) => s.status === 'active');
    expect(active.every((s) => checkIdNumber(s.idNumber, REFERENCE_DATE).ok)).toBe(true);
    expect(new Set(active.map((s) => s.idNumber)).size).toBe(active.length);
  });

  it('keeps public fees under the cap of their district', () => {
    const byInstitution = new Map(city.institutions.map((i) => [i.id, i]));
    const incomeOf = new Map(districts.map((d) => [d.code, d.householdIncomeFen!]));
    const publicFees = city.fees.filter((f) => byInstitution.get(f.institutionId)!.ownership === 'public');
    expect(publicFees.length).toBeGreaterThan(0);
    for (const fee of publicFees) expect(fee.monthlyFeeFen).toBeLessThanOrEqual((incomeOf.get(fee.districtCode)! * 0.2) / 12);
  });

  it('puts the demo institution first, filed, in the demo subdistrict, with the demo family’s child', () => {
    const demo = city.institutions[0]!;
    expect(demo).toMatchObject({ id: city.demoInstitutionId, subdistrictCode: '110105002', filingStatus: 'filed', isInclusive: true });
    expect(demo.filingNumber).toMatch(/^京托备110105-\d{4}-\d{4}$/);
    expect(city.families[0]).toMatchObject({ id: city.demoFamilyId, phone: '13800000000' });
    expect(city.children.find((c) => c.familyUserId === city.demoFamilyId)).toMatchObject({ institutionId: demo.id, status: 'enrolled' });
  });

  it('apportions whole numbers that add up', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(600, [3, 2, 1]).reduce((a, b) => a + b, 0)).toBe(600);
  });
});
