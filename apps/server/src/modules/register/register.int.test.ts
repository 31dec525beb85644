import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { children, fees, institutions } from '../institutions/index.ts';
// Test factories are shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution, type TestInstitution } from '../institutions/institutions.factory.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';

const WANGJING = { districtCode: '110105', subdistrictCode: '110105026' };
const HAIDIAN = { districtCode: '110108', subdistrictCode: '110108001' };

describe('public register', () => {
  let t: TestApp;
  let sunshine: TestInstitution;
  let rainbow: TestInstitution;
  const hidden: Record<string, TestInstitution> = {};

  const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1/public/institutions${url}` });
  const ids = async (query: string) => {
    const res = await get(query);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { id: string }[]).map((i) => i.id).sort();
  };

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    await importJurisdictions(db, 'beijing');
    const vault = vaultFromConfig(t.config, () => undefined);
    sunshine = await createTestInstitution(db, vault, {
      ...WANGJING,
      name: '望京阳光宝贝托育中心',
      isInclusive: true,
      ownership: 'privateWithPublicAid',
      staff: 3,
      classes: [
        { classType: 'toddlerClass', capacity: 15, enrolled: 4 },
        { classType: 'twosClass', capacity: 20, enrolled: 3 },
      ],
    });
    rainbow = await createTestInstitution(db, vault, { ...HAIDIAN, name: '海淀彩虹社区托育点', kind: 'communityPoint', ownership: 'public', classes: [{ classType: 'infantClass', capacity: 10, enrolled: 2 }] });
    hidden.registered = await createTestInstitution(db, vault, { ...WANGJING, name: '望京未备案托育园', filingStatus: 'registered' });
    hidden.refused = await createTestInstitution(db, vault, { ...WANGJING, name: '望京不予备案托育园', filingStatus: 'refused' });
    hidden.withdrawn = await createTestInstitution(db, vault, { ...HAIDIAN, name: '海淀已注销托育园', filingStatus: 'withdrawn' });
    // Suspended institutions keep their filing number; the factory files them first.
    hidden.suspended = await createTestInstitution(db, vault, { ...HAIDIAN, name: '海淀暂停托育园' });
    await db.update(institutions).set({ filingStatus: 'suspended' }).where(eq(institutions.id, hidden.suspended.id));
    await db.update(institutions).set({ brand: 'Rainbow Kids', serviceModes: ['fullDay', 'hourly'] }).where(eq(institutions.id, rainbow.id));
    await db.update(institutions).set({ serviceModes: ['halfDay', 'fullDay'] }).where(eq(institutions.id, sunshine.id));
    await db.update(institutions).set({ contactName: '赵经理' }).where(inArray(institutions.id, [sunshine.id, rainbow.id]));
    await db.insert(fees).values({ institutionId: sunshine.id, classType: 'twosClass', serviceMode: 'halfDay', monthlyFeeFen: 260_000, ...WANGJING });
  }, 60_000);
  afterAll(() => t.close());

  it('lists filed institutions only, without signing in', async () => {
    const res = await get('');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.json().total).toBe(2);
    expect(await ids('')).toEqual([sunshine.id, rainbow.id].sort());
  });

  it('describes each institution with places from its classes, free places, areas, class types, fee range and rating', async () => {
    const { items } = (await get(`?subdistrict=${WANGJING.subdistrictCode}`)).json();
    expect(items).toEqual([
      {
        id: sunshine.id,
        name: '望京阳光宝贝托育中心',
        filingNumber: expect.any(String),
        filedOn: '2024-01-02',
        kind: 'socialCapital',
        ownership: 'privateWithPublicAid',
        inclusive: true,
        brand: null,
        districtCode: '110105',
        districtName: '朝阳区',
        districtNameEn: expect.any(String),
        subdistrictCode: '110105026',
        subdistrictName: '望京街道',
        subdistrictNameEn: null,
        address: '测试路1号',
        lat: 39.99,
        lng: 116.47,
        places: 35,
        classTypes: ['toddlerClass', 'twosClass'],
        serviceModes: ['fullDay', 'halfDay'],
        feeRange: { minMonthlyFeeFen: 260_000, maxMonthlyFeeFen: 500_000 },
        vacancies: 28,
        rating: { average: null, count: 0 },
      },
    ]);
  });

  it('filters by name words, area, kind, inclusive status, class type and service mode', async () => {
    expect(await ids(`?q=${encodeURIComponent('阳光托育')}`)).toEqual([sunshine.id]);
    expect(await ids(`?q=${encodeURIComponent('宝贝 望京')}`)).toEqual([sunshine.id]);
    expect(await ids(`?q=${encodeURIComponent('彩虹')}`)).toEqual([rainbow.id]);
    expect(await ids('?q=rainbow')).toEqual([rainbow.id]);
    expect(await ids(`?q=${encodeURIComponent('托育')}`)).toEqual([sunshine.id, rainbow.id].sort());
    expect(await ids(`?q=${encodeURIComponent('阳光彩虹')}`)).toEqual([]);
    expect(await ids(`?q=${encodeURIComponent('未备案')}`)).toEqual([]);
    expect(await ids(`?q=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await ids(`?district=${HAIDIAN.districtCode}`)).toEqual([rainbow.id]);
    expect(await ids(`?subdistrict=${WANGJING.subdistrictCode}`)).toEqual([sunshine.id]);
    expect(await ids('?kind=communityPoint')).toEqual([rainbow.id]);
    expect(await ids('?inclusive=true')).toEqual([sunshine.id]);
    expect(await ids('?inclusive=false')).toEqual([rainbow.id]);
    expect(await ids('?classType=infantClass')).toEqual([rainbow.id]);
    expect(await ids('?classType=twosClass')).toEqual([sunshine.id]);
    expect(await ids('?classType=mixedClass')).toEqual([]);
    expect(await ids('?serviceMode=hourly')).toEqual([rainbow.id]);
    expect(await ids('?serviceMode=halfDay')).toEqual([sunshine.id]);
    expect(await ids(`?district=${WANGJING.districtCode}&kind=communityPoint`)).toEqual([]);
    expect((await get('?inclusive=true&classType=twosClass')).json().total).toBe(1);
  });

  it('pages with page and pageSize, at most 100 a page', async () => {
    const first = (await get('?pageSize=1&page=1')).json();
    const second = (await get('?pageSize=1&page=2')).json();
    expect([first.total, second.total]).toEqual([2, 2]);
    expect([first.items[0].id, second.items[0].id].sort()).toEqual([sunshine.id, rainbow.id].sort());
    expect((await get('?pageSize=1&page=3')).json()).toEqual({ items: [], total: 2 });
    expect((await get('?pageSize=100')).statusCode).toBe(200);
    for (const query of ['?pageSize=101', '?pageSize=0', '?page=0', '?kind=castle', '?district=11', '?inclusive=maybe', `?q=${'长'.repeat(51)}`]) {
      const res = await get(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });

  it('shows one filed institution with its classes, places and fees', async () => {
    const res = await get(`/${sunshine.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: sunshine.id,
      places: 35,
      phone: '13800999999',
      openingHours: '周一至周五 8:00–17:00',
      legalNature: 'forProfit',
      hasMeals: true,
      classes: [
        { name: '班级1', classType: 'toddlerClass', places: 15, vacancies: 11 },
        { name: '班级2', classType: 'twosClass', places: 20, vacancies: 17 },
      ],
      fees: [
        { classType: 'toddlerClass', serviceMode: 'fullDay', monthlyFeeFen: 500_000 },
        { classType: 'twosClass', serviceMode: 'fullDay', monthlyFeeFen: 500_000 },
        { classType: 'twosClass', serviceMode: 'halfDay', monthlyFeeFen: 260_000 },
      ],
    });
  });

  it('answers 404 problem+json for unknown, unfiled, suspended, withdrawn and malformed ids', async () => {
    const missing = ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', ...Object.values(hidden).map((i) => i.id)];
    for (const id of missing) {
      const res = await get(`/${id}`);
      expect(res.statusCode, id).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe('NOT_FOUND');
    }
  });

  it('disappears from the register once withdrawn', async () => {
    const other = await createTestInstitution(t.database.db, vaultFromConfig(t.config, () => undefined), { ...HAIDIAN, name: '海淀即将注销托育园' });
    expect((await get(`/${other.id}`)).statusCode).toBe(200);
    await t.database.db.update(institutions).set({ filingStatus: 'withdrawn' }).where(eq(institutions.id, other.id));
    expect((await get(`/${other.id}`)).statusCode).toBe(404);
    expect(await ids('')).not.toContain(other.id);
  });

  it('carries no personal data: no staff, children, guardians, contact person or ID numbers', async () => {
    const bodies = [(await get('?pageSize=100')).body, (await get(`/${sunshine.id}`)).body, (await get(`/${rainbow.id}`)).body].join('\n');
    const people = [sunshine, rainbow].flatMap((i) => [...i.staff.map((s) => s.idNumber), ...i.children.flatMap((c) => [c.name, c.idNumber ?? c.name])]);
    const childRows = await t.database.db.select({ guardianName: children.guardianName, guardianPhone: children.guardianPhone }).from(children).where(inArray(children.institutionId, [sunshine.id, rainbow.id]));
    for (const marker of [...people, ...childRows.flatMap((c) => [c.guardianName, c.guardianPhone]), '王芳', '赵经理']) expect(bodies, marker).not.toContain(marker);
    for (const key of ['contactName', 'idNumber', 'guardian', 'staff', 'children', 'enrolled']) expect(bodies, key).not.toContain(`"${key}`);
  });

  it('carries the English names of areas where they are kept', async () => {
    const { items } = (await get(`?district=${HAIDIAN.districtCode}`)).json();
    expect(items[0].districtNameEn).toMatch(/Haidian/);
  });
});
