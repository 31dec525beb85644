import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Role } from '@youyu/contracts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { auditLog } from '../../platform/audit/index.ts';
import type { Database } from '../../platform/db/index.ts';
import { areaNames, importJurisdictions, locateSubdistrict } from './index.ts';
import { jurisdictions } from './jurisdictions.tables.ts';

type Account = { role: Role; jurisdictionCode: string | null; key: string };
const accountOf = (role: Role, jurisdictionCode: string | null): Account => ({ role, jurisdictionCode, key: `${role}-${jurisdictionCode}` });

const cityAdmin = accountOf('systemAdmin', '110000');
const chaoyangAdmin = accountOf('systemAdmin', '110105');
const regulator = accountOf('regulator', '110105');
const family = accountOf('family', null);

describe('jurisdictions routes', () => {
  let t: TestApp;
  let app: FastifyInstance;
  let database: Database;
  // Each account is created and signed in through the real API once, on first use.
  const sessions = new Map<string, Promise<SignedInTestUser>>();

  beforeAll(async () => {
    t = await buildTestApp();
    ({ app, database } = t);
    await importJurisdictions(database.db, 'beijing');
  });
  afterAll(() => t?.close());

  function sessionOf(account: Account) {
    if (!sessions.has(account.key)) {
      sessions.set(account.key, createUserForTest(database, { role: account.role, jurisdictionCode: account.jurisdictionCode }).then((user) => signInAs(app, user)));
    }
    return sessions.get(account.key)!;
  }

  async function call(account: Account | null, options: InjectOptions) {
    if (!account) return app.inject(options);
    const { headers } = await sessionOf(account);
    return app.inject({ ...options, headers: { ...options.headers, ...headers } });
  }

  describe('public', () => {
    it('lists a city’s districts without signing in', async () => {
      const res = await call(null, { url: '/api/v1/public/jurisdictions/110000/districts' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toContain('max-age');
      const districts = res.json();
      expect(districts).toHaveLength(16);
      expect(districts.find((d: { code: string }) => d.code === '110105')).toEqual({
        code: '110105',
        parentCode: '110000',
        level: 'district',
        name: '朝阳区',
        nameEn: 'Chaoyang District',
        population: 3_452_460,
        under3Population: expect.any(Number),
        zoneType: 'centralDistrict',
      });
    });

    it('lists children of any node, and answers 404 / 400 for unknown and malformed codes', async () => {
      const children = await call(null, { url: '/api/v1/public/jurisdictions/110105/children' });
      expect(children.json()).toHaveLength(43);
      expect(children.json()[0]).toMatchObject({ code: '110105001', name: '建外街道', nameEn: null, level: 'subdistrict' });
      expect((await call(null, { url: '/api/v1/public/jurisdictions/130000/districts' })).statusCode).toBe(404);
      expect((await call(null, { url: '/api/v1/public/jurisdictions/110105/districts' })).statusCode).toBe(404);
      const bad = await call(null, { url: '/api/v1/public/jurisdictions/11x/children' });
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'params.code' }] });
    });

    it('serves the district boundaries as cacheable GeoJSON', async () => {
      const res = await call(null, { url: '/api/v1/public/jurisdictions/110000/boundaries' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/geo+json');
      const collection = res.json();
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.features).toHaveLength(16);
      expect(collection.features[0]).toMatchObject({ type: 'Feature', id: '110101', properties: { code: '110101', name: '东城区', nameEn: 'Dongcheng District' }, geometry: { type: 'Polygon' } });
      const etag = res.headers.etag as string;
      expect(etag).toMatch(/^"110000-[0-9a-f]{32}"$/);
      const again = await call(null, { url: '/api/v1/public/jurisdictions/110000/boundaries', headers: { 'if-none-match': etag } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    });
  });

  describe('staff', () => {
    it('needs a signed-in staff account', async () => {
      expect((await call(null, { url: '/api/v1/jurisdictions/110105' })).statusCode).toBe(401);
      expect((await call(family, { url: '/api/v1/jurisdictions/110105' })).statusCode).toBe(403);
    });

    it('shows a node with its sources, its path and the counts below it', async () => {
      const res = await call(regulator, { url: '/api/v1/jurisdictions/110105' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        code: '110105',
        populationSource: 'census2020',
        populationYear: 2020,
        under3PopulationSource: 'estimated',
        householdIncomeSource: 'estimated',
        householdIncomeYear: 2022,
        boundary: { type: 'MultiPolygon' },
        manualFields: [],
        ancestors: [{ code: '110000', level: 'city', name: '北京市', nameEn: 'Beijing' }],
        counts: { children: 43, districts: 0, subdistricts: 43, communities: 0 },
      });
      const city = await call(regulator, { url: '/api/v1/jurisdictions/110000' });
      expect(city.json().counts).toEqual({ children: 16, districts: 16, subdistricts: 349, communities: 0 });
      expect((await call(regulator, { url: '/api/v1/jurisdictions/110199' })).statusCode).toBe(404);
    });

    it('searches by Chinese name, code prefix, parent and level, a page at a time', async () => {
      const byName = await call(regulator, { url: '/api/v1/jurisdictions?q=望京' });
      expect(byName.json()).toEqual({ items: [expect.objectContaining({ code: '110105026', name: '望京街道' })], total: 1 });
      const page = await call(regulator, { url: '/api/v1/jurisdictions?parent=110105&level=subdistrict&page=2&pageSize=20' });
      expect(page.json().total).toBe(43);
      expect(page.json().items).toHaveLength(20);
      expect(page.json().items[0].code).toBe('110105021');
      expect((await call(regulator, { url: '/api/v1/jurisdictions?q=110105&level=district' })).json().total).toBe(1);
      // A literal % is searched for, not a wildcard.
      expect((await call(regulator, { url: '/api/v1/jurisdictions?q=%25' })).json().total).toBe(0);
      expect((await call(regulator, { url: '/api/v1/jurisdictions?level=town' })).statusCode).toBe(400);
    });
  });

  describe('administrators', () => {
    it('correct a figure: source becomes manual, the edit is audited', async () => {
      expect((await areaNames(database.db)).get('110105')?.nameEn).not.toBe('Chaoyang');
      const res = await call(chaoyangAdmin, { method: 'PATCH', url: '/api/v1/jurisdictions/110105', payload: { population: 3_500_000, populationYear: 2024, nameEn: 'Chaoyang' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ population: 3_500_000, populationSource: 'manual', populationYear: 2024, nameEn: 'Chaoyang', manualFields: ['nameEn', 'population'] });
      const [entry] = await database.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
      expect(entry).toMatchObject({ action: 'jurisdictions.update', entityId: '110105', actorRole: 'systemAdmin', jurisdictionCode: '110105', details: { fields: ['nameEn', 'population'] } });
      expect(entry?.digestBefore).not.toBe(entry?.digestAfter);
      // The names the register shows are read again at once, not after their minute in memory.
      expect((await areaNames(database.db)).get('110105')?.nameEn).toBe('Chaoyang');
      // Re-importing reference data keeps the correction.
      await importJurisdictions(database.db, 'beijing');
      expect((await call(regulator, { url: '/api/v1/jurisdictions/110105' })).json()).toMatchObject({ population: 3_500_000, nameEn: 'Chaoyang' });
    });

    it('cannot reach another district: 404, and nothing changes', async () => {
      const res = await call(chaoyangAdmin, { method: 'PATCH', url: '/api/v1/jurisdictions/110106', payload: { population: 1 } });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
      expect((await call(chaoyangAdmin, { method: 'PATCH', url: '/api/v1/jurisdictions/110000', payload: { population: 1 } })).statusCode).toBe(404);
      const [fengtai] = await database.db.select().from(jurisdictions).where(eq(jurisdictions.code, '110106'));
      expect(fengtai?.population).toBe(2_019_764);
      expect((await call(regulator, { method: 'PATCH', url: '/api/v1/jurisdictions/110105', payload: { population: 1 } })).statusCode).toBe(403);
    });

    it('refuse figures and fields that make no sense, with stable codes', async () => {
      const under3 = await call(cityAdmin, { method: 'PATCH', url: '/api/v1/jurisdictions/110101', payload: { under3Population: 900_000 } });
      expect(under3.statusCode).toBe(400);
      expect(under3.json()).toMatchObject({ code: 'UNDER3_EXCEEDS_POPULATION', errors: [{ path: 'body.under3Population' }] });
      const zone = await call(cityAdmin, { method: 'PATCH', url: '/api/v1/jurisdictions/110105001', payload: { zoneType: 'plainNewTown' } });
      expect(zone.json().code).toBe('ZONE_TYPE_NOT_APPLICABLE');
      const unknown = await call(cityAdmin, { method: 'PATCH', url: '/api/v1/jurisdictions/110101', payload: { populaton: 5 } });
      expect(unknown.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ code: 'unrecognized_keys' }] });
      const openRing = await call(cityAdmin, {
        method: 'PATCH',
        url: '/api/v1/jurisdictions/110101',
        payload: { boundary: { type: 'Polygon', coordinates: [[[116, 39], [117, 39], [117, 40], [116, 40]]] } },
      });
      expect(openRing.statusCode).toBe(400);
      expect(openRing.json().code).toBe('VALIDATION_FAILED');
    });

    it('draw a boundary that then locates points', async () => {
      const square = [[116.43, 39.91], [116.46, 39.91], [116.46, 39.93], [116.43, 39.93], [116.43, 39.91]];
      const res = await call(cityAdmin, { method: 'PATCH', url: '/api/v1/jurisdictions/110105002', payload: { boundary: { type: 'Polygon', coordinates: [square] } } });
      expect(res.statusCode).toBe(200);
      expect(await locateSubdistrict(database.db, 39.921, 116.443)).toEqual({ districtCode: '110105', subdistrictCode: '110105002' });
    });

    it('add a community under a subdistrict in their area, and remove it', async () => {
      const body = { parentCode: '110105026', code: '110105026001', nameZh: '望京西园一区社区', level: 'community', population: 8_000 };
      const created = await call(chaoyangAdmin, { method: 'POST', url: '/api/v1/jurisdictions', payload: body });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ code: '110105026001', parentCode: '110105026', level: 'community', populationSource: 'manual', ancestors: [{ code: '110000' }, { code: '110105' }, { code: '110105026' }] });
      expect((await call(chaoyangAdmin, { method: 'POST', url: '/api/v1/jurisdictions', payload: body })).json().code).toBe('JURISDICTION_CODE_TAKEN');
      expect((await call(regulator, { url: '/api/v1/jurisdictions/110105026' })).json().counts.children).toBe(1);

      const removed = await call(chaoyangAdmin, { method: 'DELETE', url: '/api/v1/jurisdictions/110105026001' });
      expect(removed.statusCode).toBe(204);
      expect((await call(regulator, { url: '/api/v1/jurisdictions/110105026001' })).statusCode).toBe(404);
      const actions = (await database.db.select({ action: auditLog.action }).from(auditLog).orderBy(desc(auditLog.seq)).limit(2)).map((e) => e.action);
      expect(actions).toEqual(['jurisdictions.delete', 'jurisdictions.create']);
    });

    it('refuse a community code that is not under its parent, or a parent elsewhere', async () => {
      const notUnder = await call(cityAdmin, { method: 'POST', url: '/api/v1/jurisdictions', payload: { parentCode: '110105026', code: '110105027001', nameZh: '某社区', level: 'community' } });
      expect(notUnder.statusCode).toBe(400);
      expect(notUnder.headers['content-type']).toContain('application/problem+json');
      expect(notUnder.json()).toMatchObject({ code: 'COMMUNITY_CODE_NOT_UNDER_PARENT', errors: [{ path: 'body.code' }] });
      const badCode = await call(cityAdmin, { method: 'POST', url: '/api/v1/jurisdictions', payload: { parentCode: '110105026', code: '1101050260', nameZh: '某社区', level: 'community' } });
      expect(badCode.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.code' }] });
      const noParent = await call(cityAdmin, { method: 'POST', url: '/api/v1/jurisdictions', payload: { parentCode: '110105999', code: '110105999001', nameZh: '某社区', level: 'community' } });
      expect(noParent.json()).toMatchObject({ code: 'PARENT_JURISDICTION_NOT_FOUND', status: 400 });
      const elsewhere = await call(chaoyangAdmin, { method: 'POST', url: '/api/v1/jurisdictions', payload: { parentCode: '110106001', code: '110106001001', nameZh: '某社区', level: 'community' } });
      expect(elsewhere.statusCode).toBe(404);
    });

    it('cannot delete what the national code list defines', async () => {
      const res = await call(cityAdmin, { method: 'DELETE', url: '/api/v1/jurisdictions/110105001' });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('JURISDICTION_NOT_DELETABLE');
    });
  });

  it('answers in English on request', async () => {
    const res = await call(cityAdmin, { method: 'DELETE', url: '/api/v1/jurisdictions/110105', headers: { 'accept-language': 'en-US' } });
    expect(res.json().detail).toBe('110105 comes from the national code list and cannot be deleted; only communities can.');
  });
});
