import type { FastifyBaseLogger } from 'fastify';
import { recordAudit, type AuditEntry } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { SmsSender } from '../../platform/sms/index.ts';
import { recordNotices, sendNoticeTexts, type Notice } from '../notifications/index.ts';

/** How the other side hears of a change: the in-app notice, and a text message once it has committed. */
export type BookingDeps = { sms: SmsSender; log: Pick<FastifyBaseLogger, 'warn'> };

/** What a change leaves besides its rows: the notices it sends and the audit entries it writes. */
export type Effects = { notices: Notice[]; audits: AuditEntry[] };

/**
 * Runs one booking or visit change in a transaction. Notices and audit entries are collected and
 * written as its last step: the audit chain's lock is taken after every row lock, so a change
 * holding it never waits for a class another change holds. Text messages go once it commits.
 */
export async function runChange<T>(ctx: RequestContext, deps: BookingDeps, work: (tx: Executor, fx: Effects) => Promise<T>): Promise<T> {
  const fx: Effects = { notices: [], audits: [] };
  const result = await ctx.db.transaction(async (tx) => {
    const value = await work(tx, fx);
    await recordNotices(tx, fx.notices);
    for (const entry of fx.audits) await recordAudit(tx, ctx, entry);
    return value;
  });
  await sendNoticeTexts(deps.sms, fx.notices, deps.log);
  return result;
}
