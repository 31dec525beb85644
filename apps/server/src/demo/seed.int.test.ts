import { and, count, eq, isNull, max, sql, sum } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClassType } from '@youyu/contracts';
import { buildTestApp, type TestApp } from '../../test/app.ts';
import { signInAs, type TestUser } from '../../test/sign-in.ts';
import { prepareDemo } from '../cli/demo.ts';
import { createVault, parseSecretKey } from '../platform/crypto/index.ts';
import { resolvePolicy } from '../modules/policies/index.ts';
import { children, classCaregivers, classes, institutions, staff, summaryOf } from '../modules/institutions/index.ts';
import { filingMaterials, filings } from '../modules/filings/index.ts';
import { objectStoreFor } from '../platform/storage/index.ts';
import { auditLog, verifyAuditChain } from '../platform/audit/index.ts';
import { CityAlreadySeededError, DEMO_PASSWORD, DEMO_TOTP_SECRET, digestOfCity, generateDemoCity, isCitySeeded, seedCity } from './index.ts';

// Seeding Beijing takes seconds on PGlite and longer on a busy PostgreSQL.
const SLOW = 240_000;

const demoUser = (username: string, role: TestUser['role'], totpSecret: string | null = null): TestUser => ({
  id: '',
  role,
  username,
  password: DEMO_PASSWORD,
  phone: null,
  totpSecret,
  jurisdictionCode: null,
  institutionId: null,
  department: null,
});

