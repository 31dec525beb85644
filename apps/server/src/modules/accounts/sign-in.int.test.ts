import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/index.ts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type TestUser } from '../../../test/sign-in.ts';
import { users } from './accounts.tables.ts';
import { currentTotpCode } from './totp.ts';

describe('sign-in with username and password', () => {
  let t: TestApp;
  let regulator: TestUser;
  beforeAll(async () => {
    t = await buildTestApp();
    regulator = await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110105' });
  });
  afterAll(() => t.close());

  const signIn = (payload: Record<string, unknown>, remoteAddress = '203.0.113.10') => t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload, remoteAddress });
  const lastAudit = async (action: string) => (await t.app.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.seq)).limit(1))[0];

  it('signs in, sets the session and CSRF cookies, and records the sign-in', async () => {
    const res = await signIn({ username: regulator.username, password: regulator.password });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ id: regulator.id, role: 'regulator', jurisdictionCode: '110105', mustChangePassword: false, mustEnrolTotp: false });
    expect(body.user.permissions).toContain('institutions.read');
    const session = res.cookies.find((c) => c.name === 'youyu_session')!;
    const csrf = res.cookies.find((c) => c.name === 'youyu_csrf')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf.httpOnly).toBeFalsy();
    expect(csrf.value).toBe(body.csrfToken);
    expect(await lastAudit('auth.signIn')).toMatchObject({ outcome: 'success', actorUserId: regulator.id, actorUsername: regulator.username, ip: '203.0.113.10', jurisdictionCode: '110105' });
  });

  it('accepts the username in any case', async () => {
    expect((await signIn({ username: regulator.username!.toUpperCase(), password: regulator.password })).statusCode).toBe(200);
  });

  it('answers an unknown name exactly like a wrong password, and records both failures without the password', async () => {
    const unknown = await signIn({ username: 'nobody-here', password: 'Whatever-123' }, '203.0.113.20');
    const wrong = await signIn({ username: regulator.username, password: 'Whatever-123' }, '203.0.113.20');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: '用户名或密码不正确。' });
    expect({ ...wrong.json(), requestId: null }).toEqual({ ...unknown.json(), requestId: null });
    const failure = await t.app.db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.signIn'), eq(auditLog.outcome, 'failure'), eq(auditLog.actorUsername, 'nobody-here')));
    expect(failure).toHaveLength(1);
    expect(failure[0]!.details).toEqual({ method: 'password', reason: 'invalidCredentials' });
    expect(JSON.stringify(failure[0])).not.toContain('Whatever-123');
  });

  it('locks the account for an address after 5 failures there, while another address still signs in', async () => {
    const victim = await createUserForTest(t.database, { role: 'inspector' });
    const attacker = '198.51.100.7';
    for (let i = 1; i <= 4; i += 1) expect((await signIn({ username: victim.username, password: `Wrong-pass-${i}` }, attacker)).json().code).toBe('INVALID_CREDENTIALS');
    const fifth = await signIn({ username: victim.username, password: 'Wrong-pass-5' }, attacker);
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    const lockedUntil = new Date(fifth.json().lockedUntil).getTime();
    expect(lockedUntil - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(29 * 60);
    // Even the right password is refused from the attacker's address while locked…
    expect((await signIn({ username: victim.username, password: victim.password }, attacker)).statusCode).toBe(423);
    // …but the owner, elsewhere, is not locked out.
    expect((await signIn({ username: victim.username, password: victim.password }, '192.0.2.55')).statusCode).toBe(200);
  });

  it('locks an unknown name too, so locking reveals nothing', async () => {
    for (let i = 0; i < 4; i += 1) await signIn({ username: 'ghost-account', password: 'Wrong-pass-1' }, '198.51.100.8');
    expect((await signIn({ username: 'ghost-account', password: 'Wrong-pass-1' }, '198.51.100.8')).statusCode).toBe(423);
  });

  it('blocks an address after 20 failures across accounts', async () => {
    const address = '198.51.100.99';
    for (let i = 0; i < 20; i += 1) expect((await signIn({ username: `spray-${i}`, password: 'Spring-2024!' }, address)).statusCode).toBe(401);
    const blocked = await signIn({ username: regulator.username, password: regulator.password }, address);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await lastAudit('auth.signIn'))).toMatchObject({ outcome: 'failure', details: { method: 'password', reason: 'addressBlocked' } });
    expect((await signIn({ username: regulator.username, password: regulator.password }, '198.51.100.100')).statusCode).toBe(200);
  });

  it('refuses a disabled account only after the password was right', async () => {
    const user = await createUserForTest(t.database, { role: 'supervisor' });
    await t.app.db.update(users).set({ status: 'disabled', disabledReason: 'manual' }).where(eq(users.id, user.id));
    expect((await signIn({ username: user.username, password: 'Wrong-pass-1' })).json().code).toBe('INVALID_CREDENTIALS');
    const res = await signIn({ username: user.username, password: user.password });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ACCOUNT_DISABLED');
  });

  it('disables a staff account unused for 90 days when it tries to sign in', async () => {
    const user = await createUserForTest(t.database, { role: 'inspector' });
    const longAgo = new Date(Date.now() - 91 * 24 * 3_600_000);
    await t.app.db.update(users).set({ createdAt: longAgo, statusChangedAt: longAgo, lastSignInAt: longAgo }).where(eq(users.id, user.id));
    expect((await signIn({ username: user.username, password: user.password })).json().code).toBe('ACCOUNT_DISABLED');
    const [row] = await t.app.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ status: 'disabled', disabledReason: 'dormant' });
    expect(await lastAudit('users.disableDormant')).toMatchObject({ entityId: user.id, outcome: 'success' });
  });

  describe('second factor', () => {
    it('asks administrators for their TOTP code after the password, and checks it', async () => {
      const admin = await createUserForTest(t.database, { role: 'securityAdmin' });
      expect((await signIn({ username: admin.username, password: 'Wrong-pass-1' })).json().code).toBe('INVALID_CREDENTIALS');
      const needsCode = await signIn({ username: admin.username, password: admin.password });
      expect(needsCode.statusCode).toBe(401);
      expect(needsCode.json().code).toBe('TOTP_REQUIRED');
      expect((await signIn({ username: admin.username, password: admin.password, totpCode: '000000' })).json().code).toBe('TOTP_INVALID');
      const ok = await signIn({ username: admin.username, password: admin.password, totpCode: currentTotpCode(admin.totpSecret!) });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().user).toMatchObject({ hasTotp: true, mustEnrolTotp: false });
    });

    it('keeps an administrator without TOTP to enrolment until it is done', async () => {
      const admin = await createUserForTest(t.database, { role: 'auditAdmin' });
      await t.app.db.update(users).set({ totpSecret: null }).where(eq(users.id, admin.id));
      const session = await signInAs(t.app, { ...admin, totpSecret: null });
      const me = await t.app.inject({ url: '/api/v1/auth/me', headers: session.headers });
      expect(me.json()).toMatchObject({ mustEnrolTotp: true, hasTotp: false });
      const refused = await t.app.inject({ url: '/api/v1/admin/audit', headers: session.headers });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('TOTP_ENROLMENT_REQUIRED');

      const setup = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/setup', headers: session.headers });
      expect(setup.statusCode).toBe(200);
      const { secret, otpauthUrl } = setup.json();
      expect(otpauthUrl).toContain('otpauth://totp/');
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enable', headers: session.headers, payload: { code: '000000' } })).json().code).toBe('TOTP_INVALID');
      const enabled = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enable', headers: session.headers, payload: { code: currentTotpCode(secret) } });
      expect(enabled.statusCode).toBe(204);
      expect((await t.app.inject({ url: '/api/v1/admin/audit', headers: session.headers })).statusCode).toBe(200);
      expect(await lastAudit('auth.enableTotp')).toMatchObject({ actorUserId: admin.id });
      // Administrators cannot turn it off again.
      const disable = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/disable', headers: session.headers, payload: { password: admin.password, code: currentTotpCode(secret) } });
      expect(disable.json().code).toBe('TOTP_REQUIRED_FOR_ROLE');
    });

    it('lets other staff turn TOTP on and off, proving both factors', async () => {
      const staff = await createUserForTest(t.database, { role: 'institutionStaff' });
      const session = await signInAs(t.app, staff);
      const { secret } = (await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/setup', headers: session.headers })).json();
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enable', headers: session.headers, payload: { code: currentTotpCode(secret) } });
      expect((await signIn({ username: staff.username, password: staff.password })).json().code).toBe('TOTP_REQUIRED');
      const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/disable', headers: session.headers, payload: { password: 'Wrong-pass-1', code: currentTotpCode(secret) } });
      expect(wrong.json().code).toBe('CURRENT_PASSWORD_INVALID');
      const off = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/disable', headers: session.headers, payload: { password: staff.password, code: currentTotpCode(secret) } });
      expect(off.statusCode).toBe(204);
      expect((await signIn({ username: staff.username, password: staff.password })).statusCode).toBe(200);
    });
  });
});
