import type { FilingAction, FilingHistory, FilingState, FilingStatus, StandingChangeBody } from '@youyu/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Tx } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { setFilingStanding, withdrawInstitution } from '../institutions/index.ts';
import { recordNotices, sendNoticeTexts, type Notice } from '../notifications/index.ts';
import { calendarAt } from './filing-settings.service.ts';
import { deadlineOf, toEvent, toListItem } from './filing-views.ts';
import { FilingErrors } from './filings.errors.ts';
import { assertCanDecide } from './filings.policy.ts';
import * as repo from './filings.repository.ts';
import { getFacts, type FilingDeps } from './filings.service.ts';
import { noticesFor } from './notices.ts';
import { todayInShanghai } from './working-days.ts';

type StandingAction = Extract<FilingAction, 'suspend' | 'reinstate' | 'withdraw'>;

/** Where each change of standing may start, and where it leads (the institution's status and its filing's state). */
const standingChanges: Record<StandingAction, { from: readonly FilingStatus[]; to: FilingStatus & FilingState }> = {
  suspend: { from: ['filed'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'filed' },
  withdraw: { from: ['filed', 'suspended'], to: 'withdrawn' },
};

/**
 * Records a change of an institution's standing on its filing in force (when it was filed in
 * Youyu) and in the event history, with the notices. The institution row itself is the caller's.
 */
async function recordStanding(tx: Tx, ctx: RequestContext, institution: { id: string; name: string; contactPhone: string; districtCode: string; subdistrictCode: string; filingNumber: string | null }, action: StandingAction, from: FilingStatus, reason: string): Promise<Notice[]> {
  const to = standingChanges[action].to;
  const inForce = await repo.findFilingInForce(tx, institution.id);
  if (inForce) await repo.updateFilingAt(tx, inForce.id, inForce.revision, [inForce.state], { state: to });
  const actor = ctx.actor;
  await repo.insertEvent(tx, {
    filingId: inForce?.id ?? null,
    institutionId: institution.id,
    districtCode: institution.districtCode,
    subdistrictCode: institution.subdistrictCode,
    action,
    fromState: from as FilingState,
    toState: to,
    actorUserId: actor?.userId ?? null,
    actorName: actor?.displayName ?? null,
    actorRole: actor?.role ?? null,
    reason,
  });
  const notices = noticesFor({ action, isChange: false, filingId: inForce?.id ?? null, institutionId: institution.id, institutionName: institution.name, contactPhone: institution.contactPhone, districtCode: institution.districtCode, filingNumber: institution.filingNumber, reason });
  await recordNotices(tx, notices);
  return notices;
}

/**
 * Suspends, reinstates or withdraws an institution's filing (the regulator's act). Withdrawal with
 * children still enrolled goes through the closure procedure (关停应急处置), which places them.
 */
export async function changeStanding(ctx: RequestContext, deps: FilingDeps, institutionId: string, action: StandingAction, body: StandingChangeBody) {
  assertCanDecide(ctx.actor);
  const notices = await ctx.db.transaction(async (tx) => {
    const facts = await getFacts(tx, institutionId, { lock: true });
    const institution = facts.institution;
    if (institution.revision !== body.revision) throw new DomainError('CONFLICT');
    const change = standingChanges[action];
    if (!change.from.includes(institution.filingStatus)) throw new DomainError(FilingErrors.STANDING_NOT_CHANGEABLE, { status: institution.filingStatus, action });
    if (action === 'withdraw') {
      const enrolled = facts.classes.reduce((sum, c) => sum + c.enrolled, 0);
      if (enrolled > 0) throw new DomainError(FilingErrors.WITHDRAWAL_NEEDS_CLOSURE, { enrolled });
      await withdrawInstitution(tx, institutionId);
    } else {
      await setFilingStanding(tx, institutionId, body.revision, { filingStatus: change.to });
    }
    const sent = await recordStanding(tx, ctx, institution, action, institution.filingStatus, body.reason);
    await recordAudit(tx, ctx, { action: `filing.${action}`, entityType: 'institution', entityId: institutionId, jurisdictionCode: institution.subdistrictCode, before: { filingStatus: institution.filingStatus }, after: { filingStatus: change.to }, details: { reason: body.reason } });
    return sent;
  });
  await sendNoticeTexts(deps.sms, notices, deps.log);
  return getFilingHistory(ctx, institutionId);
}

/**
 * For the closure procedure, which withdraws the institution itself (withdrawInstitution): records
 * the withdrawal on the filing and in its history, and notifies the institution. Call it in the
 * closure's transaction; send the returned notices' texts (sendNoticeTexts) after commit.
 */
export async function recordFilingWithdrawal(tx: Tx, ctx: RequestContext, institutionId: string, previousStatus: FilingStatus, reason: string): Promise<Notice[]> {
  const { institution } = await getFacts(tx, institutionId);
  return recordStanding(tx, ctx, institution, 'withdraw', previousStatus, reason);
}

/** Every application and every change of standing of an institution, withdrawn ones included (the regulator's history). */
export async function getFilingHistory(ctx: RequestContext, institutionId: string): Promise<z.infer<typeof FilingHistory>> {
  const { institution, classes } = await getFacts(ctx.db, institutionId);
  const calendar = await calendarAt(ctx.db, institution.districtCode);
  const today = todayInShanghai();
  const rows = await repo.listFilingsOf(ctx.db, institutionId);
  const events = await repo.listEventsOfInstitution(ctx.db, institutionId);
  return {
    institutionId,
    institutionName: institution.name,
    filingStatus: institution.filingStatus,
    filingNumber: institution.filingNumber,
    filedAt: institution.filedAt?.toISOString() ?? null,
    enrolled: classes.reduce((sum, c) => sum + c.enrolled, 0),
    revision: institution.revision,
    filings: rows.map((r) => toListItem(r, institution, deadlineOf(r, calendar, today))),
    events: events.map((e) => ({ ...toEvent(e), filingId: e.filingId })),
  };
}
