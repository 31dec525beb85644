import { createHash } from 'node:crypto';
import { asc, desc, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { RequestContext } from '../http/context.ts';
import { auditLog } from './audit.tables.ts';

export type AuditEntry = {
  action: string;
  outcome?: 'success' | 'failure' | 'denied';
  entityType?: string;
  entityId?: string;
  jurisdictionCode?: string | null;
  /** The record before and after the change; only their digests are chained, not the data. */
  before?: unknown;
  after?: unknown;
  /** Small, non-sensitive facts (never passwords, codes or ID numbers). */
  details?: Record<string, unknown>;
  /** For sign-in failures, where no actor exists yet. */
  username?: string;
};

const GENESIS = '0'.repeat(64);
// One lock id for the chain: appends are serialised across every app server on PostgreSQL.
const CHAIN_LOCK = 7301002;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A stable digest of any JSON value: keys sorted, so the same record always hashes the same. */
export function digestOf(value: unknown): string | null {
  if (value === undefined) return null;
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)])) : v;
  return sha256(JSON.stringify(canonical(value)));
}

type ChainFields = Omit<typeof auditLog.$inferSelect, 'seq' | 'hash' | 'prevHash'>;

function entryHash(prevHash: string, f: ChainFields): string {
  return sha256(
    JSON.stringify([prevHash, f.at.toISOString(), f.actorUserId, f.actorUsername, f.actorRole, f.ip, f.requestId, f.action, f.outcome, f.entityType, f.entityId, f.jurisdictionCode, f.digestBefore, f.digestAfter, digestOf(f.details)]),
  );
}

/**
 * Appends one entry. Call it inside the transaction that makes the change, as its last step, so
 * the change and its record commit together and the chain lock is held only briefly.
 */
export async function recordAudit(exec: Executor, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await exec.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await exec.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const fields: ChainFields = {
    at: new Date(),
    actorUserId: ctx.actor?.userId ?? null,
    actorUsername: ctx.actor?.username ?? entry.username ?? null,
    actorRole: ctx.actor?.role ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
    action: entry.action,
    outcome: entry.outcome ?? 'success',
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    jurisdictionCode: entry.jurisdictionCode ?? null,
    digestBefore: digestOf(entry.before),
    digestAfter: digestOf(entry.after),
    details: entry.details ?? {},
  };
  const prevHash = last?.hash ?? GENESIS;
  await exec.insert(auditLog).values({ ...fields, prevHash, hash: entryHash(prevHash, fields) });
}

/** Runs `recordAudit` in its own transaction when there is no change to join (sign-in, export). */
export async function recordAuditAlone(ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await ctx.db.transaction((tx) => recordAudit(tx, ctx, entry));
}

export type ChainReport = { ok: boolean; checked: number; firstBadSeq: number | null; reason: string | null };

/** Walks the whole chain in order; reports the first entry edited, inserted or missing. */
export async function verifyAuditChain(exec: Executor, batchSize = 5000): Promise<ChainReport> {
  let prevHash = GENESIS;
  let prevSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await exec.select().from(auditLog).where(sql`${auditLog.seq} > ${prevSeq}`).orderBy(asc(auditLog.seq)).limit(batchSize);
    if (rows.length === 0) return { ok: true, checked, firstBadSeq: null, reason: null };
    for (const row of rows) {
      const { seq, hash, prevHash: storedPrev, ...fields } = row;
      if (storedPrev !== prevHash) return { ok: false, checked, firstBadSeq: seq, reason: 'chainBroken' };
      if (entryHash(prevHash, fields) !== hash) return { ok: false, checked, firstBadSeq: seq, reason: 'contentChanged' };
      prevHash = hash;
      prevSeq = seq;
      checked += 1;
    }
  }
}
