import { and, count, desc, eq, gte, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { auditLog } from '../../platform/audit/index.ts';
import type { Reach } from '../accounts/index.ts';

export type AuditFilter = {
  from?: Date;
  to?: Date;
  actorUserId?: string;
  actorUsername?: string;
  /** Exact action, or every action under a prefix. */
  action?: { exact: string } | { prefix: string };
  entityType?: string;
  entityId?: string;
  outcome?: string;
  reach: Reach;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function reachCondition(reach: Reach): SQL | undefined {
  if (reach.prefix === null) return undefined;
  const under = like(auditLog.jurisdictionCode, `${reach.prefix}%`);
  return reach.includesUnplaced ? or(under, isNull(auditLog.jurisdictionCode)) : under;
}

/** Newest first; seq breaks ties and is the index order. */
export async function searchAuditLog(exec: Executor, f: AuditFilter, page: { page: number; pageSize: number }) {
  const where = and(
    reachCondition(f.reach),
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, f.to) : undefined,
    f.actorUserId ? eq(auditLog.actorUserId, f.actorUserId) : undefined,
    f.actorUsername ? eq(auditLog.actorUsername, f.actorUsername) : undefined,
    f.action ? ('exact' in f.action ? eq(auditLog.action, f.action.exact) : like(auditLog.action, `${escapeLike(f.action.prefix)}%`)) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.outcome ? eq(auditLog.outcome, f.outcome) : undefined,
  );
  const [items, [total]] = await Promise.all([
    exec
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    exec.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
