import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/index.ts';
import { scheduledJobs } from './jobs.tables.ts';

export type Job = { name: string; everySeconds: number; run(db: Db): Promise<unknown> };

/** A stable advisory-lock id per job name, apart from the ids the platform uses elsewhere. */
const lockIdOf = (name: string) => createHash('sha256').update(`job:${name}`).digest().readInt32BE(0);

/**
 * Claims the job if it is due: under a transaction-level advisory lock, so of several app servers
 * ticking at once exactly one sees it due and stamps it started.
 */
async function claimIfDue(db: Db, job: Job, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const locked = (await tx.execute(sql`select pg_try_advisory_xact_lock(${lockIdOf(job.name)}) as ok`)) as unknown as { rows: { ok: boolean }[] };
    if (!locked.rows[0]?.ok) return false;
    const [last] = await tx.select().from(scheduledJobs).where(eq(scheduledJobs.name, job.name));
    if (last && now.getTime() - last.lastStartedAt.getTime() < job.everySeconds * 1000) return false;
    await tx
      .insert(scheduledJobs)
      .values({ name: job.name, lastStartedAt: now })
      .onConflictDoUpdate({ target: scheduledJobs.name, set: { lastStartedAt: now } });
    return true;
  });
}

/** Runs one pass: every due job once. Exported for tests and for `youyu jobs run`. */
export async function runDueJobs(db: Db, jobs: readonly Job[], log: FastifyBaseLogger, now = new Date()): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    if (!(await claimIfDue(db, job, now))) continue;
    let lastError: string | null = null;
    try {
      const result = await job.run(db);
      log.info({ job: job.name, result }, 'scheduled job finished');
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      log.error({ job: job.name, err: error }, 'scheduled job failed');
    }
    await db.update(scheduledJobs).set({ lastFinishedAt: new Date(), lastError }).where(eq(scheduledJobs.name, job.name));
    ran.push(job.name);
  }
  return ran;
}

/** Ticks every `tickSeconds` until stopped; a slow pass never overlaps the next. */
export function startScheduler(db: Db, jobs: readonly Job[], log: FastifyBaseLogger, tickSeconds = 60): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    await runDueJobs(db, jobs, log).catch((error: unknown) => log.error({ err: error }, 'scheduler pass failed'));
    if (!stopped) timer = setTimeout(() => void tick(), tickSeconds * 1000);
  };
  timer = setTimeout(() => void tick(), 5_000);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
