import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassType, Grade, InstitutionKind, Ownership } from '@youyu/contracts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { bookings } from '../bookings/index.ts';
import { children, classes, fees, institutions } from '../institutions/index.ts';
// Test factories are shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution } from '../institutions/institutions.factory.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';
import { getPolicyValue } from '../policies/index.ts';
import { ratings } from '../ratings/index.ts';

const AREA = { districtCode: '110105', subdistrictCode: '110105026' };
const HOME = { lat: 39.99, lng: 116.47 };
/** Metres per degree of latitude on the sphere the haversine uses; longitude shrinks with cos(lat). */
const M_PER_DEG = (6_371_008.8 * Math.PI) / 180;
const north = (m: number) => ({ lat: HOME.lat + m / M_PER_DEG, lng: HOME.lng });
const east = (m: number) => ({ lat: HOME.lat, lng: HOME.lng + m / (M_PER_DEG * Math.cos((HOME.lat * Math.PI) / 180)) });

type Spec = {
  name: string;
  at: { lat: number; lng: number };
  kind?: InstitutionKind;
  ownership: Ownership;
  grade?: Grade;
  inclusive?: boolean;
  filingStatus?: 'filed' | 'registered';
  /** class type → [capacity, enrolled, monthly fee in yuan] */
  classes: Partial<Record<ClassType, [number, number, number]>>;
};

