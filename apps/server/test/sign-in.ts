import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { adminRoles, type Department, type Role } from '@youyu/contracts';
import type { Database } from '../src/platform/db/index.ts';
import { systemContext } from '../src/platform/http/context.ts';
import { smsOutbox } from '../src/platform/sms/index.ts';
import { resetRateLimit } from '../src/platform/rate-limit/index.ts';
import { createUser, currentTotpCode, generateTotpSecret } from '../src/modules/accounts/index.ts';

export type TestUserInput = { role: Role; jurisdictionCode?: string | null; institutionId?: string | null; department?: Department | null; username?: string; password?: string };

export type TestUser = {
  id: string;
  role: Role;
  /** Null for families, who sign in by phone. */
  username: string | null;
  password: string | null;
  phone: string | null;
  /** Administrators come enrolled, so tests can produce codes with currentTotpCode(secret). */
  totpSecret: string | null;
  jurisdictionCode: string | null;
  institutionId: string | null;
  department: Department | null;
};

export type SignedInTestUser = { cookie: string; csrfToken: string; headers: { cookie: string; 'x-csrf-token': string } };

const TEST_PASSWORD = 'Kite-Orbit-7351';
const isAdmin = (role: Role) => (adminRoles as readonly Role[]).includes(role);
const isInstitutionRole = (role: Role) => role === 'institutionDirector' || role === 'institutionStaff';

/**
 * An active account with a known password and no change due; administrators have TOTP enrolled.
 * Defaults fill what the role needs: the Beijing city jurisdiction (110000), the health commission
 * for regulators and inspectors, a random institution id for institution roles (pass a real one
 * when the test needs the institution to exist).
 */
export async function createUserForTest(database: Database, input: TestUserInput): Promise<TestUser> {
  const { role } = input;
  const family = role === 'family';
  const jurisdictionCode = input.jurisdictionCode !== undefined ? input.jurisdictionCode : family || isAdmin(role) ? null : '110000';
  const department = input.department !== undefined ? input.department : role === 'regulator' || role === 'inspector' ? 'healthCommission' : null;
  const institutionId = input.institutionId !== undefined ? input.institutionId : isInstitutionRole(role) ? randomUUID() : null;
  const username = family ? null : (input.username ?? `${role.toLowerCase()}-${randomBytes(4).toString('hex')}`);
  const password = family ? null : (input.password ?? TEST_PASSWORD);
  const phone = family ? `139${String(randomInt(100_000_000)).padStart(8, '0')}` : null;
  const totpSecret = isAdmin(role) ? generateTotpSecret() : null;
  const { user } = await createUser(database.db, systemContext(database.db), {
    username,
    phone,
    displayName: family ? `家长${phone!.slice(-4)}` : `测试${role}`,
    role,
    department,
    jurisdictionCode,
    institutionId,
    ...(password ? { password, mustChangePassword: false } : {}),
    totpSecret,
  });
  return { id: user.id, role, username, password, phone, totpSecret, jurisdictionCode, institutionId, department };
}

function sessionOf(response: { statusCode: number; body: string; cookies: { name: string; value: string }[] }): SignedInTestUser {
  if (response.statusCode !== 200) throw new Error(`sign-in failed (${response.statusCode}): ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrfToken = (JSON.parse(response.body) as { csrfToken: string }).csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/**
 * Signs in through the real API: POST /auth/sign-in (with a TOTP code when enrolled), or for a
 * family the phone-code flow, reading the code from the SMS outbox.
 */
export async function signInAs(app: FastifyInstance, user: TestUser): Promise<SignedInTestUser> {
  if (user.phone && !user.username) {
    // A test may sign the same family in twice within the one-code-a-minute limit.
    await resetRateLimit(app.db, `phone-code:phone-minute:${user.phone}`);
    const sent = await app.inject({ method: 'POST', url: '/api/v1/auth/phone/code', payload: { phone: user.phone } });
    if (sent.statusCode !== 200) throw new Error(`phone code failed (${sent.statusCode}): ${sent.body}`);
    const [message] = await app.db.select().from(smsOutbox).where(eq(smsOutbox.phone, user.phone)).orderBy(desc(smsOutbox.createdAt)).limit(1);
    return sessionOf(await app.inject({ method: 'POST', url: '/api/v1/auth/phone/sign-in', payload: { phone: user.phone, code: message!.params.code } }));
  }
  const payload = { username: user.username, password: user.password, ...(user.totpSecret ? { totpCode: currentTotpCode(user.totpSecret) } : {}) };
  return sessionOf(await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload }));
}
