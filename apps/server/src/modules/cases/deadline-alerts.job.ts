import type { Db } from '../../platform/db/index.ts';
import { recordDeadlineNotices } from './alerts.ts';
import * as repo from './cases.repository.ts';
import { DUE_SOON_MS } from './routing.ts';

const BATCH = 200;

/**
 * Periodic job: an open case whose deadline (acknowledging, then resolving) is near or past tells
 * the handlers of its district and departments in the app, once per deadline and stage; a passed
 * deadline also leaves an internal mark on the case's record. Each alert is claimed in the
 * transaction that records it, so a second run, or a second server, sends nothing again. The
 * queue shows the case overdue from its deadline, whether or not the job has run yet.
 */
export async function alertCaseDeadlines(db: Db, now = new Date()): Promise<{ dueSoon: number; overdue: number }> {
  const sent = { dueSoon: 0, overdue: 0 };
  const horizon = new Date(now.getTime() + DUE_SOON_MS);
  for (;;) {
    const found = await repo.listCasesToAlert(db, now, horizon, BATCH);
    for (const { row, registeredName, deadline, stage } of found) {
      const dueAt = (deadline === 'acknowledge' ? row.acknowledgeDueAt : row.resolveDueAt)!;
      const isSent = await db.transaction(async (tx) => {
        // Acknowledged or replied a moment ago: that deadline no longer applies.
        if ((await repo.lockCase(tx, row.id))?.state !== row.state) return false;
        if (!(await repo.claimDeadlineAlert(tx, { caseId: row.id, deadline, stage, dueAt }))) return false;
        await recordDeadlineNotices(tx, row, registeredName ?? row.institutionName, deadline, stage, dueAt);
        if (stage === 'overdue') await repo.insertEvent(tx, { caseId: row.id, kind: `${deadline}Overdue`, isPublic: false, createdAt: now });
        return true;
      });
      if (isSent) sent[stage]++;
    }
    if (found.length < BATCH) return sent;
  }
}
