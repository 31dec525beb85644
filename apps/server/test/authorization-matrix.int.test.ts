import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionCatalogue, roles, type Role } from '@youyu/contracts';
import type { AccessCatalogueEntry } from '../src/platform/auth/index.ts';
import { vaultFromConfig } from '../src/platform/crypto/index.ts';
import { objectStoreFor } from '../src/platform/storage/index.ts';
import { importJurisdictions } from '../src/modules/jurisdictions/index.ts';
import { installShippedProfiles } from '../src/modules/policies/index.ts';
import { createTestInstitution, type TestInstitution } from '../src/modules/institutions/institutions.factory.ts';
import { closureMatrixFixtures, createClosureMatrixSide, type ClosureMatrixSide } from '../src/modules/closures/matrix-fixtures.ts';
import { createFeedbackMatrixSide, feedbackMatrixFixtures, type FeedbackMatrixSide } from '../src/modules/cases/matrix-fixtures.ts';
import { bookingsMatrixFixtures, bookingsUnscopedRoutes, createBookingsMatrixSide, type BookingsMatrixSide } from '../src/modules/bookings/matrix-fixtures.ts';
import { createPolicyLibraryMatrixSide, policyLibraryMatrixFixtures, policyLibraryUnscopedRoutes, type PolicyLibraryMatrixSide } from '../src/modules/policy-library/matrix-fixtures.ts';
import { registerMatrixFixtures } from '../src/modules/register/matrix-fixtures.ts';
import { createRegistryMatrixRecords, registryMatrixFixtures, type RegistryMatrixSide } from './registry-matrix-fixtures.ts';
import { buildTestApp, type TestApp } from './app.ts';
import { createUserForTest, signInAs, type SignedInTestUser, type TestUser } from './sign-in.ts';

/**
 * Every route × every role, in and out of scope. Each role has a "home" account (district 朝阳
 * 110105, institution A) and a "foreign" twin (district 海淀 110108, institution B). The matrix
 * fails when a role reaches a route its permissions do not grant, when a foreign record answers
 * anything but 404, or when a list shows a home account anything of the foreign side.
 * A new route with path parameters needs a fixture below: the test says which.
 */

type Side = 'home' | 'foreign';
type World = {
  institutions: Record<Side, TestInstitution>;
  users: Record<Side, Record<Role, TestUser>>;
  /** Accounts the administrators' routes act on (disable, reset, re-role); nobody signs in as them. */
  targets: Record<Side, TestUser>;
  draftProfiles: Record<Side, { id: string; revision: number }>;
  registry: Record<Side, RegistryMatrixSide>;
  closures: Record<Side, ClosureMatrixSide>;
  feedback: Record<Side, FeedbackMatrixSide>;
  policyLibrary: Record<Side, PolicyLibraryMatrixSide>;
  bookings: Record<Side, BookingsMatrixSide>;
};

const place: Record<Side, { districtCode: string; subdistrictCode: string }> = {
  home: { districtCode: '110105', subdistrictCode: '110105001' },
  foreign: { districtCode: '110108', subdistrictCode: '110108001' },
};
/** Both districts are in Beijing: routes scoped by city reach the other side through another city. */
const cityOf: Record<Side, string> = { home: '110000', foreign: '120000' };

/** A request that reaches the record of one side: the URL with its parameters, and a valid body. */
type Probe = { url: string; payload?: unknown };
type Fixture = (world: World, side: Side) => Probe;

