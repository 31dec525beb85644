import { translate } from '@youyu/i18n';
import type { CaseDeadlineKind, Department, NotificationKind } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { findStaffPhones } from '../accounts/index.ts';
import { recordNotices, sendNoticeTexts, type Notice } from '../notifications/index.ts';
import type { CaseDeps } from './case-deps.ts';
import type { CaseRow, DeadlineStage } from './cases.repository.ts';
import { formatTrackingCode } from './tracking-code.ts';

const HANDLE = 'cases.handle';
const departmentsOf = (row: CaseRow): Department[] => (row.coDepartment ? ['healthCommission', row.coDepartment] : ['healthCommission']);
const dueText = (at: Date | null) => (at ? at.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).replace(/:\d{2}$/, '') : '—');

/** A notice about a case to the handlers of its district, one per department it is routed to. */
function handlerNotices(row: CaseRow, institutionName: string | null, kind: NotificationKind, dueAt: Date | null): Notice[] {
  const params = { institution: institutionName ?? '—', category: translate('zh-CN', `cases:categories.${row.category}`), trackingCode: formatTrackingCode(row.trackingCode), dueAt: dueText(dueAt) };
  return departmentsOf(row).map((department) => ({ kind, params, link: `/regulator/cases/${row.id}`, to: { jurisdictionCode: row.districtCode, permission: HANDLE, department } }));
}

/** In-app notices for a new case, in its transaction. */
export async function recordNewCaseNotices(tx: Executor, row: CaseRow, institutionName: string | null): Promise<Notice[]> {
  const notices = handlerNotices(row, institutionName, row.isUrgent ? 'caseUrgent' : 'caseSubmitted', row.acknowledgeDueAt);
  await recordNotices(tx, notices);
  return notices;
}

const deadlineNoticeKinds = {
  acknowledge: { dueSoon: 'caseAcknowledgeDueSoon', overdue: 'caseAcknowledgeOverdue' },
  resolve: { dueSoon: 'caseResolveDueSoon', overdue: 'caseResolveOverdue' },
} as const satisfies Record<CaseDeadlineKind, Record<DeadlineStage, NotificationKind>>;

/** In-app notices that a case's deadline is near or past, in the transaction that claims the alert. */
export async function recordDeadlineNotices(tx: Executor, row: CaseRow, institutionName: string | null, deadline: CaseDeadlineKind, stage: DeadlineStage, dueAt: Date): Promise<void> {
  await recordNotices(tx, handlerNotices(row, institutionName, deadlineNoticeKinds[deadline][stage], dueAt));
}

/**
 * An urgent case also goes out by text message, at once, to every handler of its district and
 * departments with a mobile number; sent after the case is committed.
 */
export async function textUrgentCase(exec: Executor, deps: CaseDeps, row: CaseRow, notices: Notice[]): Promise<void> {
  if (!row.isUrgent || notices.length === 0) return;
  const phones = await findStaffPhones(exec, { jurisdictionCode: row.districtCode, permission: HANDLE, departments: departmentsOf(row) });
  await sendNoticeTexts(deps.sms, phones.map((phone) => ({ ...notices[0]!, smsTo: phone })), deps.log);
}

const replyParams = (row: CaseRow, institutionName: string | null) => ({ institution: institutionName ?? '—', trackingCode: formatTrackingCode(row.trackingCode) });

/** The reply reaches a complaining family in the app, in the reply's transaction. */
export async function recordReplyNotice(tx: Executor, row: CaseRow, institutionName: string | null): Promise<void> {
  if (!row.submitterUserId) return;
  await recordNotices(tx, [{ kind: 'caseReplied', params: replyParams(row, institutionName), link: '/family/complaints', to: { userId: row.submitterUserId } }]);
}

/**
 * The tracking code by text to the number the submitter gave: the code and the look-up address,
 * nothing else (no institution, no category: the phone may be seen by others). Sent once the
 * case is committed; a failure is logged, the receipt on screen has the code anyway.
 */
export async function textTrackingCode(deps: CaseDeps, phone: string, row: CaseRow): Promise<boolean> {
  const trackingCode = formatTrackingCode(row.trackingCode);
  try {
    await deps.sms.send({ phone, template: 'case.trackingCode', params: { trackingCode, lookupUrl: `${deps.publicUrl}/cases/${trackingCode}` } });
    return true;
  } catch (err) {
    deps.log.warn({ err, caseId: row.id }, 'tracking code text message not sent');
    return false;
  }
}

/** …and every submitter who left a mobile number by text, once the reply is committed; a failure is logged. */
export async function textReply(deps: CaseDeps, row: CaseRow, institutionName: string | null): Promise<void> {
  if (!row.submitterPhone) return;
  try {
    await deps.sms.send({ phone: row.submitterPhone, template: 'notice.caseReplied', params: replyParams(row, institutionName) });
  } catch (err) {
    deps.log.warn({ err, caseId: row.id }, 'case reply text message not sent');
  }
}
