import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type TestUser } from '../../../test/sign-in.ts';
import { sessions, users } from './accounts.tables.ts';

describe('passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function change(user: TestUser, currentPassword: string, newPassword: string) {
    const session = await signInAs(t.app, { ...user, password: currentPassword });
    return t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: session.headers, payload: { currentPassword, newPassword } });
  }

  it('publishes the password policy to anyone', async () => {
    const res = await t.app.inject('/api/v1/auth/password-policy');
    expect(res.json()).toEqual({ minLength: 8, requiredClasses: 4, rejectCommon: true, rejectUsername: true, historyCount: 5, maxAgeDays: 90 });
  });

  it('names each broken rule as a field error in the caller’s language', async () => {
    const user = await createUserForTest(t.database, { role: 'regulator', username: 'wangfang' });
    const cases: [string, string][] = [
      ['Ab1!', 'PASSWORD_TOO_SHORT'],
      ['harbourlights93', 'PASSWORD_NEEDS_CLASSES'],
      ['P@ssw0rd2024!', 'PASSWORD_TOO_COMMON'],
      ['Wangfang-2024!', 'PASSWORD_CONTAINS_USERNAME'],
    ];
    for (const [password, code] of cases) {
      const res = await change(user, user.password!, password);
      expect(res.statusCode, password).toBe(400);
      expect(res.json().code, password).toBe(code);
      expect(res.json().errors.map((e: { code: string }) => e.code)).toContain(code);
      expect(res.json().errors[0].path).toBe('body.newPassword');
    }
    const session = await signInAs(t.app, user);
    const en = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { ...session.headers, 'accept-language': 'en' }, payload: { currentPassword: user.password, newPassword: 'Ab1!' } });
    expect(en.json().detail).toBe('The password needs at least 8 characters.');
  });

  it('refuses a wrong current password', async () => {
    const user = await createUserForTest(t.database, { role: 'regulator' });
    const session = await signInAs(t.app, user);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: session.headers, payload: { currentPassword: 'Not-my-pass-1', newPassword: 'Harbour-Lights-94' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('CURRENT_PASSWORD_INVALID');
  });

  it('refuses any of the last 5 passwords (the current one included), and accepts the 6th', async () => {
    const user = await createUserForTest(t.database, { role: 'inspector' });
    const passwords = [user.password!, 'Amber-Field-101', 'Amber-Field-102', 'Amber-Field-103', 'Amber-Field-104', 'Amber-Field-105'];
    for (let i = 1; i < passwords.length; i += 1) expect((await change(user, passwords[i - 1]!, passwords[i]!)).statusCode).toBe(204);
    const current = passwords.at(-1)!;
    for (const earlier of passwords.slice(1)) {
      const res = await change(user, current, earlier);
      expect(res.json().code, earlier).toBe('PASSWORD_REUSED');
    }
    // The first has dropped out of the last five.
    expect((await change(user, current, passwords[0]!)).statusCode).toBe(204);
  });

  it('ends the account’s other sessions but keeps the one that changed it', async () => {
    const user = await createUserForTest(t.database, { role: 'supervisor' });
    const elsewhere = await signInAs(t.app, user);
    const here = await signInAs(t.app, user);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: here.headers, payload: { currentPassword: user.password, newPassword: 'Copper-Kettle-88' } });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: elsewhere.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: here.headers })).statusCode).toBe(200);
    expect(await t.app.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);
  });

  it('requires a change once the password is 90 days old, and allows only the change', async () => {
    const user = await createUserForTest(t.database, { role: 'regulator' });
    await t.app.db.update(users).set({ passwordChangedAt: new Date(Date.now() - 91 * 24 * 3_600_000), lastSignInAt: new Date() }).where(eq(users.id, user.id));
    const session = await signInAs(t.app, user);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: session.headers });
    expect(me.json().mustChangePassword).toBe(true);
    expect(new Date(me.json().passwordExpiresAt).getTime()).toBeLessThan(Date.now());
    const blocked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/setup', headers: session.headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: session.headers, payload: { currentPassword: user.password, newPassword: 'Silver-Birch-61' } });
    expect(changed.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: session.headers })).json().mustChangePassword).toBe(false);
  });
});
