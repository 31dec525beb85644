import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@youyu/contracts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { children } from '../institutions/index.ts';
// Test factories are shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution, type TestInstitution } from '../institutions/institutions.factory.ts';

describe('prepayments', () => {
  let t: TestApp;
  let own: TestInstitution;
  let other: TestInstitution;
  const as: Record<string, SignedInTestUser> = {};
  const request = (who: string, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: as[who]!.headers, ...(payload ? { payload } : {}) });
  const spring = { amountFen: 450_000, periodFrom: '2025-03-01', periodTo: '2025-05-31', paidOn: '2025-02-26' };

  beforeAll(async () => {
    t = await buildTestApp();
    const vault = vaultFromConfig(t.config, () => undefined);
    own = await createTestInstitution(t.database.db, vault, { districtCode: '110105', subdistrictCode: '110105026', name: '预付费测试托育园', classes: [{ classType: 'twosClass', capacity: 10, enrolled: 2 }] });
    other = await createTestInstitution(t.database.db, vault, { districtCode: '110108', subdistrictCode: '110108001', name: '别家托育园' });
    await t.database.db.update(children).set({ status: 'left' }).where(eq(children.id, own.children[1]!.id));
    const users: Record<string, { role: Role; jurisdictionCode?: string; institutionId?: string }> = {
      director: { role: 'institutionDirector', jurisdictionCode: '110105026', institutionId: own.id },
      staff: { role: 'institutionStaff', jurisdictionCode: '110105026', institutionId: own.id },
      regulator: { role: 'regulator', jurisdictionCode: '110105' },
      haidian: { role: 'regulator', jurisdictionCode: '110108' },
    };
    for (const [name, input] of Object.entries(users)) as[name] = await signInAs(t.app, await createUserForTest(t.database, input));
  }, 60_000);
  afterAll(() => t.close());

  it('records a prepayment for a child enrolled at the institution, for its family', async () => {
    const res = await request('director', 'POST', `/institutions/${own.id}/prepayments`, { childId: own.children[0]!.id, ...spring, note: '春季学期' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ ...spring, childName: own.children[0]!.name, status: 'paid', refundedFen: null, note: '春季学期' });
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, res.json().id));
    expect(entry?.action).toBe('prepayment.record');
  });

  it('refuses children not enrolled there, backwards periods, staff and regulators', async () => {
    const left = await request('director', 'POST', `/institutions/${own.id}/prepayments`, { childId: own.children[1]!.id, ...spring });
    expect([left.statusCode, left.json().code]).toEqual([409, 'PREPAYMENT_CHILD_NOT_ENROLLED']);
    const elsewhere = await request('director', 'POST', `/institutions/${own.id}/prepayments`, { childId: other.children[0]!.id, ...spring });
    expect(elsewhere.json().code).toBe('PREPAYMENT_CHILD_NOT_ENROLLED');
    const backwards = await request('director', 'POST', `/institutions/${own.id}/prepayments`, { childId: own.children[0]!.id, ...spring, periodTo: '2025-02-28' });
    expect([backwards.statusCode, backwards.json().errors[0].path]).toEqual([400, 'body.periodTo']);
    expect((await request('director', 'POST', `/institutions/${other.id}/prepayments`, { childId: other.children[0]!.id, ...spring })).statusCode).toBe(404);
    expect((await request('staff', 'POST', `/institutions/${own.id}/prepayments`, { childId: own.children[0]!.id, ...spring })).json().code).toBe('FORBIDDEN');
    expect((await request('regulator', 'POST', `/institutions/${own.id}/prepayments`, { childId: own.children[0]!.id, ...spring })).json().code).toBe('FORBIDDEN');
  });

  it('lists prepayments with names for the institution and masked for regulators in scope', async () => {
    const mine = (await request('staff', 'GET', `/institutions/${own.id}/prepayments`)).json();
    expect(mine.total).toBe(1);
    expect(mine.items[0].childName).toBe(own.children[0]!.name);
    const regulated = (await request('regulator', 'GET', `/institutions/${own.id}/prepayments?status=paid`)).json();
    expect(regulated.items[0].childName).toBe('张**1');
    expect((await request('haidian', 'GET', `/institutions/${own.id}/prepayments`)).statusCode).toBe(404);
  });

  it('records one refund, no more than was paid and not before the payment', async () => {
    const [{ id }] = (await request('director', 'GET', `/institutions/${own.id}/prepayments`)).json().items;
    const refund = (body: object) => request('director', 'POST', `/institutions/${own.id}/prepayments/${id}/refund`, body);
    expect((await refund({ refundedFen: 450_001, refundedOn: '2025-03-10' })).json().code).toBe('REFUND_EXCEEDS_AMOUNT');
    expect((await refund({ refundedFen: 100, refundedOn: '2025-02-01' })).json().code).toBe('REFUND_BEFORE_PAYMENT');
    const done = await refund({ refundedFen: 150_000, refundedOn: '2025-03-10' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'refunded', refundedFen: 150_000, refundedOn: '2025-03-10' });
    expect((await refund({ refundedFen: 1, refundedOn: '2025-03-11' })).json().code).toBe('PREPAYMENT_ALREADY_REFUNDED');
    expect((await request('director', 'GET', `/institutions/${own.id}/prepayments?status=refunded`)).json().total).toBe(1);
  });
});
