import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/index.ts';
import { openTestDatabase } from '../../../test/database.ts';
import { testEngine, testPostgresUrl, withDatabaseName } from '../../../test/engine.ts';
import { hitRateLimit, peekRateLimit, pruneRateLimits, resetRateLimit } from './rate-limit.ts';
import { rateLimits } from './rate-limit.tables.ts';

describe('rate limits in the database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('allows up to the limit in a window, then says how long to wait', async () => {
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await hitRateLimit(database.db, 'test:a', 3, 60));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBeGreaterThan(55);
    expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await peekRateLimit(database.db, 'test:a', 3)).toMatchObject({ allowed: false, count: 4 });
    expect(await peekRateLimit(database.db, 'test:other', 3)).toEqual({ allowed: true, count: 0, retryAfterSeconds: 0 });
  });

  it('starts a new window once the old one has passed', async () => {
    for (let i = 0; i < 3; i += 1) await hitRateLimit(database.db, 'test:b', 2, 60);
    await database.db.update(rateLimits).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(rateLimits.key, 'test:b'));
    expect(await peekRateLimit(database.db, 'test:b', 2)).toMatchObject({ allowed: true, count: 0 });
    expect(await hitRateLimit(database.db, 'test:b', 2, 60)).toMatchObject({ allowed: true, count: 1 });
    expect(await pruneRateLimits(database.db)).toBe(0);
  });

  it('forgets a counter on reset and prunes finished windows', async () => {
    await hitRateLimit(database.db, 'test:c', 1, 60);
    await resetRateLimit(database.db, 'test:c');
    expect(await hitRateLimit(database.db, 'test:c', 1, 60)).toMatchObject({ allowed: true, count: 1 });
    await database.db.update(rateLimits).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(rateLimits.key, 'test:c'));
    expect(await pruneRateLimits(database.db)).toBe(1);
  });

  it.runIf(testEngine === 'postgres')('counts every concurrent hit from two app servers', async () => {
    // Both drivers answer execute() with { rows }; Db types it loosely.
    const { rows } = (await database.db.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] };
    const name = rows[0]!.name;
    const second = await openDatabase({ engine: 'postgres', url: withDatabaseName(testPostgresUrl, name), poolSize: 10 });
    try {
      const hits = await Promise.all(Array.from({ length: 40 }, (_, i) => hitRateLimit((i % 2 ? second : database).db, 'test:shared', 25, 60)));
      expect(hits.filter((h) => h.allowed)).toHaveLength(25);
      expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    } finally {
      await second.close();
    }
  });
});