const institutionOf = (w: World, s: Side) => w.institutions[s];
const fixtures: Record<string, Fixture> = {
  'GET /api/v1/admin/users/:id': (w, s) => ({ url: `/api/v1/admin/users/${w.targets[s].id}` }),
  'PATCH /api/v1/admin/users/:id': (w, s) => ({ url: `/api/v1/admin/users/${w.targets[s].id}`, payload: { displayName: '改名' } }),
  'POST /api/v1/admin/users/:id/disable': (w, s) => ({ url: `/api/v1/admin/users/${w.targets[s].id}/disable`, payload: {} }),
  'POST /api/v1/admin/users/:id/enable': (w, s) => ({ url: `/api/v1/admin/users/${w.targets[s].id}/enable`, payload: {} }),
  'POST /api/v1/admin/users/:id/reset-password': (w, s) => ({ url: `/api/v1/admin/users/${w.targets[s].id}/reset-password`, payload: {} }),
  'PUT /api/v1/admin/users/:id/role': (w, s) => ({ url: `/api/v1/admin/users/${w.targets[s].id}/role`, payload: { role: 'inspector', department: 'healthCommission', jurisdictionCode: place[s].districtCode } }),
  'PUT /api/v1/admin/roles/:role/permissions': () => ({ url: '/api/v1/admin/roles/supervisor/permissions', payload: { permissions: permissionCatalogue.filter((p) => p.defaultRoles.includes('supervisor')).map((p) => p.key) } }),
  'GET /api/v1/jurisdictions/:code': (_w, s) => ({ url: `/api/v1/jurisdictions/${place[s].districtCode}` }),
  'PATCH /api/v1/jurisdictions/:code': (_w, s) => ({ url: `/api/v1/jurisdictions/${place[s].districtCode}`, payload: { nameEn: place[s].districtCode } }),
  'POST /api/v1/jurisdictions': (_w, s) => ({ url: '/api/v1/jurisdictions', payload: { parentCode: place[s].subdistrictCode, code: `${place[s].subdistrictCode}901`, nameZh: '测试社区', level: 'community' } }),
  'DELETE /api/v1/jurisdictions/:code': (_w, s) => ({ url: `/api/v1/jurisdictions/${place[s].subdistrictCode}902` }),
  'GET /api/v1/policies/profiles/:id': (w, s) => ({ url: `/api/v1/policies/profiles/${w.draftProfiles[s].id}` }),
  'POST /api/v1/policies/profiles': (_w, s) => ({ url: '/api/v1/policies/profiles', payload: { jurisdictionCode: place[s].districtCode } }),
  'PATCH /api/v1/policies/profiles/:id': (w, s) => ({ url: `/api/v1/policies/profiles/${w.draftProfiles[s].id}`, payload: { revision: w.draftProfiles[s].revision, notes: 'matrix' } }),
  'POST /api/v1/policies/profiles/:id/publish': (w, s) => ({ url: `/api/v1/policies/profiles/${w.draftProfiles[s].id}/publish`, payload: { revision: w.draftProfiles[s].revision + 1000 } }),
  'DELETE /api/v1/policies/profiles/:id': (w, s) => ({ url: `/api/v1/policies/profiles/${w.draftProfiles[s].id}` }),
  'GET /api/v1/institutions/summary': (_w, s) => ({ url: `/api/v1/institutions/summary?jurisdiction=${place[s].districtCode}` }),
  'GET /api/v1/admin/institution-lookup': (_w, s) => ({ url: `/api/v1/admin/institution-lookup?district=${place[s].districtCode}` }),
  'GET /api/v1/institutions/:id': (w, s) => ({ url: `/api/v1/institutions/${institutionOf(w, s).id}` }),
  'GET /api/v1/institutions/:id/classes': (w, s) => ({ url: `/api/v1/institutions/${institutionOf(w, s).id}/classes` }),
  'GET /api/v1/institutions/:id/staff': (w, s) => ({ url: `/api/v1/institutions/${institutionOf(w, s).id}/staff` }),
  'GET /api/v1/institutions/:id/children': (w, s) => ({ url: `/api/v1/institutions/${institutionOf(w, s).id}/children` }),
  'POST /api/v1/institutions/:id/staff/:staffId/unmask': (w, s) => ({ url: `/api/v1/institutions/${institutionOf(w, s).id}/staff/${institutionOf(w, s).staff[0]!.id}/unmask`, payload: {} }),
  'POST /api/v1/institutions/:id/children/:childId/unmask': (w, s) => ({ url: `/api/v1/institutions/${institutionOf(w, s).id}/children/${institutionOf(w, s).children[0]!.id}/unmask`, payload: {} }),
  ...registryMatrixFixtures((w: World, s: Side) => w.registry[s]),
  ...closureMatrixFixtures((w: World, s: Side) => w.closures[s]),
  ...feedbackMatrixFixtures((w: World, s: Side) => w.feedback[s]),
  ...policyLibraryMatrixFixtures((w: World, s: Side) => w.policyLibrary[s]),
  ...bookingsMatrixFixtures((w: World, s: Side) => w.bookings[s]),
  ...registerMatrixFixtures((w: World, s: Side) => ({ institutionId: w.institutions[s].id })),
};