/** The date `months` months (and a few days) before today, as a birth date. */
function bornMonthsAgo(months: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

describe('searching the register near home', () => {
  let t: TestApp;
  const id: Record<string, string> = {};
  let walkingSpeed: number;

  const get = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/public/institutions?${query}` });
  const page = async (query: string) => {
    const res = await get(query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: string; name: string; vacancies: number; distanceM?: number; rating: { average: number | null; count: number } }[]; total: number; radiusM?: number };
  };
  const names = async (query: string) => (await page(query)).items.map((i) => i.name);
  const near = `near=${HOME.lat},${HOME.lng}`;

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    const vault = vaultFromConfig(t.config, () => undefined);
    const specs: Spec[] = [
      { name: 'A', at: north(300), ownership: 'public', grade: 'A', inclusive: true, classes: { toddlerClass: [10, 10, 3000], twosClass: [20, 5, 2500] } },
      { name: 'B', at: east(800), ownership: 'private', grade: 'B', classes: { infantClass: [10, 3, 4000] } },
      { name: 'C', at: north(-1500), kind: 'kindergartenClass', ownership: 'publicBuiltPrivateRun', classes: { twosClass: [20, 20, 1800] } },
      { name: 'D', at: east(-5000), ownership: 'privateWithPublicAid', classes: { twosClass: [20, 0, 6000], mixedClass: [18, 2, 5500] } },
      { name: 'unfiled', at: north(100), ownership: 'public', filingStatus: 'registered', classes: { toddlerClass: [10, 0, 1000] } },
    ];
    for (const spec of specs) {
      const classes = Object.entries(spec.classes).map(([classType, [capacity, enrolled]]) => ({ classType: classType as ClassType, capacity, enrolled }));
      const made = await createTestInstitution(db, vault, { ...AREA, name: spec.name, kind: spec.kind, ownership: spec.ownership, isInclusive: spec.inclusive, filingStatus: spec.filingStatus, classes });
      id[spec.name] = made.id;
      await db.update(institutions).set({ ...spec.at, grade: spec.grade ?? null }).where(eq(institutions.id, made.id));
      for (const [classType, [, , yuan]] of Object.entries(spec.classes)) {
        await db.update(fees).set({ monthlyFeeFen: yuan * 100 }).where(and(eq(fees.institutionId, made.id), eq(fees.classType, classType as ClassType)));
      }
    }
    // A cheaper half-day twos place at A: counts for fee filters only when the service mode allows it.
    await db.insert(fees).values({ institutionId: id.A!, classType: 'twosClass', serviceMode: 'halfDay', monthlyFeeFen: 150_000, ...AREA });
    // An open offer at B holds a place like an enrolled child (bookings module's count).
    const [child] = await db.insert(children).values({ name: '候补宝宝', birthDate: bornMonthsAgo(8), sex: 'female', familyUserId: randomUUID(), guardianName: '家长', guardianPhone: '13900000001' }).returning({ id: children.id });
    const [bClass] = await db.select({ id: classes.id }).from(classes).where(eq(classes.institutionId, id.B!));
    await db.insert(bookings).values({ childId: child!.id, familyUserId: randomUUID(), institutionId: id.B!, ...AREA, classType: 'infantClass', serviceMode: 'fullDay', startDate: bornMonthsAgo(0), state: 'offered', classId: bClass!.id, offeredAt: new Date(), offerExpiresAt: new Date(Date.now() + 86_400_000) });
    // Families' overall scores: B and D tie at 4.5, A has 3, C only a rating still held for moderation.
    const rated: [string, number, 'published' | 'held'][] = [['B', 5, 'published'], ['B', 4, 'published'], ['D', 4, 'published'], ['D', 5, 'published'], ['A', 3, 'published'], ['C', 5, 'held']];
    for (const [name, overall, status] of rated) {
      await db.insert(ratings).values({ institutionId: id[name]!, familyUserId: randomUUID(), familyName: '家长', ...AREA, overall, care: overall, safety: overall, food: overall, communication: overall, environment: overall, status });
    }
    walkingSpeed = (await getPolicyValue(db, '110000', 'catchment.walkingSpeed')).value as number;
  }, 60_000);
  afterAll(() => t.close());

  it('finds filed institutions within a radius, nearest first, with their distance and free places', async () => {
    const { items, total } = await page(`${near}&radius=1000`);
    expect(total).toBe(2);
    expect(items.map((i) => i.name)).toEqual(['A', 'B']);
    expect(items[0]!.distanceM).toBeGreaterThanOrEqual(299);
    expect(items[0]!.distanceM).toBeLessThanOrEqual(301);
    expect(items[1]!.distanceM).toBeGreaterThanOrEqual(799);
    expect(items[1]!.distanceM).toBeLessThanOrEqual(801);
    // B: 10 places, 3 enrolled, 1 offered.
    expect(items.map((i) => i.vacancies)).toEqual([15, 6]);
    expect(await names(`${near}&radius=200`)).toEqual([]);
    expect(await names(`${near}&radius=30000`)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('without a radius searches the profile’s acceptable distance; a walk uses the profile’s walking speed', async () => {
    const acceptable = (await getPolicyValue(t.database.db, '110000', 'catchment.acceptableDistance')).value as number;
    expect(acceptable).toBeGreaterThan(1500);
    expect(acceptable).toBeLessThan(5000);
    expect(await names(near)).toEqual(['A', 'B', 'C']);
    // 15 minutes at ~67 m/min ≈ 1 km: A and B; fewer minutes than B is away keeps A only.
    expect(await names(`${near}&walk=15`)).toEqual(walkingSpeed * 15 >= 800 ? ['A', 'B'] : ['A']);
    expect((await page(`${near}&walk=15`)).radiusM).toBe(Math.round(walkingSpeed * 15));
    expect((await page(near)).radiusM).toBe(acceptable);
    expect((await page(`${near}&radius=1234`)).radiusM).toBe(1234);
    expect(await page('pageSize=1')).not.toHaveProperty('radiusM');
    expect(await names(`${near}&walk=${Math.floor(700 / walkingSpeed)}`)).toEqual(['A']);
    expect(await names(`${near}&walk=${Math.ceil(1600 / walkingSpeed)}`)).toEqual(['A', 'B', 'C']);
  });

  it('carries vacancies on every item and a distance only when searching near a point', async () => {
    const { items } = await page('pageSize=100');
    expect(items.map((i) => i.name).sort()).toEqual(['A', 'B', 'C', 'D']);
    for (const item of items) {
      expect(item.vacancies, item.name).toEqual(expect.any(Number));
      expect(item, item.name).not.toHaveProperty('distanceM');
    }
    expect(Object.fromEntries(items.map((i) => [i.name, i.vacancies]))).toEqual({ A: 15, B: 6, C: 0, D: 36 });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/public/institutions/${id.B}` })).json();
    expect([detail.vacancies, detail.classes[0].vacancies]).toEqual([6, 6]);
  });

  it('sorts by fee, free places or distance', async () => {
    const wide = `${near}&radius=30000`;
    // Lowest fee over every class type and mode: A's half-day 1500, C 1800, B 4000, D 5500.
    expect(await names(`${wide}&sort=fee`)).toEqual(['A', 'C', 'B', 'D']);
    // The service mode narrows the fees that count: A's full-day 2500.
    expect(await names(`${wide}&sort=fee&serviceMode=fullDay`)).toEqual(['C', 'A', 'B', 'D']);
    expect(await names(`${wide}&sort=vacancy`)).toEqual(['D', 'A', 'B', 'C']);
    expect(await names(`${wide}&sort=distance`)).toEqual(['A', 'B', 'C', 'D']);
    expect(await names('sort=vacancy')).toEqual(['D', 'A', 'B', 'C']);
    expect(await names('sort=fee')).toEqual(['A', 'C', 'B', 'D']);
  });

  it('sorts by the average of published ratings, unrated last, equal averages nearest first, then by name', async () => {
    const { items } = await page(`${near}&radius=30000&sort=rating`);
    expect(items.map((i) => [i.name, i.rating])).toEqual([
      ['B', { average: 4.5, count: 2 }],
      ['D', { average: 4.5, count: 2 }],
      ['A', { average: 3, count: 1 }],
      // A rating held for moderation does not count.
      ['C', { average: null, count: 0 }],
    ]);
    // From D's door D is nearer than B; without a point, equal averages go by name (all in one district).
    const atD = east(-5000);
    expect(await names(`near=${atD.lat},${atD.lng}&radius=30000&sort=rating`)).toEqual(['D', 'B', 'A', 'C']);
    expect(await names('sort=rating')).toEqual(['B', 'D', 'A', 'C']);
    expect(await names(`${near}&radius=1000&sort=rating&pageSize=1&page=2`)).toEqual(['A']);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/public/institutions/${id.D}` })).json();
    expect(detail.rating).toEqual({ average: 4.5, count: 2 });
  });

  it('keeps institutions with free places, or only the full ones', async () => {
    expect(await names(`${near}&hasVacancy=true`)).toEqual(['A', 'B']);
    expect(await names(`${near}&hasVacancy=false`)).toEqual(['C']);
  });

  it('maps the child’s age at the start date to the class types that take the child', async () => {
    const wide = `${near}&radius=30000`;
    // 8 months: infant class only.
    expect(await names(`${wide}&childBirthDate=${bornMonthsAgo(8)}`)).toEqual(['B']);
    // 20 months: toddler class, or a mixed class (from 18 months); A's toddler class is full.
    const twentyMonths = await page(`${wide}&childBirthDate=${bornMonthsAgo(20)}`);
    expect(twentyMonths.items.map((i) => [i.name, i.vacancies])).toEqual([
      ['A', 0],
      ['D', 16],
    ]);
    expect(await names(`${wide}&childBirthDate=${bornMonthsAgo(20)}&hasVacancy=true`)).toEqual(['D']);
    // 30 months: twos and mixed classes; the kindergarten's twos class counts too.
    expect(await names(`${wide}&childBirthDate=${bornMonthsAgo(30)}`)).toEqual(['A', 'C', 'D']);
    // Too young and too old for any class.
    expect(await names(`${wide}&childBirthDate=${bornMonthsAgo(4)}`)).toEqual([]);
    expect(await names(`${wide}&childBirthDate=${bornMonthsAgo(37)}`)).toEqual([]);
    // Born last month, starting in seven months: 8 months old then.
    const start = new Date();
    start.setUTCMonth(start.getUTCMonth() + 7);
    expect(await names(`${wide}&childBirthDate=${bornMonthsAgo(1)}&startDate=${start.toISOString().slice(0, 10)}`)).toEqual(['B']);
    // With a class type as well: both must hold.
    expect(await names(`${wide}&childBirthDate=${bornMonthsAgo(30)}&classType=mixedClass`)).toEqual(['D']);
    expect(await names(`${wide}&childBirthDate=${bornMonthsAgo(8)}&classType=twosClass`)).toEqual([]);
  });

  it('filters by monthly fee in yuan, for the matching class types and service mode', async () => {
    const wide = `${near}&radius=30000`;
    expect(await names(`${wide}&feeMax=2000`)).toEqual(['A', 'C']);
    expect(await names(`${wide}&feeMax=2000&serviceMode=fullDay`)).toEqual(['C']);
    expect(await names(`${wide}&feeMin=3500`)).toEqual(['B', 'D']);
    expect(await names(`${wide}&feeMin=2600&feeMax=3000`)).toEqual(['A']);
    // A 20-month-old would be in A's toddler class (3000 yuan), over the limit.
    expect(await names(`${wide}&feeMax=2600&childBirthDate=${bornMonthsAgo(20)}`)).toEqual([]);
  });

  it('filters by grade, ownership, kind and inclusive status together with distance', async () => {
    const wide = `${near}&radius=30000`;
    expect(await names(`${wide}&grade=A`)).toEqual(['A']);
    expect(await names(`${wide}&grade=C`)).toEqual([]);
    expect(await names(`${wide}&ownership=private`)).toEqual(['B']);
    expect(await names(`${wide}&ownership=privateWithPublicAid`)).toEqual(['D']);
    expect(await names(`${wide}&kind=kindergartenClass`)).toEqual(['C']);
    expect(await names(`${near}&radius=1000&inclusive=true`)).toEqual(['A']);
    expect((await page(`${wide}&ownership=public&grade=A&inclusive=true&hasVacancy=true`)).total).toBe(1);
  });

  it('pages a distance search', async () => {
    const first = await page(`${near}&radius=30000&pageSize=3`);
    const second = await page(`${near}&radius=30000&pageSize=3&page=2`);
    expect(first.total).toBe(4);
    expect([...first.items, ...second.items].map((i) => i.name)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('refuses contradictory parameters with a specific code', async () => {
    const cases: [string, string][] = [
      ['sort=distance', 'REGISTER_SORT_NEEDS_NEAR'],
      ['radius=1000', 'REGISTER_DISTANCE_NEEDS_NEAR'],
      ['walk=15', 'REGISTER_DISTANCE_NEEDS_NEAR'],
      [`${near}&radius=1000&walk=15`, 'REGISTER_RADIUS_AND_WALK'],
      ['startDate=2025-09-01', 'REGISTER_START_NEEDS_BIRTH_DATE'],
      ['childBirthDate=2025-09-01&startDate=2025-08-01', 'REGISTER_START_BEFORE_BIRTH'],
      ['childBirthDate=2999-01-01', 'REGISTER_START_BEFORE_BIRTH'],
      ['feeMin=3000&feeMax=2000', 'REGISTER_FEE_RANGE_INVERTED'],
    ];
    for (const [query, code] of cases) {
      const res = await get(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type'], query).toMatch(/^application\/problem\+json/);
      expect(res.json().code, query).toBe(code);
      expect(res.json().detail, query).toEqual(expect.any(String));
    }
  });

  it('finds places of the city by name, each with a point to search from', async () => {
    await importJurisdictions(t.database.db, 'beijing');
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/places?q=${encodeURIComponent('望京')}` });
    expect(res.statusCode, res.body).toBe(200);
    const places = res.json() as { code: string; level: string; name: string; parentName: string | null; lat: number; lng: number }[];
    const wangjing = places.find((p) => p.code === AREA.subdistrictCode);
    // Placed at the middle of its filed institutions (A, B, C and D here).
    expect(wangjing).toMatchObject({ level: 'subdistrict', name: '望京街道', parentName: '朝阳区' });
    expect(wangjing!.lat).toBeCloseTo((north(300).lat + east(800).lat + north(-1500).lat + east(-5000).lat) / 4, 6);
    const chaoyang = (await t.app.inject({ method: 'GET', url: `/api/v1/public/places?q=${encodeURIComponent('朝阳区')}` })).json()[0];
    expect(chaoyang).toMatchObject({ code: '110105', level: 'district' });
    expect(chaoyang.lat).toBeGreaterThan(39.8);
    expect(chaoyang.lat).toBeLessThan(40.1);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/places?q=${encodeURIComponent('不存在的地名')}` })).json()).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/places?q=%25' })).json()).toEqual([]);
    for (const bad of ['', `?q=${'长'.repeat(31)}`, '?q=%20']) expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/places${bad}` })).statusCode, bad).toBe(400);
  });

  it('answers the same search as points for the map: the list’s matches in its order, only what a point needs', async () => {
    const markers = async (query: string) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/institutions/markers?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: Record<string, unknown>[]; total: number; radiusM?: number };
    };
    for (const query of [`${near}&radius=30000`, `${near}&walk=15&sort=vacancy`, `${near}&radius=30000&childBirthDate=${bornMonthsAgo(20)}&feeMax=5000&sort=fee`, 'sort=rating', 'inclusive=false']) {
      const list = await page(`${query}&pageSize=100`);
      const points = await markers(query);
      expect(points.items.map((p) => p.id), query).toEqual(list.items.map((i) => i.id));
      expect([points.total, points.radiusM], query).toEqual([list.total, list.radiusM]);
      for (const [i, point] of points.items.entries()) {
        const { id: itemId, name, lat, lng, inclusive, vacancies, distanceM } = list.items[i] as (typeof list.items)[number] & { lat: number; lng: number; inclusive: boolean };
        expect(point, query).toEqual({ id: itemId, name, lat, lng, inclusive, vacancies, ...(distanceM !== undefined ? { distanceM } : {}) });
      }
    }
    // The first `limit` of them; a search without matches is an empty answer.
    expect((await markers(`${near}&radius=30000&limit=2`)).items.map((p) => p.name)).toEqual(['A', 'B']);
    expect(await markers(`${near}&radius=200`)).toEqual({ items: [], total: 0, radiusM: 200 });
    for (const bad of ['limit=0', 'limit=501', 'limit=x', `${near}&radius=30001`, 'sort=distance']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/institutions/markers?${bad}` });
      expect(res.statusCode, bad).toBe(400);
    }
  });

  it('refuses malformed values as validation failures', async () => {
    const bad = ['near=91,116', 'near=39.9,181', 'near=39.9', 'near=abc', `${near}&radius=0`, `${near}&radius=30001`, `${near}&walk=61`, `${near}&walk=1.5`, 'sort=name', 'grade=E', 'ownership=state', 'feeMax=-1', 'hasVacancy=yes', 'childBirthDate=2025-02-30'];
    for (const query of bad) {
      const res = await get(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code, query).toBe('VALIDATION_FAILED');
    }
  });
});
