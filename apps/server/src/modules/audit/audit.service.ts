import { z } from 'zod';
import type { AuditChainReport, AuditEntry, AuditPage, AuditQuery } from '@youyu/contracts';
import type { RequestContext } from '../../platform/http/context.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { verifyAuditChain } from '../../platform/audit/index.ts';
import { reachOf } from '../accounts/index.ts';
import { AuditErrors } from './audit.errors.ts';
import { searchAuditLog, type AuditFilter } from './audit.repository.ts';

// Days are the city's days: an auditor asking for 3 May means 3 May in Beijing time.
const CITY_OFFSET = '+08:00';
const isDay = (value: string) => value.length === 10;
const startOf = (value: string) => new Date(isDay(value) ? `${value}T00:00:00${CITY_OFFSET}` : value);
const endOf = (value: string) => (isDay(value) ? new Date(startOf(value).getTime() + 24 * 3_600_000) : new Date(value));

/**
 * Searches the audit log within the auditor's jurisdiction. Reading is not itself audited (the
 * log would record its own reading without end); an export would be.
 */
export async function searchAudit(ctx: RequestContext, query: AuditQuery): Promise<AuditPage> {
  const { page, pageSize, from, to, actor, action, ...rest } = query;
  const filter: AuditFilter = { ...rest, reach: reachOf(ctx.actor!) };
  if (from) filter.from = startOf(from);
  if (to) filter.to = endOf(to);
  if (filter.from && filter.to && filter.from >= filter.to) throw new DomainError(AuditErrors.AUDIT_RANGE_INVALID, {}, [{ path: 'querystring.to', code: 'too_small' }]);
  if (actor) Object.assign(filter, z.uuid().safeParse(actor).success ? { actorUserId: actor } : { actorUsername: actor });
  if (action) filter.action = action.endsWith('.') ? { prefix: action } : { exact: action };
  const result = await searchAuditLog(ctx.db, filter, { page, pageSize });
  return { items: result.items.map(toEntry), total: result.total };
}

function toEntry(row: Awaited<ReturnType<typeof searchAuditLog>>['items'][number]): AuditEntry {
  const { at, outcome, ...rest } = row;
  return { ...rest, at: at.toISOString(), outcome: outcome as AuditEntry['outcome'] };
}

/** Walks the whole hash chain (all jurisdictions: the chain is one). */
export async function verifyAudit(ctx: RequestContext): Promise<AuditChainReport> {
  const report = await verifyAuditChain(ctx.db);
  return { ...report, reason: report.reason as AuditChainReport['reason'] };
}
