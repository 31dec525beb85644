import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { recordAuditAlone } from '../../platform/audit/index.ts';
import { systemContext } from '../../platform/http/context.ts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';

describe('audit log search', () => {
  let t: TestApp;
  let auditor: SignedInTestUser;
  beforeAll(async () => {
    t = await buildTestApp();
    auditor = await signInAs(t.app, await createUserForTest(t.database, { role: 'auditAdmin' }));
    const ctx = systemContext(t.app.db);
    await recordAuditAlone(ctx, { action: 'filings.approve', entityType: 'filing', entityId: 'f-1', jurisdictionCode: '110105' });
    await recordAuditAlone(ctx, { action: 'filings.reject', entityType: 'filing', entityId: 'f-2', jurisdictionCode: '110108', outcome: 'denied' });
  });
  afterAll(() => t.close());

  const search = (query: string, who = auditor) => t.app.inject({ url: `/api/v1/admin/audit${query}`, headers: who.headers });

  it('lists entries newest first, paginated, including the auditor’s own sign-in', async () => {
    const res = (await search('?pageSize=2')).json();
    expect(res.items).toHaveLength(2);
    expect(res.items[0].seq).toBeGreaterThan(res.items[1].seq);
    expect(res.total).toBeGreaterThan(3);
    expect((await search('?action=auth.signIn')).json().items.some((e: { actorRole: string }) => e.actorRole === 'auditAdmin')).toBe(true);
  });

  it('filters by action prefix, entity, outcome and actor', async () => {
    expect((await search('?action=filings.')).json().total).toBe(2);
    expect((await search('?entityType=filing&entityId=f-2')).json().items).toMatchObject([{ action: 'filings.reject', outcome: 'denied' }]);
    expect((await search('?outcome=denied')).json().total).toBe(1);
    const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: auditor.headers })).json();
    expect((await search(`?actor=${me.username}&action=auth.signIn`)).json().total).toBe(1);
    expect((await search(`?actor=${me.id}&action=auth.signIn`)).json().total).toBe(1);
  });

  it('filters by day in city time, and refuses an empty range', async () => {
    await t.app.db.execute(sql`update audit_log set at = '2024-05-03T23:30:00+08:00' where entity_id = 'f-1'`);
    expect((await search('?from=2024-05-03&to=2024-05-03')).json().items).toMatchObject([{ entityId: 'f-1' }]);
    expect((await search('?from=2024-05-04&to=2024-05-04')).json().total).toBe(0);
    const bad = await search('?from=2024-05-04&to=2024-05-03');
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'AUDIT_RANGE_INVALID']);
    expect((await search('?from=yesterday')).json().code).toBe('VALIDATION_FAILED');
  });

  it('shows a district auditor only entries of the district', async () => {
    const district = await signInAs(t.app, await createUserForTest(t.database, { role: 'auditAdmin', jurisdictionCode: '110108' }));
    const items = (await search('?action=filings.', district)).json().items;
    expect(items.map((e: { entityId: string }) => e.entityId)).toEqual(['f-2']);
  });

  it('verifies the hash chain on request', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/audit/verify', headers: auditor.headers });
    expect(res.json()).toMatchObject({ ok: false, firstBadSeq: expect.any(Number), reason: 'contentChanged' });
  });

  it('is for the audit administrator only', async () => {
    const system = await signInAs(t.app, await createUserForTest(t.database, { role: 'systemAdmin' }));
    expect((await search('', system)).json().code).toBe('FORBIDDEN');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/admin/audit/verify', headers: system.headers })).statusCode).toBe(403);
  });
});
