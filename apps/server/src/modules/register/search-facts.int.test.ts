import { and, eq, sql } from 'drizzle-orm';
import { classTypes as classTypeOrder, serviceModes as serviceModeOrder, type ClassType } from '@youyu/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { heldPlacesByClass } from '../bookings/index.ts';
// Test support is shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { addChild, book, callerFor, type Caller } from '../bookings/bookings.test-support.ts';
import { classes, fees, institutions } from '../institutions/index.ts';
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution, type TestInstitution } from '../institutions/institutions.factory.ts';
import { ratings, ratingSummaryOf } from '../ratings/index.ts';
import { institutionSearchFacts } from './search-facts.tables.ts';
import { unitVector } from './geo.ts';
import { latitudeBandOf } from './latitude-bands.ts';
import { facetMask, feePosition } from './search-positions.ts';

const WANGJING = { districtCode: '110105', subdistrictCode: '110105026' };

describe('the search facts follow every change', () => {
  let t: TestApp;
  let sunny: TestInstitution;
  let director: Caller;
  let family: Caller;

  /** The facts as the triggers keep them, in a comparable shape. */
  async function kept(institutionId: string) {
    const [row] = await t.database.db.select().from(institutionSearchFacts).where(eq(institutionSearchFacts.institutionId, institutionId));
    const { institutionId: _, classTypes, typeVacancies, feeClassTypes, feeServiceModes, feeAmountsFen, vacanciesByType: vacanciesAt, feesByPosition: feesAt, unitX, unitY, unitZ, ...rest } = row!;
    return {
      ...rest,
      unitVector: [unitX, unitY, unitZ].map((c) => c!.toFixed(12)),
      vacanciesAt,
      feesAt,
      vacanciesByType: Object.fromEntries(classTypes.map((type, i) => [type, typeVacancies[i]])),
      fees: feeClassTypes.map((type, i) => `${type}/${feeServiceModes[i]}/${feeAmountsFen[i]}`).sort(),
    };
  }

  /** The same facts counted live, the way the bookings and ratings modules count them. */
  async function live(institutionId: string) {
    const db = t.database.db;
    const { name, brand, kind, ownership, isInclusive, grade, districtCode, subdistrictCode, serviceModes, filingStatus, lat, lng } = institutions;
    const [copied] = await db.select({ name, brand, kind, ownership, isInclusive, grade, districtCode, subdistrictCode, serviceModes, filingStatus, lat, lng }).from(institutions).where(eq(institutions.id, institutionId));
    const held = heldPlacesByClass(db);
    const classRows = await db.select({ classType: held.classType, capacity: held.capacity, held: held.held }).from(held).where(eq(held.institutionId, institutionId));
    const feeRows = await db.select().from(fees).where(eq(fees.institutionId, institutionId));
    const { average, count } = ratingSummaryOf(sql`${institutionId}::uuid`);
    const [rating] = await db.select({ average, count }).from(sql`(select 1) as one`);
    const vacanciesByType: Record<string, number> = {};
    for (const c of classRows) vacanciesByType[c.classType] = (vacanciesByType[c.classType] ?? 0) + Math.max(0, c.capacity - c.held);
    const amounts = feeRows.map((f) => f.monthlyFeeFen);
    const feesAt = Array.from({ length: classTypeOrder.length * serviceModeOrder.length }, (): number | null => null);
    for (const f of feeRows) feesAt[feePosition(f.classType, f.serviceMode) - 1] = f.monthlyFeeFen;
    return {
      ...copied!,
      unitVector: unitVector(copied!.lat, copied!.lng).map((c) => c.toFixed(12)),
      facets:
        facetMask('inclusive', copied!.isInclusive ? [true] : []) |
        facetMask('kind', [copied!.kind]) |
        facetMask('ownership', [copied!.ownership]) |
        facetMask('grade', copied!.grade ? [copied!.grade] : []) |
        facetMask('classType', Object.keys(vacanciesByType) as ClassType[]) |
        facetMask('serviceMode', copied!.serviceModes),
      ratingKey: rating!.average ?? 0,
      ...Object.fromEntries(
        classTypeOrder.flatMap((type) => {
          const ofType = feeRows.filter((f) => f.classType === type).map((f) => f.monthlyFeeFen);
          const name = type.charAt(0).toUpperCase() + type.slice(1);
          return [
            [`vacancies${name}`, vacanciesByType[type] ?? 0],
            [`lowestFee${name}`, ofType.length > 0 ? Math.min(...ofType) : null],
          ];
        }),
      ),
      latitudeBand: latitudeBandOf(copied!.lat),
      places: classRows.reduce((sum, c) => sum + c.capacity, 0),
      vacancies: Object.values(vacanciesByType).reduce((sum, v) => sum + v, 0),
      minMonthlyFeeFen: amounts.length > 0 ? Math.min(...amounts) : null,
      maxMonthlyFeeFen: amounts.length > 0 ? Math.max(...amounts) : null,
      ratingAverage: rating!.average,
      ratingCount: rating!.count,
      vacanciesByType,
      vacanciesAt: classTypeOrder.map((type) => vacanciesByType[type] ?? 0),
      feesAt,
      fees: feeRows.map((f) => `${f.classType}/${f.serviceMode}/${f.monthlyFeeFen}`).sort(),
    };
  }

  const expectCurrent = async () => expect(await kept(sunny.id)).toEqual(await live(sunny.id));
  const toddlerClass = () => sunny.classIds[0]!;

  beforeAll(async () => {
    t = await buildTestApp();
    const vault = vaultFromConfig(t.config, () => undefined);
    sunny = await createTestInstitution(t.database.db, vault, {
      ...WANGJING,
      classes: [
        { classType: 'toddlerClass', capacity: 3, enrolled: 1 },
        { classType: 'twosClass', capacity: 20, enrolled: 0 },
      ],
    });
    director = await callerFor(t, { role: 'institutionDirector', institutionId: sunny.id, jurisdictionCode: WANGJING.subdistrictCode });
    family = await callerFor(t, { role: 'family' });
  });
  afterAll(() => t.close());

  it('starts with the institution as it was created', async () => {
    await expectCurrent();
    expect(await kept(sunny.id)).toMatchObject({ places: 23, vacancies: 22, vacanciesByType: { toddlerClass: 2, twosClass: 20 }, ratingCount: 0 });
  });

  it('follows an edit of the institution: a move, a new name, its filing suspended', async () => {
    await t.database.db.update(institutions).set({ lat: 39.99, lng: 116.47, name: '阳光托育' }).where(eq(institutions.id, sunny.id));
    await expectCurrent();
    await t.database.db.update(institutions).set({ filingStatus: 'suspended' }).where(eq(institutions.id, sunny.id));
    await expectCurrent();
    expect(await kept(sunny.id)).toMatchObject({ name: '阳光托育', lat: 39.99, filingStatus: 'suspended' });
    await t.database.db.update(institutions).set({ filingStatus: 'filed' }).where(eq(institutions.id, sunny.id));
    await expectCurrent();
  });

  it('follows a class capacity change, a new class and a fee change', async () => {
    const db = t.database.db;
    await db.update(classes).set({ capacity: 5 }).where(eq(classes.id, toddlerClass()));
    await expectCurrent();
    expect((await kept(sunny.id)).vacanciesByType.toddlerClass).toBe(4);
    await db.update(fees).set({ monthlyFeeFen: 123_400 }).where(and(eq(fees.institutionId, sunny.id), eq(fees.classType, 'twosClass')));
    await expectCurrent();
    expect((await kept(sunny.id)).fees).toContain('twosClass/fullDay/123400');
  });

  it('follows an offer, its cancellation, a second offer and its acceptance (enrolment)', async () => {
    const db = t.database.db;
    const revisionOf = async (id: string) => (await director.get(`/institutions/${sunny.id}/bookings`)).json().items.find((b: { id: string }) => b.id === id).revision;
    const first = await book(family, await addChild(family, '小一', 15), sunny.id);
    await expectCurrent();
    const offered = await director.post(`/bookings/${first.id}/offer`, { classId: toddlerClass(), revision: first.revision });
    expect(offered.statusCode, offered.body).toBe(200);
    await expectCurrent();
    expect((await kept(sunny.id)).vacanciesByType.toddlerClass).toBe(3);
    const cancelled = await family.post(`/family/bookings/${first.id}/cancel`, { revision: await revisionOf(first.id) });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await expectCurrent();
    expect((await kept(sunny.id)).vacanciesByType.toddlerClass).toBe(4);

    const second = await book(family, await addChild(family, '小二', 15), sunny.id);
    await director.post(`/bookings/${second.id}/offer`, { classId: toddlerClass(), revision: second.revision });
    const accepted = await family.post(`/family/bookings/${second.id}/accept`, { revision: await revisionOf(second.id) });
    expect(accepted.json()).toMatchObject({ state: 'enrolled' });
    await expectCurrent();
    expect((await kept(sunny.id)).vacanciesByType.toddlerClass).toBe(3);
    // The enrolled child is the one holding the place now, not the accepted offer.
    expect((await db.select().from(heldPlacesByClass(db)).where(eq(heldPlacesByClass(db).classId, toddlerClass())))[0]!.held).toBe(2);
  });

  it('follows a rating as it is published and withdrawn', async () => {
    const db = t.database.db;
    const scores = { overall: 4, care: 5, safety: 4, food: 3, communication: 5, environment: 4 };
    const [rating] = await db
      .insert(ratings)
      .values({ institutionId: sunny.id, familyUserId: family.userId, familyName: '张*', ...WANGJING, ...scores, status: 'held' })
      .returning();
    await expectCurrent();
    expect((await kept(sunny.id)).ratingCount).toBe(0);
    await db.update(ratings).set({ status: 'published' }).where(eq(ratings.id, rating!.id));
    await expectCurrent();
    expect(await kept(sunny.id)).toMatchObject({ ratingAverage: 4, ratingCount: 1 });
    await db.delete(ratings).where(eq(ratings.id, rating!.id));
    await expectCurrent();
  });
});