describe('the Beijing demo city', () => {
  let t: TestApp;
  let printed: string[] = [];

  beforeAll(async () => {
    t = await buildTestApp({ YOUYU_DEMO: 'true' });
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
    await prepareDemo(t.database, t.config);
    log.mockRestore();
  }, SLOW);
  afterAll(() => t.close());

  it('prints what it seeded and the demo accounts', () => {
    const output = printed.join('\n');
    expect(output).toContain('Seeded beijing (seed 1): 600 institutions');
    for (const username of ['sysadmin', 'secadmin', 'auditor', 'city.health', 'chaoyang.health', 'wangjing.health', 'chaoyang.market', 'chaoyang.inspector', 'chaoyang.supervisor', 'demo.director', 'demo.staff', '13800000000']) expect(output).toContain(username);
    expect(output).toContain(DEMO_TOTP_SECRET);
  });

  it('has about 600 institutions and 33,307 places, plausible shares', async () => {
    const summary = await summaryOf(t.database.db, '110000');
    expect(summary.institutions).toBe(600);
    expect(Math.abs(summary.places - 33_307) / 33_307).toBeLessThan(0.05);
    expect(summary.inclusive.places / summary.places).toBeGreaterThan(0.3);
    expect(summary.inclusive.places / summary.places).toBeLessThan(0.4);
    expect(summary.enrolled / summary.places).toBeGreaterThan(0.4);
    expect(summary.enrolled / summary.places).toBeLessThan(0.6);
    expect(summary.byArea).toHaveLength(16);
    expect(summary.byFilingStatus.find((s) => s.key === 'filed')!.institutions).toBeGreaterThan(400);
    expect(summary.byFilingStatus.find((s) => s.key === 'registered')!.institutions).toBeGreaterThan(30);
  });

  it('keeps every class within the size rule of the city’s policy profile', async () => {
    const { values } = await resolvePolicy(t.database.db, '110000');
    const prefix: Record<ClassType, string> = { infantClass: 'infant', toddlerClass: 'toddler', twosClass: 'twos', mixedClass: 'mixed' };
    const db = t.database.db;
    const largest = await db.select({ classType: classes.classType, largest: max(classes.capacity) }).from(classes).groupBy(classes.classType);
    expect(largest.length).toBeGreaterThan(2);
    for (const row of largest) expect(row.largest).toBeLessThanOrEqual(values[`classRules.${prefix[row.classType]}MaxSize`]!.value as number);
    const familyPoints = await db
      .select({ places: sum(classes.capacity).mapWith(Number) })
      .from(classes)
      .innerJoin(institutions, eq(institutions.id, classes.institutionId))
      .where(eq(institutions.kind, 'familyPoint'))
      .groupBy(institutions.id);
    expect(familyPoints.length).toBeGreaterThan(10);
    for (const point of familyPoints) expect(point.places).toBeLessThanOrEqual(values['familyPoint.maxChildren']!.value as number);
    const overfull = await db
      .select({ id: classes.id })
      .from(classes)
      .innerJoin(children, and(eq(children.classId, classes.id), eq(children.status, 'enrolled')))
      .groupBy(classes.id, classes.capacity)
      .having(sql`count(*) > ${classes.capacity}`);
    expect(overfull).toEqual([]);
  });

  it('certifies most caregivers and stores ID numbers encrypted, hashed and masked', async () => {
    const caregivers = await t.database.db
      .select({ isCertified: sql<boolean>`jsonb_array_length(${staff.certificates}) > 0`, n: count() })
      .from(staff)
      .where(and(eq(staff.role, 'caregiver'), eq(staff.status, 'active')))
      .groupBy(sql`1`);
    const certified = caregivers.find((g) => g.isCertified)!.n / caregivers.reduce((total, g) => total + g.n, 0);
    expect(certified).toBeGreaterThan(0.8);
    expect(certified).toBeLessThan(0.92);
    const [person] = await t.database.db.select({ cipher: staff.idNumberCipher, masked: staff.idNumberMasked, hash: staff.idNumberHash }).from(staff).limit(1);
    const vault = createVault(parseSecretKey(t.config.secretKey!));
    const idNumber = vault.decrypt(person!.cipher);
    expect(person!.masked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(person!.hash).toBe(vault.lookupHash(idNumber));
    expect(person!.cipher).not.toContain(idNumber.slice(6, 14));
  });

  it('puts every active caregiver in a class and fills the review queue with filings and their files', async () => {
    const db = t.database.db;
    const unassigned = await db
      .select({ id: staff.id })
      .from(staff)
      .leftJoin(classCaregivers, eq(classCaregivers.staffId, staff.id))
      .where(and(eq(staff.role, 'caregiver'), eq(staff.status, 'active'), isNull(classCaregivers.staffId)));
    expect(unassigned).toEqual([]);
    const queue = await db.select({ state: filings.state, n: count() }).from(filings).groupBy(filings.state);
    for (const state of ['submitted', 'underReview', 'returned']) expect(queue.find((q) => q.state === state)?.n ?? 0).toBeGreaterThan(0);
    const [material] = await db.select({ key: filingMaterials.storageKey }).from(filingMaterials).limit(1);
    const stored = await objectStoreFor(t.config).get(material!.key);
    const head = (await stored.toArray()).map((c: Buffer) => c.toString('latin1')).join('').slice(0, 5);
    expect(head).toBe('%PDF-');
  });

  it('generates the same rows again for seed 1 and other rows for seed 2', async () => {
    const entries = await t.database.db.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, 'demo.seed'));
    expect(entries).toHaveLength(1);
    const digest = entries[0]!.details.digest;
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digestOfCity(await generateDemoCity(t.database.db, 'beijing', 1))).toBe(digest);
    expect(digestOfCity(await generateDemoCity(t.database.db, 'beijing', 2))).not.toBe(digest);
  }, SLOW);

  it('refuses to seed the city twice and prints the accounts at the next start', async () => {
    expect(await isCitySeeded(t.database.db, 'beijing')).toBe(true);
    await expect(seedCity(t.database, { city: 'beijing', vault: createVault(Buffer.alloc(32, 1)) })).rejects.toBeInstanceOf(CityAlreadySeededError);
    printed = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
    await prepareDemo(t.database, t.config);
    log.mockRestore();
    expect(printed.join('\n')).not.toContain('Seeded');
    expect(printed.join('\n')).toMatch(/demo\.director\s+Demo@2025!\s+institutionDirector\s+朝阳/);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('lets the demo accounts sign in and see their scope', async () => {
    const district = await signInAs(t.app, demoUser('chaoyang.health', 'regulator'));
    const list = (await t.app.inject({ url: '/api/v1/institutions?pageSize=100', headers: district.headers })).json();
    expect(list.total).toBeGreaterThan(50);
    expect(list.items.every((i: { districtCode: string }) => i.districtCode === '110105')).toBe(true);
    const director = await signInAs(t.app, demoUser('demo.director', 'institutionDirector'));
    const own = (await t.app.inject({ url: '/api/v1/institutions', headers: director.headers })).json();
    expect(own.total).toBe(1);
    expect(own.items[0]).toMatchObject({ subdistrictCode: '110105026', filingStatus: 'filed' });
    const admin = await signInAs(t.app, demoUser('sysadmin', 'systemAdmin', DEMO_TOTP_SECRET));
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: admin.headers })).json()).toMatchObject({ role: 'systemAdmin', mustChangePassword: false });
    const family = await signInAs(t.app, { ...demoUser('', 'family'), username: null, password: null, phone: '13800000000' });
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: family.headers })).json()).toMatchObject({ role: 'family' });
  });

  it('gives the demo institution requests to work on, visit slots and ratings', async () => {
    const director = await signInAs(t.app, demoUser('demo.director', 'institutionDirector'));
    const institutionId = (await t.app.inject({ url: '/api/v1/institutions', headers: director.headers })).json().items[0].id as string;
    const bookings = (await t.app.inject({ url: `/api/v1/institutions/${institutionId}/bookings?pageSize=100`, headers: director.headers })).json();
    expect(new Set(bookings.items.map((b: { state: string }) => b.state))).toEqual(new Set(['requested', 'waitlisted', 'offered']));
    const slots = (await t.app.inject({ url: `/api/v1/institutions/${institutionId}/visit-slots`, headers: director.headers })).json();
    expect(slots.items.length).toBe(2);
    const ratings = (await t.app.inject({ url: `/api/v1/public/institutions/${institutionId}/ratings` })).json();
    expect(ratings.items.length).toBeGreaterThan(0);
  });
});
