import type { FilingAction, ItemReason } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Tx } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { setFilingStanding } from '../institutions/index.ts';
import { recordNotices, type Notice } from '../notifications/index.ts';
import { institutionStatusFor, nextState, transitions } from './filing-states.ts';
import { FilingErrors } from './filings.errors.ts';
import * as repo from './filings.repository.ts';
import type { filings } from './filings.tables.ts';
import { noticesFor } from './notices.ts';

export type TransitionRequest = {
  action: Exclude<FilingAction, 'create'>;
  /** The filing's revision the caller saw. */
  revision: number;
  reason?: string | null;
  items?: ItemReason[];
  /** More columns to set with the state. */
  set?: Partial<typeof filings.$inferInsert>;
  /** Runs once the filing is won (after the conditional update): allocating a number, applying changes. */
  afterWin?: (tx: Tx, row: repo.FilingRow) => Promise<{ filingNumber?: string | null; filedAt?: Date | null } | void>;
};

/** Refuses an action the filing's state does not allow, before any other check. */
export function assertTransition(filing: Pick<repo.FilingRow, 'kind' | 'state'>, action: FilingAction): void {
  if (!nextState(filing.kind, filing.state, action)) throw new DomainError(FilingErrors.FILING_STATE_INVALID, { state: filing.state, action });
}

export type InstitutionFacts = { id: string; name: string; contactPhone: string };

/**
 * Moves a filing one step, inside the caller's transaction: the conditional update (stale
 * revision or a state moved on → CONFLICT), the institution's filing status, the event (who,
 * when, why), the in-app notices and the audit entry. Returns the notices whose text messages go
 * out after commit.
 */
export async function transition(tx: Tx, ctx: RequestContext, filing: repo.FilingRow, institution: InstitutionFacts, request: TransitionRequest): Promise<{ row: repo.FilingRow; notices: Notice[] }> {
  assertTransition(filing, request.action);
  const to = nextState(filing.kind, filing.state, request.action)!;
  const from = transitions.find((t) => t.action === request.action)!.from;
  let row = await repo.updateFilingAt(tx, filing.id, request.revision, from, { ...request.set, state: to });
  if (!row) throw new DomainError('CONFLICT');
  const won = (await request.afterWin?.(tx, row)) ?? {};
  if (won.filingNumber !== undefined) row = { ...row, ...(await repo.updateFilingAt(tx, row.id, row.revision, [to], { filingNumber: won.filingNumber, filedAt: won.filedAt ?? null }))! };
  const status = institutionStatusFor(filing.kind, to);
  if (status) await setFilingStanding(tx, filing.institutionId, null, { filingStatus: status, ...(won.filingNumber !== undefined ? { filingNumber: won.filingNumber, filedAt: won.filedAt ?? null } : {}) });
  const actor = ctx.actor;
  await repo.insertEvent(tx, {
    filingId: filing.id,
    institutionId: filing.institutionId,
    districtCode: row.districtCode,
    subdistrictCode: row.subdistrictCode,
    action: request.action,
    fromState: filing.state,
    toState: to,
    actorUserId: actor?.userId ?? null,
    actorName: actor?.displayName ?? null,
    actorRole: actor?.role ?? null,
    reason: request.reason ?? null,
    items: request.items ?? [],
  });
  const notices = noticesFor({
    action: request.action,
    isChange: filing.kind === 'change',
    filingId: filing.id,
    institutionId: filing.institutionId,
    institutionName: institution.name,
    contactPhone: institution.contactPhone,
    districtCode: row.districtCode,
    dueOn: row.dueOn,
    filingNumber: row.filingNumber,
    reason: request.reason ?? request.items?.map((i) => i.reason).join('；') ?? null,
  });
  await recordNotices(tx, notices);
  await recordAudit(tx, ctx, {
    action: `filing.${request.action}`,
    entityType: 'filing',
    entityId: filing.id,
    jurisdictionCode: row.subdistrictCode,
    before: { state: filing.state, revision: filing.revision },
    after: { state: to, revision: row.revision, filingNumber: row.filingNumber },
    details: { institutionId: filing.institutionId, kind: filing.kind, ...(request.reason ? { reason: request.reason } : {}), ...(request.items ? { items: request.items.map((i) => i.item) } : {}) },
  });
  return { row, notices };
}
