import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@youyu/contracts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { vaultFromConfig, type Vault } from '../../platform/crypto/index.ts';
import { children, institutions } from '../institutions/index.ts';
import { notifications } from '../notifications/index.ts';
import { closureCases } from './closures.tables.ts';
// Test factories are shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution, type TestInstitution, type TestInstitutionInput } from '../institutions/institutions.factory.ts';

const WANGJING = { districtCode: '110105', subdistrictCode: '110105026' };
const HAIDIAN = { districtCode: '110108', subdistrictCode: '110108001' };
const PLANNED = '2025-05-01';
// About 1.1 km of latitude per 0.01°.
const at = (kmNorth: number) => ({ lat: 39.99 + kmNorth / 111.32, lng: 116.47 });

describe('closure handling', () => {
  let t: TestApp;
  let vault: Vault;
  let closing: TestInstitution;
  let near: TestInstitution;
  let far: TestInstitution;
  let unfiled: TestInstitution;
  let haidian: TestInstitution;
  let caseId: string;
  let haidianCaseId: string;
  const as: Record<string, SignedInTestUser> = {};
  const prepaymentIds: Record<string, string> = {};

  const request = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: as[who]!.headers, ...(payload ? { payload } : {}) });
  const detail = async (who = 'chaoyang') => (await request(who, 'GET', `/closures/${caseId}`)).json();

  async function institution(input: TestInstitutionInput, kmNorth: number) {
    const created = await createTestInstitution(t.database.db, vault, input);
    await t.database.db.update(institutions).set(at(kmNorth)).where(eq(institutions.id, created.id));
    return created;
  }
  const setBirthDate = (ids: string[], birthDate: string) => t.database.db.update(children).set({ birthDate }).where(inArray(children.id, ids));

  beforeAll(async () => {
    t = await buildTestApp();
    vault = vaultFromConfig(t.config, () => undefined);
    closing = await institution(
      {
        ...WANGJING,
        name: '望京关停测试托育园',
        classes: [
          { classType: 'toddlerClass', capacity: 15, enrolled: 3 },
          { classType: 'twosClass', capacity: 20, enrolled: 2 },
        ],
      },
      0,
    );
    near = await institution(
      {
        ...WANGJING,
        name: '望京近邻托育园',
        classes: [
          { classType: 'toddlerClass', capacity: 10, enrolled: 10 },
          { classType: 'twosClass', capacity: 2, enrolled: 1 },
        ],
      },
      1,
    );
    await institution({ ...WANGJING, name: '望京乳儿托育园', classes: [{ classType: 'infantClass', capacity: 10, enrolled: 0 }] }, 2);
    far = await institution({ ...WANGJING, name: '远处托育园', classes: [{ classType: 'twosClass', capacity: 20, enrolled: 0 }] }, 10);
    unfiled = await institution({ ...WANGJING, name: '未备案托育园', filingStatus: 'registered', classes: [{ classType: 'twosClass', capacity: 20, enrolled: 0 }] }, 0.5);
    haidian = await institution({ ...HAIDIAN, name: '海淀关停测试托育园' }, -25);
    // 15 months old on the planned date (toddler class), and 28 months (twos or mixed class).
    await setBirthDate(closing.children.slice(0, 3).map((c) => c.id), '2024-01-10');
    await setBirthDate(closing.children.slice(3).map((c) => c.id), '2022-12-10');
    const users: Record<string, { role: Role; jurisdictionCode?: string; institutionId?: string }> = {
      chaoyang: { role: 'regulator', jurisdictionCode: WANGJING.districtCode },
      haidian: { role: 'regulator', jurisdictionCode: HAIDIAN.districtCode },
      city: { role: 'regulator', jurisdictionCode: '110000' },
      inspector: { role: 'inspector', jurisdictionCode: WANGJING.districtCode },
      director: { role: 'institutionDirector', jurisdictionCode: WANGJING.subdistrictCode, institutionId: closing.id },
      haidianDirector: { role: 'institutionDirector', jurisdictionCode: HAIDIAN.subdistrictCode, institutionId: haidian.id },
    };
    for (const [name, input] of Object.entries(users)) as[name] = await signInAs(t.app, await createUserForTest(t.database, input));
  }, 60_000);
  afterAll(() => t.close());

  it('opens a case for a filed institution within the regulator’s jurisdiction', async () => {
    const payload = { institutionId: closing.id, reason: '举办者申请停止办托', plannedDate: PLANNED };
    expect((await request('director', 'POST', '/closures', payload)).json().code).toBe('FORBIDDEN');
    expect((await request('inspector', 'POST', '/closures', payload)).json().code).toBe('FORBIDDEN');
    expect((await request('haidian', 'POST', '/closures', payload)).statusCode).toBe(404);
    const opened = await request('chaoyang', 'POST', '/closures', payload);
    expect(opened.statusCode, opened.body).toBe(201);
    caseId = opened.json().id;
    expect(opened.json()).toMatchObject({ status: 'open', institutionName: '望京关停测试托育园', childCount: 5, placedCount: 0, institution: { places: 35, filingStatus: 'filed' } });
    const again = await request('chaoyang', 'POST', '/closures', payload);
    expect([again.statusCode, again.json().code]).toEqual([409, 'CLOSURE_ALREADY_OPEN']);
    const notOperating = await request('chaoyang', 'POST', '/closures', { ...payload, institutionId: unfiled.id });
    expect([notOperating.statusCode, notOperating.json().code]).toEqual([409, 'CLOSURE_INSTITUTION_NOT_OPERATING']);
    expect(notOperating.json().detail).toContain('已登记未备案');
  });

  it('shows the children masked, with the class types their age allows, and no ID numbers', async () => {
    const body = JSON.stringify(await detail());
    const { children: listed } = JSON.parse(body);
    expect(listed).toHaveLength(5);
    expect(listed.map((c: { ageMonths: number; acceptedClassTypes: string[] }) => [c.ageMonths, c.acceptedClassTypes.join('+')])).toEqual([
      [28, 'twosClass+mixedClass'],
      [28, 'twosClass+mixedClass'],
      [15, 'toddlerClass'],
      [15, 'toddlerClass'],
      [15, 'toddlerClass'],
    ]);
    for (const child of closing.children) {
      expect(body).not.toContain(child.name);
      if (child.idNumber) expect(body).not.toContain(child.idNumber);
    }
    expect(body).not.toContain('李芳');
    expect(body).not.toContain('13800001234');
  });

  it('keeps each district to its own cases', async () => {
    const opened = await request('haidian', 'POST', '/closures', { institutionId: haidian.id, reason: '场地到期', plannedDate: PLANNED });
    expect(opened.statusCode, opened.body).toBe(201);
    haidianCaseId = opened.json().id;
    const listed = async (who: string) => ((await request(who, 'GET', '/closures')).json().items as { id: string }[]).map((c) => c.id).sort();
    expect(await listed('chaoyang')).toEqual([caseId]);
    expect(await listed('inspector')).toEqual([caseId]);
    expect(await listed('haidian')).toEqual([haidianCaseId]);
    expect(await listed('city')).toEqual([caseId, haidianCaseId].sort());
    expect((await request('inspector', 'GET', `/closures/${caseId}`)).statusCode).toBe(200);
    const outOfScope: [string, 'GET' | 'POST' | 'PUT', string, object?][] = [
      ['haidian', 'GET', `/closures/${caseId}`],
      ['haidian', 'GET', `/closures/${caseId}/nearby`],
      ['haidian', 'PUT', `/closures/${caseId}/placements/${closing.children[0]!.id}`, { outcome: 'familyCare' }],
      ['haidian', 'POST', `/closures/${caseId}/close`, { revision: 1 }],
      ['chaoyang', 'GET', `/closures/${haidianCaseId}`],
    ];
    for (const [who, method, url, payload] of outOfScope) {
      const res = await request(who, method, url, payload);
      expect([res.statusCode, res.json().code], `${who} ${method} ${url}`).toEqual([404, 'NOT_FOUND']);
    }
    expect((await request('director', 'GET', `/closures/${caseId}`)).statusCode).toBe(403);
  });

  it('works out what each family is owed on the planned closure date', async () => {
    const record = async (key: string, who: string, institutionId: string, childId: string, body: object) => {
      const res = await request(who, 'POST', `/institutions/${institutionId}/prepayments`, { childId, paidOn: '2024-12-20', ...body });
      expect(res.statusCode, res.body).toBe(201);
      prepaymentIds[key] = res.json().id;
    };
    const [toddler, , , twos] = closing.children;
    // 92 days; on 1 May the 31 days of May are left: 310,000 fen.
    await record('spring', 'director', closing.id, toddler!.id, { amountFen: 920_000, periodFrom: '2025-03-01', periodTo: '2025-05-31' });
    // Used up before the closure: owes nothing, not shown.
    await record('winter', 'director', closing.id, toddler!.id, { amountFen: 300_000, periodFrom: '2025-01-01', periodTo: '2025-03-31' });
    // Not started yet: all of it is owed.
    await record('summer', 'director', closing.id, twos!.id, { amountFen: 300_000, periodFrom: '2025-06-01', periodTo: '2025-08-31' });
    await record('haidian', 'haidianDirector', haidian.id, haidian.children[0]!.id, { amountFen: 100_000, periodFrom: '2025-03-01', periodTo: '2025-05-31' });

    const before = await detail();
    expect(before.prepaymentTotals).toEqual({ unconsumedFen: 610_000, refundedFen: 0, owedFen: 610_000 });
    expect(before.families.map((f: { owedFen: number; prepayments: { id: string }[] }) => [f.owedFen, f.prepayments.map((p) => p.id)])).toEqual([
      [310_000, [prepaymentIds.spring]],
      [300_000, [prepaymentIds.summer]],
    ]);
    expect(before.families[0].guardianPhone).toBe('138****1234');

    const refund = (key: string, body: object) => request('chaoyang', 'POST', `/closures/${caseId}/prepayments/${prepaymentIds[key]}/refund`, body);
    const refunded = await refund('spring', { refundedFen: 100_000, refundedOn: '2025-05-02' });
    expect(refunded.statusCode, refunded.body).toBe(200);
    expect(refunded.json().prepaymentTotals).toEqual({ unconsumedFen: 610_000, refundedFen: 100_000, owedFen: 510_000 });
    // Now owed less than the other family, so listed second.
    expect(refunded.json().families[1]).toMatchObject({ unconsumedFen: 310_000, refundedFen: 100_000, owedFen: 210_000, prepayments: [{ status: 'refunded', refundedOn: '2025-05-02' }] });
    expect((await refund('spring', { refundedFen: 1, refundedOn: '2025-05-03' })).json().code).toBe('PREPAYMENT_ALREADY_REFUNDED');
    expect((await refund('summer', { refundedFen: 300_001, refundedOn: '2025-05-03' })).json().code).toBe('REFUND_EXCEEDS_AMOUNT');
    expect((await refund('summer', { refundedFen: 1, refundedOn: '2024-12-01' })).json().code).toBe('REFUND_BEFORE_PAYMENT');
    expect((await refund('haidian', { refundedFen: 1, refundedOn: '2025-05-03' })).statusCode).toBe(404);
    expect((await refund('summer', { refundedFen: -1, refundedOn: '2025-05-03' })).statusCode).toBe(400);
  });

  it('finds filed institutions nearby with vacancies in the class types asked for', async () => {
    const nearby = async (query = '') => (await request('chaoyang', 'GET', `/closures/${caseId}/nearby${query}`)).json();
    const names = async (query = '') => ((await nearby(query)).items as { name: string }[]).map((i) => i.name);
    const standard = await nearby();
    expect(standard.radiusMetres).toBe(3000);
    expect(standard.items.map((i: { name: string; distanceMetres: number }) => [i.name, Math.round(i.distanceMetres / 100) * 100])).toEqual([
      ['望京近邻托育园', 1000],
      ['望京乳儿托育园', 2000],
    ]);
    expect(standard.items[0].vacancies).toEqual([
      { classType: 'toddlerClass', places: 10, enrolled: 10, reserved: 0, vacancies: 0 },
      { classType: 'twosClass', places: 2, enrolled: 1, reserved: 0, vacancies: 1 },
    ]);
    expect(await names('?classType=twosClass')).toEqual(['望京近邻托育园']);
    expect(await names('?classType=infantClass')).toEqual(['望京乳儿托育园']);
    expect(await names('?classType=mixedClass')).toEqual([]);
    expect(await names('?radiusKm=12')).toEqual(['望京近邻托育园', '望京乳儿托育园', '远处托育园']);
    expect((await request('chaoyang', 'GET', `/closures/${caseId}/nearby?radiusKm=51`)).statusCode).toBe(400);
  });

  it('places a child only in a class type for its age, where a place is free', async () => {
    const [, , , twosA, twosB] = closing.children;
    const place = (childId: string, body: object) => request('chaoyang', 'PUT', `/closures/${caseId}/placements/${childId}`, body);
    const tooYoung = await place(twosA!.id, { outcome: 'transferred', targetInstitutionId: near.id, targetClassType: 'toddlerClass' });
    expect([tooYoung.statusCode, tooYoung.json().code]).toEqual([409, 'PLACEMENT_CLASS_TYPE_NOT_FOR_AGE']);
    expect(tooYoung.json().detail).toContain('28 个月');
    expect(tooYoung.json().detail).toContain('托育机构设置标准');
    const placed = await place(twosA!.id, { outcome: 'transferred', targetInstitutionId: near.id, targetClassType: 'twosClass', note: '家长同意' });
    expect(placed.statusCode, placed.body).toBe(200);
    expect(placed.json().placedCount).toBe(1);
    expect(placed.json().children.find((c: { childId: string }) => c.childId === twosA!.id).placement).toMatchObject({ outcome: 'transferred', targetInstitutionName: '望京近邻托育园', targetClassType: 'twosClass', note: '家长同意' });
    // Recording the same transfer again does not count the child's own reserved place against it.
    expect((await place(twosA!.id, { outcome: 'transferred', targetInstitutionId: near.id, targetClassType: 'twosClass' })).statusCode).toBe(200);
    const full = await place(twosB!.id, { outcome: 'transferred', targetInstitutionId: near.id, targetClassType: 'twosClass' });
    expect([full.statusCode, full.json().code]).toEqual([409, 'PLACEMENT_NO_VACANCY']);
    for (const target of [unfiled.id, closing.id, '00000000-0000-4000-8000-000000000000']) {
      expect((await place(twosB!.id, { outcome: 'transferred', targetInstitutionId: target, targetClassType: 'twosClass' })).json().code).toBe('PLACEMENT_TARGET_INVALID');
    }
    expect((await place(twosB!.id, { outcome: 'other' })).statusCode).toBe(400);
    expect((await place(twosB!.id, { outcome: 'transferred' })).statusCode).toBe(400);
    expect((await place(haidian.children[0]!.id, { outcome: 'familyCare' })).json().code).toBe('CLOSURE_CHILD_NOT_IN_CASE');
    expect((await place(twosB!.id, { outcome: 'transferred', targetInstitutionId: far.id, targetClassType: 'twosClass' })).statusCode).toBe(200);
    // The reserved place is no longer offered to others.
    const offered = (await request('chaoyang', 'GET', `/closures/${caseId}/nearby?classType=twosClass`)).json();
    expect(offered.items).toEqual([]);
  });

  it('does not close while a child has no placement, nor on a stale revision', async () => {
    const { revision } = await detail();
    const unplaced = await request('chaoyang', 'POST', `/closures/${caseId}/close`, { revision });
    expect([unplaced.statusCode, unplaced.json().code]).toEqual([409, 'CLOSURE_CHILDREN_NOT_PLACED']);
    expect(unplaced.json().detail).toContain('3 名幼儿');
    const stale = await request('chaoyang', 'POST', `/closures/${caseId}/close`, { revision: revision - 1 });
    expect(stale.json().code).toBe('CLOSURE_CASE_CHANGED');
    expect((await request('inspector', 'POST', `/closures/${caseId}/close`, { revision })).statusCode).toBe(403);
  });

  it('closes once every child is placed, withdrawing the filing, and keeps the history', async () => {
    const [a, b, c] = closing.children;
    expect((await request('chaoyang', 'PUT', `/closures/${caseId}/placements/${a!.id}`, { outcome: 'familyCare' })).statusCode).toBe(200);
    expect((await request('chaoyang', 'PUT', `/closures/${caseId}/placements/${b!.id}`, { outcome: 'other', note: '随父母迁往外地' })).statusCode).toBe(200);
    expect((await request('chaoyang', 'PUT', `/closures/${caseId}/placements/${c!.id}`, { outcome: 'familyCare' })).statusCode).toBe(200);
    const { revision } = await detail();
    const closed = await request('chaoyang', 'POST', `/closures/${caseId}/close`, { revision, note: '全部幼儿已妥善安置' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', childCount: 5, placedCount: 5, note: '全部幼儿已妥善安置', institution: { filingStatus: 'withdrawn' } });
    expect(closed.json().closedAt).toEqual(expect.any(String));

    const [row] = await t.database.db.select({ filingStatus: institutions.filingStatus }).from(institutions).where(eq(institutions.id, closing.id));
    expect(row?.filingStatus).toBe('withdrawn');
    const stillEnrolled = await t.database.db.select().from(children).where(and(eq(children.institutionId, closing.id), eq(children.status, 'enrolled')));
    expect(stillEnrolled).toEqual([]);
    expect((await t.app.inject(`/api/v1/public/institutions/${closing.id}`)).statusCode).toBe(404);
    const notices = await t.database.db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.recipientInstitutionId, closing.id));
    expect(notices.map((n) => n.kind)).toContain('filingWithdrawn');

    expect((await request('chaoyang', 'PUT', `/closures/${caseId}/placements/${a!.id}`, { outcome: 'familyCare' })).json().code).toBe('CLOSURE_CASE_CLOSED');
    expect((await request('chaoyang', 'POST', `/closures/${caseId}/close`, { revision: revision + 1 })).json().code).toBe('CLOSURE_CASE_CLOSED');
    // Money can take longer than places: refunds are still recorded after closing.
    expect((await request('chaoyang', 'POST', `/closures/${caseId}/prepayments/${prepaymentIds.summer}/refund`, { refundedFen: 300_000, refundedOn: '2025-05-20' })).json().prepaymentTotals.owedFen).toBe(210_000);
    expect((await request('chaoyang', 'GET', '/closures?status=closed')).json().items.map((i: { id: string }) => i.id)).toEqual([caseId]);

    const actions = (await t.database.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action);
    for (const action of ['closure.open', 'closure.placement', 'prepayment.record', 'prepayment.refund', 'filing.withdraw', 'closure.close']) expect(actions, action).toContain(action);
  });

  it('gives the last free place to exactly one of several simultaneous transfers', async () => {
    const target = await institution({ ...WANGJING, name: '只剩一个托位的托育园', classes: [{ classType: 'twosClass', capacity: 3, enrolled: 2 }] }, 1.5);
    const cases: { caseId: string; childId: string }[] = [];
    for (const name of ['同时关停甲', '同时关停乙', '同时关停丙', '同时关停丁', '同时关停戊', '同时关停己']) {
      const other = await institution({ ...WANGJING, name, classes: [{ classType: 'twosClass', capacity: 5, enrolled: 1 }] }, 0.2);
      await setBirthDate([other.children[0]!.id], '2022-12-10');
      const opened = await request('chaoyang', 'POST', '/closures', { institutionId: other.id, reason: '停业', plannedDate: PLANNED });
      cases.push({ caseId: opened.json().id, childId: other.children[0]!.id });
    }
    // Hold the cases while the transfers start, so that they all read the vacancies together
    // instead of running one after another by chance.
    let racing: Promise<Awaited<ReturnType<typeof request>>[]> | undefined;
    await t.database.db.transaction(async (tx) => {
      await tx.select({ id: closureCases.id }).from(closureCases).where(inArray(closureCases.id, cases.map((c) => c.caseId))).for('update');
      racing = Promise.all(cases.map((c) => request('chaoyang', 'PUT', `/closures/${c.caseId}/placements/${c.childId}`, { outcome: 'transferred', targetInstitutionId: target.id, targetClassType: 'twosClass' })));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const results = await racing!;
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect(new Set(results.filter((r) => r.statusCode === 409).map((r) => r.json().code))).toEqual(new Set(['PLACEMENT_NO_VACANCY']));
  });
});