/** Routes whose records are not confined to a place: reachable by anyone holding the permission. */
const unscoped = new Set(['GET /api/v1/jurisdictions/:code', 'GET /api/v1/policies/profiles/:id', 'PUT /api/v1/admin/roles/:role/permissions', ...policyLibraryUnscopedRoutes, ...bookingsUnscopedRoutes]);

const keyOf = (route: AccessCatalogueEntry) => `${route.method} ${route.url}`;
const holds = (role: Role, permission: string) => permissionCatalogue.some((p) => p.key === permission && p.defaultRoles.includes(role));
const hasPathParams = (url: string) => url.includes(':');

describe('authorisation matrix', () => {
  let t: TestApp;
  let world: World;
  const sessions = new Map<string, SignedInTestUser>();
  let routes: AccessCatalogueEntry[];

  async function as(user: TestUser, method: string, probe: Probe) {
    let session = sessions.get(user.id);
    if (!session) {
      session = await signInAs(t.app, user);
      sessions.set(user.id, session);
    }
    return t.app.inject({ method: method as 'GET', url: probe.url, headers: session.headers, ...(probe.payload !== undefined ? { payload: probe.payload as object } : {}) });
  }

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    await importJurisdictions(db, 'beijing');
    await installShippedProfiles(db, 'beijing');
    const vault = vaultFromConfig(t.config, () => undefined);
    const institutions = {
      home: await createTestInstitution(db, vault, { ...place.home, name: '朝阳矩阵托育', staff: 2, classes: [{ classType: 'twosClass', capacity: 10, enrolled: 2 }] }),
      foreign: await createTestInstitution(db, vault, { ...place.foreign, name: '海淀矩阵托育', staff: 2, classes: [{ classType: 'twosClass', capacity: 10, enrolled: 2 }] }),
    };
    const usersOf = async (side: Side) => {
      const entries = await Promise.all(
        roles.map(async (role) => {
          const isInstitutionRole = role === 'institutionDirector' || role === 'institutionStaff';
          const user = await createUserForTest(t.database, {
            role,
            jurisdictionCode: role === 'family' ? null : place[side].districtCode,
            institutionId: isInstitutionRole ? institutions[side].id : null,
            username: role === 'family' ? undefined : `${side}.${role}`.toLowerCase(),
          });
          return [role, user] as const;
        }),
      );
      return Object.fromEntries(entries) as Record<Role, TestUser>;
    };
    const users = { home: await usersOf('home'), foreign: await usersOf('foreign') };
    const targetOf = (side: Side) => createUserForTest(t.database, { role: 'inspector', jurisdictionCode: place[side].districtCode, username: `${side}.target` });
    const targets = { home: await targetOf('home'), foreign: await targetOf('foreign') };
    // Draft profiles are opened by a city-level regulator, so both sides have one to reach for.
    const cityRegulator = await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110000' });
    const draftFor = async (districtCode: string) => {
      const res = await as(cityRegulator, 'POST', { url: '/api/v1/policies/profiles', payload: { jurisdictionCode: districtCode } });
      expect(res.statusCode, res.body).toBe(201);
      return { id: res.json().id as string, revision: res.json().revision as number };
    };
    const cityAdmin = await createUserForTest(t.database, { role: 'systemAdmin', jurisdictionCode: '110000' });
    const apiKeyFor = async (side: Side) => {
      const res = await as(cityAdmin, 'POST', { url: '/api/v1/exchange/api-keys', payload: { name: `矩阵 ${side}`, registrar: 'civilAffairs', jurisdictionCode: place[side].districtCode } });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().apiKey.id as string;
    };
    const registryOf = async (side: Side): Promise<RegistryMatrixSide> => ({
      institution: institutions[side],
      districtCode: place[side].districtCode,
      cityCode: cityOf[side],
      apiKeyId: await apiKeyFor(side),
      ...(await createRegistryMatrixRecords(db, objectStoreFor(t.config), institutions[side], place[side])),
    });
    const bookingsOf = (side: Side) => createBookingsMatrixSide(db, { institutionId: institutions[side].id, classId: institutions[side].classIds[0]!, familyUserId: users[side].family.id, ...place[side] });
    const closuresOf = (side: Side) => createClosureMatrixSide(db, { institutionId: institutions[side].id, childId: institutions[side].children[0]!.id, ...place[side] });
    world = {
      institutions,
      users,
      targets,
      draftProfiles: { home: await draftFor('110105'), foreign: await draftFor('110108') },
      registry: { home: await registryOf('home'), foreign: await registryOf('foreign') },
      closures: { home: await closuresOf('home'), foreign: await closuresOf('foreign') },
      feedback: { home: await createFeedbackMatrixSide(db, { institutionId: institutions.home.id, ...place.home }), foreign: await createFeedbackMatrixSide(db, { institutionId: institutions.foreign.id, ...place.foreign }) },
      policyLibrary: { home: await createPolicyLibraryMatrixSide(db, place.home.districtCode), foreign: await createPolicyLibraryMatrixSide(db, place.foreign.districtCode) },
      bookings: { home: await bookingsOf('home'), foreign: await bookingsOf('foreign') },
    };
    routes = [...t.app.accessCatalogue];
  }, 120_000);
  afterAll(() => t?.close());

  it('declares a known permission on every permission route', () => {
    const known = new Set(permissionCatalogue.map((p) => p.key));
    const unknown = routes.filter((r) => 'permission' in r.access && !known.has(r.access.permission)).map(keyOf);
    expect(unknown).toEqual([]);
  });

  it('has a fixture for every permission route with path parameters', () => {
    const missing = routes.filter((r) => 'permission' in r.access && (hasPathParams(r.url) || 'scope' in r.access) && !fixtures[keyOf(r)]).map(keyOf);
    expect(missing, 'add fixtures to apps/server/test/authorization-matrix.int.test.ts').toEqual([]);
  });

  it('refuses anonymous callers on every non-public route before reading their input', async () => {
    const leaks: string[] = [];
    for (const route of routes.filter((r) => !('public' in r.access))) {
      const res = await t.app.inject({ method: route.method as 'GET', url: route.url.replace(/:(\w+)/g, 'x'), payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
      if (res.statusCode !== 401 || res.json().code !== 'UNAUTHENTICATED') leaks.push(`${keyOf(route)} → ${res.statusCode}`);
    }
    expect(leaks).toEqual([]);
  });

  it('lets each role reach exactly the routes its permissions grant', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      if (!('permission' in route.access)) continue;
      const fixture = fixtures[keyOf(route)];
      for (const role of roles) {
        const probe = fixture ? fixture(world, 'home') : { url: route.url, payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} };
        const res = await as(world.users.home[role], route.method, probe);
        const isGranted = holds(role, route.access.permission);
        const isRefused = res.statusCode === 403 && res.json().code === 'FORBIDDEN';
        if (isGranted === isRefused || res.statusCode === 401 || res.statusCode >= 500) wrong.push(`${role} ${keyOf(route)} → ${res.statusCode} ${isGranted ? '(granted)' : '(not granted)'}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('answers 404 for every record of the other district or institution', async () => {
    const leaks: string[] = [];
    for (const route of routes) {
      const fixture = fixtures[keyOf(route)];
      if (!('permission' in route.access) || !fixture || unscoped.has(keyOf(route))) continue;
      const permission = route.access.permission;
      for (const role of roles.filter((r) => holds(r, permission))) {
        const res = await as(world.users.home[role], route.method, fixture(world, 'foreign'));
        if (res.statusCode !== 404) leaks.push(`${role} ${keyOf(route)} → ${res.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 120_000);

  it('never shows a home account anything of the other side in a list', async () => {
    const foreign = world.institutions.foreign;
    const markers = [foreign.id, '海淀矩阵托育', ...foreign.staff.map((s) => s.id), ...foreign.children.map((c) => c.id), ...foreign.children.map((c) => c.name), ...[...Object.values(world.users.foreign), world.targets.foreign].flatMap((u) => [u.id, u.username ?? u.id])];
    const leaks: string[] = [];
    for (const route of routes) {
      if (route.method !== 'GET' || hasPathParams(route.url) || !('permission' in route.access)) continue;
      const fixture = fixtures[keyOf(route)];
      const permission = route.access.permission;
      for (const role of roles.filter((r) => holds(r, permission))) {
        const res = await as(world.users.home[role], 'GET', fixture ? fixture(world, 'home') : { url: route.url });
        const found = markers.filter((m) => res.body.includes(m));
        if (found.length > 0) leaks.push(`${role} ${keyOf(route)} shows ${found.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 120_000);
});
