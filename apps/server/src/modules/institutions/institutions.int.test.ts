import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { createVault, parseSecretKey } from '../../platform/crypto/index.ts';
import { maskIdNumber, type Vault } from '../../platform/crypto/index.ts';
import { bulkInsert } from './bulk.repository.ts';
import { createTestInstitution, type TestInstitution } from './institutions.factory.ts';
import { staff } from './institutions.tables.ts';

const CHAOYANG = '110105';
const WANGJING = '110105026';
const HAIDIAN = '110108';

describe('institution registry routes', () => {
  let t: TestApp;
  let chaoyang: TestInstitution;
  let haidian: TestInstitution;
  let vault: Vault;
  const as: Record<string, SignedInTestUser> = {};

  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: as[who]?.headers ?? {} });
  const post = (who: string, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: as[who]!.headers, payload });

  beforeAll(async () => {
    t = await buildTestApp();
    vault = createVault(parseSecretKey(t.config.secretKey!));
    chaoyang = await createTestInstitution(t.database.db, vault, {
      districtCode: CHAOYANG,
      subdistrictCode: WANGJING,
      name: '望京测试托育中心',
      isInclusive: true,
      classes: [
        { classType: 'toddlerClass', capacity: 15, enrolled: 3 },
        { classType: 'twosClass', capacity: 20, enrolled: 2 },
      ],
      staff: 2,
      childrenWithoutIdNumber: 1,
    });
    haidian = await createTestInstitution(t.database.db, vault, { districtCode: HAIDIAN, subdistrictCode: '110108001', name: '海淀测试托育园', kind: 'communityPoint', ownership: 'public' });
    await createTestInstitution(t.database.db, vault, { districtCode: HAIDIAN, subdistrictCode: '110108001', name: '已注销托育园', filingStatus: 'withdrawn' });
    const users = {
      city: { role: 'regulator', jurisdictionCode: '110000' },
      chaoyang: { role: 'regulator', jurisdictionCode: CHAOYANG },
      wangjing: { role: 'regulator', jurisdictionCode: WANGJING },
      tianjin: { role: 'regulator', jurisdictionCode: '120000' },
      director: { role: 'institutionDirector', jurisdictionCode: WANGJING, institutionId: chaoyang.id },
      staff: { role: 'institutionStaff', jurisdictionCode: WANGJING, institutionId: chaoyang.id },
      otherDirector: { role: 'institutionDirector', jurisdictionCode: '110108001', institutionId: haidian.id },
      inspector: { role: 'inspector', jurisdictionCode: CHAOYANG },
      family: { role: 'family' },
    } as const;
    for (const [name, input] of Object.entries(users)) as[name] = await signInAs(t.app, await createUserForTest(t.database, input));
  });
  afterAll(() => t.close());

  describe('GET /institutions', () => {
    it('lists only what lies within the caller’s jurisdiction', async () => {
      const names = async (who: string, query = '') => ((await get(who, `/institutions${query}`)).json().items as { name: string }[]).map((i) => i.name).sort();
      expect(await names('city')).toEqual(['已注销托育园', '望京测试托育中心', '海淀测试托育园'].sort());
      expect(await names('chaoyang')).toEqual(['望京测试托育中心']);
      expect(await names('wangjing')).toEqual(['望京测试托育中心']);
      expect(await names('inspector')).toEqual(['望京测试托育中心']);
      expect(await names('tianjin')).toEqual([]);
      expect(await names('director')).toEqual(['望京测试托育中心']);
      expect(await names('chaoyang', `?district=${HAIDIAN}`)).toEqual([]);
    });

    it('filters and counts places from the classes', async () => {
      const res = await get('city', '/institutions?inclusive=true&pageSize=5');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ total: 1, items: [{ id: chaoyang.id, places: 35, enrolled: 5, isInclusive: true, districtCode: CHAOYANG, subdistrictCode: WANGJING }] });
      expect((await get('city', '/institutions?kind=communityPoint')).json().items.map((i: { id: string }) => i.id)).toEqual([haidian.id]);
      expect((await get('city', '/institutions?q=望京')).json().total).toBe(1);
      expect((await get('city', '/institutions?q=%25')).json().total).toBe(0);
      expect((await get('city', '/institutions?filingStatus=withdrawn')).json().total).toBe(1);
    });

    it('answers 401, 403 and 400 with problem codes', async () => {
      expect((await get('nobody', '/institutions')).json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect((await get('family', '/institutions')).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      const bad = await get('city', '/institutions?kind=castle&pageSize=1000');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().code).toBe('VALIDATION_FAILED');
      expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['querystring.kind', 'querystring.pageSize']);
    });
  });

  describe('GET /institutions/:id and its lists', () => {
    it('shows an institution in scope and hides one out of scope as 404', async () => {
      const detail = await get('chaoyang', `/institutions/${chaoyang.id}`);
      expect(detail.statusCode).toBe(200);
      expect(detail.json()).toMatchObject({ name: '望京测试托育中心', places: 35, enrolled: 5, premises: { tenure: 'owned', leaseEndDate: null }, fees: [{ serviceMode: 'fullDay', monthlyFeeFen: 500_000 }, { serviceMode: 'fullDay' }] });
      for (const [who, id] of [['chaoyang', haidian.id], ['wangjing', haidian.id], ['director', haidian.id], ['otherDirector', chaoyang.id], ['city', '00000000-0000-4000-8000-000000000000']] as const) {
        const res = await get(who, `/institutions/${id}`);
        expect(res.statusCode, `${who} → ${id}`).toBe(404);
        expect(res.json().code).toBe('NOT_FOUND');
      }
      expect((await get('chaoyang', `/institutions/${haidian.id}/staff`)).statusCode).toBe(404);
      expect((await get('chaoyang', '/institutions/not-a-uuid')).statusCode).toBe(400);
    });

    it('lists classes with their enrolment', async () => {
      const { items } = (await get('director', `/institutions/${chaoyang.id}/classes`)).json();
      expect(items.map((c: { classType: string; capacity: number; enrolled: number }) => [c.classType, c.capacity, c.enrolled]).sort()).toEqual([
        ['toddlerClass', 15, 3],
        ['twosClass', 20, 2],
      ]);
    });

    it('masks staff ID numbers for everyone', async () => {
      const { items, total } = (await get('director', `/institutions/${chaoyang.id}/staff`)).json();
      expect(total).toBe(2);
      for (const member of items) expect(member.idNumberMasked).toMatch(/^130102\*{8}\d{3}[\dX]$/);
      expect(JSON.stringify(items)).not.toContain(chaoyang.staff[0]!.idNumber);
    });

    it('shows children’s names to their own institution and masks them for regulators', async () => {
      const own = (await get('staff', `/institutions/${chaoyang.id}/children?pageSize=100`)).json();
      expect(own.total).toBe(5);
      expect(own.items.map((c: { name: string }) => c.name)).toContain('张小明1');
      expect(own.items[0].guardianPhone).toBe('13800001234');
      const regulator = (await get('chaoyang', `/institutions/${chaoyang.id}/children?pageSize=100`)).json();
      expect(regulator.items.every((c: { name: string; guardianPhone: string; guardianName: string }) => /^张\*+\d$/.test(c.name) && c.guardianPhone === '138****1234' && c.guardianName === '李*')).toBe(true);
      expect(regulator.items.filter((c: { idNumberMasked: string | null }) => c.idNumberMasked === null)).toHaveLength(1);
      const filtered = (await get('staff', `/institutions/${chaoyang.id}/children?classId=${chaoyang.classIds[1]}`)).json();
      expect(filtered.total).toBe(2);
    });
  });

  describe('unmasking ID numbers', () => {
    it('gives the director the full number and audits it', async () => {
      const child = chaoyang.children[1]!;
      const res = await post('director', `/institutions/${chaoyang.id}/children/${child.id}/unmask`, { reason: '核对入托材料' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ idNumber: child.idNumber });
      const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'personalData.unmask'), eq(auditLog.entityId, child.id)));
      expect(entry).toMatchObject({ outcome: 'success', entityType: 'child', jurisdictionCode: WANGJING, actorRole: 'institutionDirector', details: { field: 'idNumber', institutionId: chaoyang.id, reason: '核对入托材料' } });
    });

    it('gives a regulator in scope a staff member’s number', async () => {
      const person = chaoyang.staff[1]!;
      const res = await post('wangjing', `/institutions/${chaoyang.id}/staff/${person.id}/unmask`);
      expect(res.json()).toEqual({ idNumber: person.idNumber });
      const entries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'personalData.unmask'), eq(auditLog.entityId, person.id)));
      expect(entries).toHaveLength(1);
    });

    it('refuses without the permission, out of scope, across institutions and without a number', async () => {
      const child = chaoyang.children[1]!;
      expect((await post('staff', `/institutions/${chaoyang.id}/children/${child.id}/unmask`)).json().code).toBe('FORBIDDEN');
      expect((await post('inspector', `/institutions/${chaoyang.id}/children/${child.id}/unmask`)).json().code).toBe('FORBIDDEN');
      expect((await post('chaoyang', `/institutions/${haidian.id}/children/${haidian.children[0]!.id}/unmask`)).statusCode).toBe(404);
      // A child of another institution, asked for through an institution in scope.
      expect((await post('city', `/institutions/${chaoyang.id}/children/${haidian.children[0]!.id}/unmask`)).statusCode).toBe(404);
      const noNumber = await post('director', `/institutions/${chaoyang.id}/children/${chaoyang.children[0]!.id}/unmask`);
      expect(noNumber.json()).toMatchObject({ status: 404, code: 'ID_NUMBER_NOT_RECORDED' });
      const unaudited = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'personalData.unmask'), eq(auditLog.entityId, haidian.children[0]!.id)));
      expect(unaudited).toEqual([]);
    });

    it('needs the CSRF token like every cookie-authenticated write', async () => {
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/institutions/${chaoyang.id}/staff/${chaoyang.staff[0]!.id}/unmask`, headers: { cookie: as.director!.cookie }, payload: {} });
      expect(res.json().code).toBe('CSRF_FAILED');
    });
  });

  describe('GET /institutions/summary', () => {
    it('counts the caller’s jurisdiction by default, leaving withdrawn institutions out', async () => {
      const res = await get('chaoyang', '/institutions/summary');
      expect(res.statusCode).toBe(200);
      const summary = res.json();
      expect(summary).toMatchObject({ jurisdictionCode: CHAOYANG, institutions: 1, places: 35, enrolled: 5, inclusive: { institutions: 1, places: 35 } });
      expect(summary.byArea).toEqual([{ code: WANGJING, institutions: 1, places: 35, enrolled: 5, inclusivePlaces: 35 }]);
      expect(summary.byKind).toHaveLength(6);
      expect(summary.byKind.find((k: { key: string }) => k.key === 'socialCapital')).toMatchObject({ institutions: 1, places: 35 });
    });

    it('splits a city by district and refuses a jurisdiction out of scope', async () => {
      const city = (await get('city', '/institutions/summary?jurisdiction=110000')).json();
      expect(city).toMatchObject({ institutions: 2, places: 55 });
      expect(city.byArea.map((a: { code: string }) => a.code)).toEqual([CHAOYANG, HAIDIAN]);
      expect(city.byFilingStatus.find((s: { key: string }) => s.key === 'withdrawn').institutions).toBe(0);
      expect((await get('chaoyang', `/institutions/summary?jurisdiction=${HAIDIAN}`)).statusCode).toBe(404);
      expect((await get('director', '/institutions/summary')).statusCode).toBe(404);
      expect((await get('city', '/institutions/summary?jurisdiction=11')).json().code).toBe('VALIDATION_FAILED');
    });
  });

  describe('the staff register', () => {
    it('keeps one person active at one institution at a time, with the history kept', async () => {
      const idNumber = chaoyang.staff[1]!.idNumber;
      const person = (status: 'active' | 'left') => ({
        institutionId: haidian.id,
        name: '王芳',
        role: 'caregiver' as const,
        idNumberCipher: vault.encrypt(idNumber),
        idNumberHash: vault.lookupHash(idNumber),
        idNumberMasked: maskIdNumber(idNumber),
        hiredAt: '2023-01-01',
        status,
        leftAt: status === 'left' ? '2023-12-31' : null,
        districtCode: HAIDIAN,
        subdistrictCode: '110108001',
      });
      await expect(t.database.db.transaction((tx) => bulkInsert(tx, staff, [person('active')]))).rejects.toThrow();
      await bulkInsert(t.database.db, staff, [person('left')]);
      const found = await t.database.db.select({ institutionId: staff.institutionId, status: staff.status }).from(staff).where(eq(staff.idNumberHash, vault.lookupHash(idNumber)));
      expect(found.map((r) => r.status).sort()).toEqual(['active', 'left']);
    });
  });
});
