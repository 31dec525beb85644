import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { openTestDatabase } from '../../../test/database.ts';
import type { Database } from '../db/index.ts';
import { runDueJobs, type Job } from './scheduler.ts';

describe('scheduled jobs', () => {
  let database: Database;
  const log = pino({ level: 'silent' });
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('runs a job once per interval, records failures and keeps going', async () => {
    let runs = 0;
    const jobs: Job[] = [
      { name: 'count', everySeconds: 3600, run: async () => (runs += 1) },
      { name: 'broken', everySeconds: 3600, run: async () => Promise.reject(new Error('boom')) },
    ];
    const t0 = new Date('2026-01-01T00:00:00Z');
    expect(await runDueJobs(database.db, jobs, log, t0)).toEqual(['count', 'broken']);
    expect(await runDueJobs(database.db, jobs, log, new Date(t0.getTime() + 60_000))).toEqual([]);
    expect(await runDueJobs(database.db, jobs, log, new Date(t0.getTime() + 3_601_000))).toEqual(['count', 'broken']);
    expect(runs).toBe(2);
  });

  it('lets exactly one of several concurrent passes run a due job', async () => {
    let runs = 0;
    const job: Job = { name: 'race', everySeconds: 3600, run: async () => (runs += 1) };
    const now = new Date('2026-02-01T00:00:00Z');
    await Promise.all(Array.from({ length: 5 }, () => runDueJobs(database.db, [job], log, now)));
    expect(runs).toBe(1);
  });
});
