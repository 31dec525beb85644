import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { smsOutbox } from '../../platform/sms/index.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { resetRateLimit } from '../../platform/rate-limit/index.ts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest } from '../../../test/sign-in.ts';
import { phoneCodes, users } from './accounts.tables.ts';

describe('family sign-in by phone code', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const requestCode = (phone: string, app = t.app) => app.inject({ method: 'POST', url: '/api/v1/auth/phone/code', payload: { phone } });
  const signIn = (phone: string, code: string, remoteAddress = '127.0.0.1') => t.app.inject({ method: 'POST', url: '/api/v1/auth/phone/sign-in', payload: { phone, code }, remoteAddress });
  const sentCode = async (phone: string) => (await t.app.db.select().from(smsOutbox).where(eq(smsOutbox.phone, phone)).orderBy(desc(smsOutbox.createdAt)).limit(1))[0]!.params.code!;

  it('texts a 6-digit code through the outbox, keeps only its hash, and never returns it outside demo mode', async () => {
    const res = await requestCode('13800138001');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ expiresInSeconds: 300, resendAfterSeconds: 60 });
    const code = await sentCode('13800138001');
    expect(code).toMatch(/^\d{6}$/);
    const [stored] = await t.app.db.select().from(phoneCodes).where(eq(phoneCodes.phone, '13800138001'));
    expect(stored!.codeHash).not.toContain(code);
  });

  it('returns the code as devCode in demo mode only', async () => {
    const demo = await buildTestApp({ YOUYU_DEMO: 'true' });
    try {
      const res = await requestCode('13800138002', demo.app);
      expect(res.json().devCode).toMatch(/^\d{6}$/);
    } finally {
      await demo.close();
    }
  });

  it('creates the family account at the first sign-in and finds it the next time', async () => {
    await requestCode('13800138003');
    const first = await signIn('13800138003', await sentCode('13800138003'));
    expect(first.statusCode).toBe(200);
    expect(first.json().user).toMatchObject({ role: 'family', username: null, phone: '138****8003', mustChangePassword: false });
    expect(first.cookies.map((c) => c.name)).toEqual(['youyu_session', 'youyu_csrf']);
    const [created] = await t.app.db.select().from(auditLog).where(eq(auditLog.action, 'users.create')).orderBy(desc(auditLog.seq)).limit(1);
    expect(created).toMatchObject({ entityId: first.json().user.id, details: { via: 'phoneSignIn' } });

    await resetRateLimit(t.app.db, 'phone-code:phone-minute:13800138003');
    await requestCode('13800138003');
    const second = await signIn('13800138003', await sentCode('13800138003'));
    expect(second.json().user.id).toBe(first.json().user.id);
    expect(await t.app.db.select().from(users).where(eq(users.phone, '13800138003'))).toHaveLength(1);
  });

  it('uses a code once', async () => {
    await requestCode('13800138004');
    const code = await sentCode('13800138004');
    expect((await signIn('13800138004', code)).statusCode).toBe(200);
    expect((await signIn('13800138004', code)).json().code).toBe('PHONE_CODE_INVALID');
  });

  it('refuses an expired code', async () => {
    await requestCode('13800138005');
    await t.app.db.update(phoneCodes).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(phoneCodes.phone, '13800138005'));
    const res = await signIn('13800138005', await sentCode('13800138005'));
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('PHONE_CODE_INVALID');
  });

  it('burns the code after 5 wrong guesses, even from many addresses', async () => {
    await requestCode('13800138006');
    const code = await sentCode('13800138006');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) expect((await signIn('13800138006', wrong, `192.0.2.${i + 1}`)).json().code).toBe('PHONE_CODE_INVALID');
    expect((await signIn('13800138006', code, '192.0.2.9')).json().code).toBe('PHONE_CODE_INVALID');
  });

  it('limits codes to one a minute per phone', async () => {
    expect((await requestCode('13800138007')).statusCode).toBe(200);
    const again = await requestCode('13800138007');
    expect(again.statusCode).toBe(429);
    expect(again.json().code).toBe('RATE_LIMITED');
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not let a phone code stand in for a staff password', async () => {
    const staff = await createUserForTest(t.database, { role: 'regulator' });
    await t.app.db.update(users).set({ phone: '13800138008' }).where(eq(users.id, staff.id));
    await requestCode('13800138008');
    const res = await signIn('13800138008', await sentCode('13800138008'));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('PHONE_SIGN_IN_NOT_ALLOWED');
  });

  it('validates the phone number', async () => {
    const res = await requestCode('12345');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});
