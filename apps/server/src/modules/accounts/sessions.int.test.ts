import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { sessions, users } from './accounts.tables.ts';
import { pruneExpiredAuthState } from './housekeeping.ts';

describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const me = (session: Pick<SignedInTestUser, 'cookie'>) => t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: session.cookie } });
  const sessionRows = (userId: string) => t.app.db.select().from(sessions).where(eq(sessions.userId, userId));
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

  it('answers /auth/me with 401 without a session, and clears an unknown cookie', async () => {
    expect((await t.app.inject('/api/v1/auth/me')).statusCode).toBe(401);
    const res = await me({ cookie: 'youyu_session=forged-token' });
    expect(res.statusCode).toBe(401);
    expect(res.cookies.find((c) => c.name === 'youyu_session')?.value).toBe('');
  });

  it('stores only a hash of the session token', async () => {
    const user = await createUserForTest(t.database, { role: 'regulator' });
    const session = await signInAs(t.app, user);
    const token = /youyu_session=([^;]+)/.exec(session.cookie)![1]!;
    const [row] = await sessionRows(user.id);
    expect(row!.tokenHash).not.toBe(token);
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a write without the CSRF token, or with another session’s, and accepts the right one', async () => {
    const user = await createUserForTest(t.database, { role: 'regulator' });
    const session = await signInAs(t.app, user);
    const other = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator' }));
    const payload = { currentPassword: user.password, newPassword: 'Harbour-Lights-93' };
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie: session.cookie }, payload });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('CSRF_FAILED');
    const foreign = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie: session.cookie, 'x-csrf-token': other.csrfToken }, payload });
    expect(foreign.json().code).toBe('CSRF_FAILED');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: session.headers, payload })).statusCode).toBe(204);
    // Reads need no token.
    expect((await me(session)).statusCode).toBe(200);
  });

  it('ends a session idle for longer than 30 minutes', async () => {
    const user = await createUserForTest(t.database, { role: 'inspector' });
    const session = await signInAs(t.app, user);
    await t.app.db.update(sessions).set({ lastSeenAt: minutesAgo(29) }).where(eq(sessions.userId, user.id));
    expect((await me(session)).statusCode).toBe(200);
    // That request counted as activity.
    expect((await sessionRows(user.id))[0]!.lastSeenAt.getTime()).toBeGreaterThan(minutesAgo(1).getTime());
    await t.app.db.update(sessions).set({ lastSeenAt: minutesAgo(31) }).where(eq(sessions.userId, user.id));
    expect((await me(session)).statusCode).toBe(401);
    expect(await sessionRows(user.id)).toHaveLength(0);
  });

  it('ends a session after 12 hours however active it was', async () => {
    const user = await createUserForTest(t.database, { role: 'inspector' });
    const session = await signInAs(t.app, user);
    await t.app.db.update(sessions).set({ createdAt: minutesAgo(11 * 60 + 59) }).where(eq(sessions.userId, user.id));
    expect((await me(session)).statusCode).toBe(200);
    await t.app.db.update(sessions).set({ createdAt: minutesAgo(12 * 60 + 1) }).where(eq(sessions.userId, user.id));
    expect((await me(session)).statusCode).toBe(401);
  });

  it('signs out: the session ends and the cookies are cleared', async () => {
    const user = await createUserForTest(t.database, { role: 'supervisor' });
    const session = await signInAs(t.app, user);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.map((c) => [c.name, c.value])).toEqual([
      ['youyu_session', ''],
      ['youyu_csrf', ''],
    ]);
    expect((await me(session)).statusCode).toBe(401);
  });

  it('replaces the browser’s earlier session when it signs in again', async () => {
    const user = await createUserForTest(t.database, { role: 'supervisor' });
    const first = await signInAs(t.app, user);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', headers: { cookie: first.cookie }, payload: { username: user.username, password: user.password } });
    expect(again.statusCode).toBe(200);
    expect(await sessionRows(user.id)).toHaveLength(1);
    expect((await me(first)).statusCode).toBe(401);
  });

  it('ends the sessions of a disabled account at once', async () => {
    const admin = await signInAs(t.app, await createUserForTest(t.database, { role: 'systemAdmin' }));
    const user = await createUserForTest(t.database, { role: 'regulator' });
    const session = await signInAs(t.app, user);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/admin/users/${user.id}/disable`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'disabled', disabledReason: 'manual' });
    expect(await sessionRows(user.id)).toHaveLength(0);
    expect((await me(session)).statusCode).toBe(401);
  });

  it('drops a session whose account was disabled behind its back', async () => {
    const user = await createUserForTest(t.database, { role: 'regulator' });
    const session = await signInAs(t.app, user);
    await t.app.db.update(users).set({ status: 'disabled' }).where(eq(users.id, user.id));
    expect((await me(session)).statusCode).toBe(401);
  });

  it('prunes sessions nobody presented again after they went stale', async () => {
    const user = await createUserForTest(t.database, { role: 'inspector' });
    const session = await signInAs(t.app, user);
    expect((await pruneExpiredAuthState(t.app.db)).sessions).toBe(0);
    await t.app.db.update(sessions).set({ lastSeenAt: minutesAgo(31) }).where(eq(sessions.userId, user.id));
    expect((await pruneExpiredAuthState(t.app.db)).sessions).toBe(1);
    expect((await me(session)).statusCode).toBe(401);
  });
});
