import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import type { Role } from '@youyu/contracts';
import { auditLog } from '../../platform/audit/index.ts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { rolePermissions, users } from './accounts.tables.ts';
import { syncPermissionDefaults } from './roles.service.ts';
import { disableDormantAccounts } from './users.service.ts';
import { createUser, ensureUser } from './account-creation.ts';
import { systemContext } from '../../platform/http/context.ts';

describe('account administration', () => {
  let t: TestApp;
  const as: Partial<Record<Role, SignedInTestUser>> = {};
  beforeAll(async () => {
    t = await buildTestApp();
    for (const role of ['systemAdmin', 'securityAdmin', 'auditAdmin', 'regulator'] as const) as[role] = await signInAs(t.app, await createUserForTest(t.database, { role }));
  });
  afterAll(() => t.close());

  const call = (who: SignedInTestUser, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: who.headers, ...(payload ? { payload } : {}) });
  const lastAudit = async (action: string) => (await t.app.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.seq)).limit(1))[0];
  const newStaff = { username: 'li.na', displayName: '李娜', role: 'inspector', department: 'marketRegulation', jurisdictionCode: '110105' };

  it('lets each administrator reach only their own duties', async () => {
    const matrix: [string, 'GET' | 'POST' | 'PUT', string, object | undefined, Role[]][] = [
      ['list users', 'GET', '/admin/users', undefined, ['systemAdmin', 'securityAdmin']],
      ['create user', 'POST', '/admin/users', { ...newStaff, username: 'matrix.user' }, ['systemAdmin']],
      ['roles', 'GET', '/admin/roles', undefined, ['securityAdmin']],
      ['settings', 'GET', '/admin/security-settings', undefined, ['securityAdmin']],
      ['audit', 'GET', '/admin/audit', undefined, ['auditAdmin']],
    ];
    for (const [name, method, url, payload, allowed] of matrix) {
      for (const role of ['systemAdmin', 'securityAdmin', 'auditAdmin', 'regulator'] as const) {
        const res = await call(as[role]!, method, url, payload);
        if (allowed.includes(role)) expect(res.statusCode, `${name} as ${role}`).toBeLessThan(300);
        else expect([res.statusCode, res.json().code], `${name} as ${role}`).toEqual([403, 'FORBIDDEN']);
      }
    }
    expect((await t.app.inject({ url: '/api/v1/admin/users' })).statusCode).toBe(401);
  });

  it('creates a staff account with a one-time password that must be changed', async () => {
    const res = await call(as.systemAdmin!, 'POST', '/admin/users', { ...newStaff, phone: '13900001111' });
    expect(res.statusCode).toBe(201);
    const { user, oneTimePassword } = res.json();
    expect(user).toMatchObject({ username: 'li.na', role: 'inspector', phone: '139****1111', status: 'active', mustChangePassword: true });
    expect(oneTimePassword).toHaveLength(16);
    expect(await lastAudit('users.create')).toMatchObject({ entityId: user.id, jurisdictionCode: '110105' });
    const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'li.na', password: oneTimePassword } });
    expect(signIn.json().user.mustChangePassword).toBe(true);
    const dup = await call(as.systemAdmin!, 'POST', '/admin/users', newStaff);
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'USERNAME_TAKEN']);
  });

  it('checks what the role needs', async () => {
    const res = await call(as.systemAdmin!, 'POST', '/admin/users', { username: 'no.dept', displayName: '王五', role: 'regulator', jurisdictionCode: '110105', institutionId: '6f1f7c2e-1a1b-4c1d-8e1f-9a0b1c2d3e4f' });
    expect(res.json().code).toBe('ROLE_ATTRIBUTES_INVALID');
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.department', 'body.institutionId']);
  });

  it('keeps the system administrator away from administrator roles and accounts', async () => {
    const create = await call(as.systemAdmin!, 'POST', '/admin/users', { username: 'sneaky', displayName: '某人', role: 'auditAdmin' });
    expect([create.statusCode, create.json().code]).toEqual([403, 'ADMIN_ROLE_NOT_ALLOWED']);
    const security = await createUserForTest(t.database, { role: 'securityAdmin' });
    const reset = await call(as.systemAdmin!, 'POST', `/admin/users/${security.id}/reset-password`);
    expect(reset.json().code).toBe('ADMIN_ACCOUNT_PROTECTED');
    const disable = await call(as.systemAdmin!, 'POST', `/admin/users/${security.id}/disable`);
    expect(disable.json().code).toBe('ADMIN_ACCOUNT_PROTECTED');
    // Enabling one disabled for disuse gives nobody its credentials, so it is allowed.
    await t.app.db.update(users).set({ status: 'disabled', disabledReason: 'dormant' }).where(eq(users.id, security.id));
    expect((await call(as.systemAdmin!, 'POST', `/admin/users/${security.id}/enable`)).json().status).toBe('active');
  });

  it('resets a password: new one-time password, sessions end, locks lift', async () => {
    const user = await createUserForTest(t.database, { role: 'regulator' });
    const session = await signInAs(t.app, user);
    const res = await call(as.systemAdmin!, 'POST', `/admin/users/${user.id}/reset-password`);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.mustChangePassword).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: session.headers })).statusCode).toBe(401);
    const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: user.username, password: res.json().oneTimePassword } });
    expect(signIn.statusCode).toBe(200);
  });

  it('disables and enables an account, restarting its dormancy clock', async () => {
    const user = await createUserForTest(t.database, { role: 'inspector' });
    await call(as.systemAdmin!, 'POST', `/admin/users/${user.id}/disable`);
    const longAgo = new Date(Date.now() - 200 * 24 * 3_600_000);
    await t.app.db.update(users).set({ createdAt: longAgo, lastSignInAt: longAgo }).where(eq(users.id, user.id));
    const enabled = await call(as.systemAdmin!, 'POST', `/admin/users/${user.id}/enable`);
    expect(enabled.json()).toMatchObject({ status: 'active', disabledReason: null });
    expect(await lastAudit('users.enable')).toMatchObject({ entityId: user.id });
    expect((await signInAs(t.app, user)).csrfToken).toBeTruthy();
  });

  it('disables staff accounts unused for 90 days in one sweep, and ends their sessions', async () => {
    const idle = await createUserForTest(t.database, { role: 'inspector' });
    const session = await signInAs(t.app, idle);
    const family = await createUserForTest(t.database, { role: 'family' });
    const longAgo = new Date(Date.now() - 91 * 24 * 3_600_000);
    for (const id of [idle.id, family.id]) await t.app.db.update(users).set({ createdAt: longAgo, statusChangedAt: longAgo, lastSignInAt: longAgo }).where(eq(users.id, id));
    expect(await disableDormantAccounts(t.app.db)).toBe(1);
    expect((await t.app.db.select().from(users).where(eq(users.id, idle.id)))[0]).toMatchObject({ status: 'disabled', disabledReason: 'dormant' });
    expect((await t.app.db.select().from(users).where(eq(users.id, family.id)))[0]!.status).toBe('active');
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: session.headers })).statusCode).toBe(401);
    expect(await disableDormantAccounts(t.app.db)).toBe(0);
  });

  it('edits name and phone, masked in answers', async () => {
    const user = await createUserForTest(t.database, { role: 'supervisor' });
    const res = await call(as.systemAdmin!, 'PATCH', `/admin/users/${user.id}`, { displayName: '赵六', phone: '13700002222' });
    expect(res.json()).toMatchObject({ displayName: '赵六', phone: '137****2222' });
    const audit = await lastAudit('users.update');
    expect(audit?.digestBefore).not.toBe(audit?.digestAfter);
  });

  it('acts only within the administrator’s jurisdiction', async () => {
    const district = await signInAs(t.app, await createUserForTest(t.database, { role: 'systemAdmin', jurisdictionCode: '110105' }));
    const inside = await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110105001' });
    const outside = await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110108' });
    const family = await createUserForTest(t.database, { role: 'family' });
    expect((await call(district, 'GET', `/admin/users/${inside.id}`)).statusCode).toBe(200);
    expect((await call(district, 'GET', `/admin/users/${outside.id}`)).json().code).toBe('NOT_FOUND');
    expect((await call(district, 'POST', `/admin/users/${outside.id}/disable`)).statusCode).toBe(404);
    expect((await call(district, 'GET', `/admin/users/${family.id}`)).statusCode).toBe(404);
    const listed = (await call(district, 'GET', '/admin/users?pageSize=100')).json();
    expect(listed.items.every((u: { jurisdictionCode: string | null }) => u.jurisdictionCode?.startsWith('110105'))).toBe(true);
    expect(listed.total).toBe(listed.items.length);
    const create = await call(district, 'POST', '/admin/users', { ...newStaff, username: 'elsewhere', jurisdictionCode: '110108' });
    expect(create.json().code).toBe('OUT_OF_JURISDICTION');
  });

  it('filters and pages the account list', async () => {
    const res = await call(as.securityAdmin!, 'GET', '/admin/users?role=inspector&q=li.n&pageSize=1');
    expect(res.json()).toMatchObject({ total: 1, items: [{ username: 'li.na' }] });
  });

  describe('role grants (security administrator)', () => {
    it('is the only way to make an administrator, and the new one starts afresh', async () => {
      const user = await createUserForTest(t.database, { role: 'regulator' });
      const session = await signInAs(t.app, user);
      const res = await call(as.securityAdmin!, 'PUT', `/admin/users/${user.id}/role`, { role: 'auditAdmin' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ role: 'auditAdmin', department: null, jurisdictionCode: null });
      expect((await t.app.inject({ url: '/api/v1/auth/me', headers: session.headers })).statusCode).toBe(401);
      const again = await signInAs(t.app, user);
      expect((await t.app.inject({ url: '/api/v1/auth/me', headers: again.headers })).json()).toMatchObject({ role: 'auditAdmin', mustEnrolTotp: true });
      expect(await lastAudit('users.assignRole')).toMatchObject({ entityId: user.id, details: { fromRole: 'regulator', toRole: 'auditAdmin' } });
    });

    it('refuses one’s own role and family/staff conversions', async () => {
      const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: as.securityAdmin!.headers })).json();
      expect((await call(as.securityAdmin!, 'PUT', `/admin/users/${me.id}/role`, { role: 'systemAdmin' })).json().code).toBe('CANNOT_CHANGE_OWN_ROLE');
      const family = await createUserForTest(t.database, { role: 'family' });
      expect((await call(as.securityAdmin!, 'PUT', `/admin/users/${family.id}/role`, { role: 'regulator', department: 'healthCommission', jurisdictionCode: '110000' })).json().code).toBe('ROLE_CHANGE_NOT_ALLOWED');
    });
  });

  describe('role permissions and separation of duties', () => {
    it('lists every role with its grants and the catalogue', async () => {
      const res = (await call(as.securityAdmin!, 'GET', '/admin/roles')).json();
      expect(res.roles).toHaveLength(9);
      expect(res.roles.find((r: { role: string }) => r.role === 'auditAdmin').permissions).toContain('audit.read');
      expect(res.catalogue.find((p: { key: string }) => p.key === 'roles.manage')).toEqual({ key: 'roles.manage', defaultRoles: ['securityAdmin'], isAdministrative: true });
    });

    it('refuses grants that merge administrator duties, with a clear message', async () => {
      const res = await call(as.securityAdmin!, 'PUT', '/admin/roles/systemAdmin/permissions', { permissions: ['users.read', 'users.manage', 'audit.read'] });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'SEPARATION_OF_DUTIES', detail: '违反三员分立：「系统管理员」不能拥有「查阅审计日志」权限。' });
      expect((await call(as.securityAdmin!, 'PUT', '/admin/roles/regulator/permissions', { permissions: ['roles.manage'] })).json().code).toBe('SEPARATION_OF_DUTIES');
      expect((await call(as.securityAdmin!, 'PUT', '/admin/roles/securityAdmin/permissions', { permissions: ['security.manage'] })).json().code).toBe('ROLE_MANAGEMENT_LOCKOUT');
      expect((await call(as.securityAdmin!, 'PUT', '/admin/roles/regulator/permissions', { permissions: ['no.such'] })).json().code).toBe('UNKNOWN_PERMISSION');
    });

    it('applies a change at the next request, audits it, and a revoked default stays revoked', async () => {
      const before = (await call(as.regulator!, 'GET', '/auth/me')).json().permissions as string[];
      expect(before).toContain('institutions.read');
      const res = await call(as.securityAdmin!, 'PUT', '/admin/roles/regulator/permissions', { permissions: before.filter((p) => p !== 'institutions.read') });
      expect(res.statusCode).toBe(200);
      expect((await call(as.regulator!, 'GET', '/auth/me')).json().permissions).not.toContain('institutions.read');
      expect(await lastAudit('roles.setPermissions')).toMatchObject({ entityId: 'regulator', details: { added: [], removed: ['institutions.read'] } });
      // Another app server starting up does not bring the grant back.
      expect(await syncPermissionDefaults(t.app.db)).toEqual([]);
      expect(await t.app.db.select().from(rolePermissions).where(and(eq(rolePermissions.role, 'regulator'), eq(rolePermissions.permission, 'institutions.read')))).toHaveLength(0);
    });
  });

  describe('security settings', () => {
    it('changes a setting with before and after in the audit log, in force at once', async () => {
      const current = (await call(as.securityAdmin!, 'GET', '/admin/security-settings')).json();
      expect(current).toMatchObject({ passwordMinLength: 8, lockoutThreshold: 5, idleTimeoutMinutes: 30, sessionLifetimeHours: 12, dormantAccountDays: 90 });
      const res = await call(as.securityAdmin!, 'PUT', '/admin/security-settings', { ...current, passwordMinLength: 12, reason: '市网信办通知' });
      expect(res.json().passwordMinLength).toBe(12);
      expect((await t.app.inject('/api/v1/auth/password-policy')).json().minLength).toBe(12);
      expect(await lastAudit('security.updateSettings')).toMatchObject({ details: { changed: { passwordMinLength: { from: 8, to: 12 } }, reason: '市网信办通知' } });
    });

    it('refuses values below the floor and partial updates', async () => {
      const current = (await call(as.securityAdmin!, 'GET', '/admin/security-settings')).json();
      expect((await call(as.securityAdmin!, 'PUT', '/admin/security-settings', { ...current, passwordMinLength: 6 })).json().code).toBe('VALIDATION_FAILED');
      expect((await call(as.securityAdmin!, 'PUT', '/admin/security-settings', { passwordMinLength: 10 })).json().code).toBe('VALIDATION_FAILED');
    });
  });

  describe('seeding (createUser, ensureUser)', () => {
    it('creates once by username with a known password and no change due, then returns the same account', async () => {
      const ctx = systemContext(t.app.db);
      const input = { username: 'Demo.Director', displayName: '演示负责人', role: 'institutionDirector' as const, jurisdictionCode: '110105', institutionId: '0c6a3f0e-5d1b-4a8e-9f3a-2b7c1d4e5f60', password: 'Demo-Garden-2025' };
      const first = await ensureUser(t.app.db, ctx, input);
      const second = await ensureUser(t.app.db, ctx, input);
      expect(first).toMatchObject({ created: true, oneTimePassword: null, user: { username: 'demo.director', mustChangePassword: false } });
      expect(second).toMatchObject({ created: false, user: { id: first.user.id } });
      const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'demo.director', password: 'Demo-Garden-2025' } });
      expect(signIn.json().user).toMatchObject({ role: 'institutionDirector', mustChangePassword: false });
    });

    it('finds families by phone and refuses a family without one', async () => {
      const ctx = systemContext(t.app.db);
      const family = { displayName: '演示家长', role: 'family' as const, phone: '13600003333' };
      expect((await ensureUser(t.app.db, ctx, family)).created).toBe(true);
      expect((await ensureUser(t.app.db, ctx, family)).created).toBe(false);
      await expect(createUser(t.app.db, ctx, { displayName: '无手机号', role: 'family' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });
});
