import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { openTestDatabase } from '../../../test/database.ts';
import { createUserForTest, signInAs } from '../../../test/sign-in.ts';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/index.ts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { children } from '../institutions/index.ts';
// Test factories are shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution } from '../institutions/institutions.factory.ts';
import { bookings } from './bookings.tables.ts';
import { bornMonthsBeforeStart, START } from './bookings.test-support.ts';
import { heldPlacesByClass } from './index.ts';

const PLACE = { districtCode: '110105', subdistrictCode: '110105026' };
const PLACES = 10;
const REQUESTS = 200;

/**
 * Places are never oversold: 200 offers at once into a class of 10 places, through a pool of 20
 * connections on PostgreSQL (PGlite runs them one at a time). Exactly 10 succeed, the rest are
 * refused with BOOKING_CLASS_FULL, and every success has its stored offer.
 */
describe('booking under contention', () => {
  let database: Database;
  let app: FastifyInstance;
  let classId: string;
  let institutionId: string;
  let headers: Record<string, string>;
  let bookingIds: string[];
  let dataDir: string;

  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 20 });
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'youyu-race-'));
    const config = loadConfig({ YOUYU_SECRET_KEY: 'a'.repeat(64), YOUYU_WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent', YOUYU_DATA_DIR: dataDir });
    app = await buildApp({ config, database, logger: false });
    await app.ready();
    const institution = await createTestInstitution(database.db, vaultFromConfig(config, () => undefined), { ...PLACE, classes: [{ classType: 'toddlerClass', capacity: PLACES, enrolled: 0 }] });
    institutionId = institution.id;
    classId = institution.classIds[0]!;
    const director = await createUserForTest(database, { role: 'institutionDirector', institutionId, jurisdictionCode: PLACE.subdistrictCode });
    headers = (await signInAs(app, director)).headers;
    // 200 families' requests, written directly: the race is between the institution's offers.
    const rows = Array.from({ length: REQUESTS }, (_, i) => ({ id: randomUUID(), familyUserId: randomUUID(), name: `竞争${i}` }));
    await database.db.insert(children).values(rows.map((r) => ({ id: r.id, name: r.name, birthDate: bornMonthsBeforeStart(15), sex: 'male' as const, familyUserId: r.familyUserId, guardianName: '家长', guardianPhone: '13900000000' })));
    const inserted = await database.db
      .insert(bookings)
      .values(rows.map((r) => ({ childId: r.id, familyUserId: r.familyUserId, institutionId, ...PLACE, classType: 'toddlerClass' as const, serviceMode: 'fullDay' as const, startDate: START })))
      .returning({ id: bookings.id });
    bookingIds = inserted.map((b) => b.id);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it(`makes exactly ${PLACES} offers of ${REQUESTS} at once and refuses the rest clearly`, async () => {
    const answers = await Promise.all(bookingIds.map((id) => app.inject({ method: 'POST', url: `/api/v1/bookings/${id}/offer`, headers, payload: { classId, revision: 1 } })));
    const won = answers.flatMap((a, i) => (a.statusCode === 200 ? [bookingIds[i]!] : []));
    const refused = answers.filter((a) => a.statusCode === 409);
    expect(won).toHaveLength(PLACES);
    expect(refused).toHaveLength(REQUESTS - PLACES);
    expect(new Set(refused.map((a) => a.json().code))).toEqual(new Set(['BOOKING_CLASS_FULL']));
    // None lost: every success is stored as an offer, and only they are.
    const offered = await database.db.select({ id: bookings.id }).from(bookings).where(and(eq(bookings.institutionId, institutionId), eq(bookings.state, 'offered')));
    expect(offered.map((b) => b.id).sort()).toEqual([...won].sort());
    const stillRequested = await database.db.select({ id: bookings.id }).from(bookings).where(and(inArray(bookings.id, bookingIds), eq(bookings.state, 'requested')));
    expect(stillRequested).toHaveLength(REQUESTS - PLACES);
    const held = heldPlacesByClass(database.db);
    const [load] = await database.db.select().from(held).where(eq(held.classId, classId));
    expect(load).toMatchObject({ capacity: PLACES, held: PLACES });
  }, 120_000);
});
