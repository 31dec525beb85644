import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { apiKeys } from './exchange.tables.ts';
import { CHAOYANG, prepareExchange } from './test-support.ts';

describe('registrar API keys (/exchange/api-keys)', () => {
  let t: TestApp;
  let admin: SignedInTestUser;
  const as: Record<string, SignedInTestUser> = {};
  const call = (who: SignedInTestUser, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1/exchange/api-keys${url}`, headers: who.headers, payload });

  beforeAll(async () => {
    t = await buildTestApp();
    admin = (await prepareExchange(t)).admin;
    as.tianjinAdmin = await signInAs(t.app, await createUserForTest(t.database, { role: 'systemAdmin', jurisdictionCode: '120000' }));
    as.regulator = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110000' }));
  });
  afterAll(() => t.close());

  it('shows the secret once and keeps only its hash', async () => {
    const created = await call(admin, 'POST', '', { name: '朝阳区市场监管局登记系统', registrar: 'marketRegulation', jurisdictionCode: CHAOYANG });
    expect(created.statusCode).toBe(201);
    const { apiKey, secret } = created.json();
    expect(secret).toMatch(/^yyk_[0-9a-f]{10}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey).toMatchObject({ registrar: 'marketRegulation', jurisdictionCode: CHAOYANG, lastUsedAt: null, revokedAt: null });
    const list = await call(admin, 'GET', '');
    expect(list.body).not.toContain(secret.slice(16));
    expect(list.json().items.map((k: { id: string }) => k.id)).toContain(apiKey.id);
    const [row] = await t.database.db.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id));
    expect(JSON.stringify(row)).not.toContain(secret.slice(16));
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, apiKey.id));
    expect(entry).toMatchObject({ action: 'exchange.apiKey.create', actorRole: 'systemAdmin', jurisdictionCode: CHAOYANG });
  });

  it('keeps keys within the administrator’s reach', async () => {
    const beijing = (await call(admin, 'POST', '', { name: '市民政局', registrar: 'civilAffairs', jurisdictionCode: '110000' })).json().apiKey;
    expect((await call(as.tianjinAdmin!, 'POST', '', { name: '越界', registrar: 'civilAffairs', jurisdictionCode: CHAOYANG })).json()).toMatchObject({ status: 403, code: 'JURISDICTION_OUT_OF_REACH' });
    expect((await call(as.tianjinAdmin!, 'GET', '')).json().items).toEqual([]);
    expect((await call(as.tianjinAdmin!, 'POST', `/${beijing.id}/revoke`)).statusCode).toBe(404);
    const unknown = await call(admin, 'POST', '', { name: '不存在的区', registrar: 'civilAffairs', jurisdictionCode: '110199' });
    expect(unknown.json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'body.jurisdictionCode' }] });
    expect((await call(as.regulator!, 'GET', '')).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('revokes a key once', async () => {
    const key = (await call(admin, 'POST', '', { name: '市编办', registrar: 'staffingOffice', jurisdictionCode: '110000' })).json().apiKey;
    const revoked = await call(admin, 'POST', `/${key.id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    expect((await call(admin, 'POST', `/${key.id}/revoke`)).json()).toMatchObject({ status: 409, code: 'API_KEY_ALREADY_REVOKED' });
  });
});
