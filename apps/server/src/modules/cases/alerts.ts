import { translate } from '@youyu/i18n';
import type { Department } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { findStaffPhones } from '../accounts/index.ts';
import { recordNotices, sendNoticeTexts, type Notice } from '../notifications/index.ts';
import type { CaseDeps } from './case-deps.ts';
import type { CaseRow } from './cases.repository.ts';
import { formatTrackingCode } from './tracking-code.ts';

const HANDLE = 'cases.handle';
const departmentsOf = (row: CaseRow): Department[] => (row.coDepartment ? ['healthCommission', row.coDepartment] : ['healthCommission']);
const dueText = (at: Date | null) => (at ? at.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).replace(/:\d{2}$/, '') : '—');

/** The notice a new case gives the handlers of its district and departments. */
function newCaseNotice(row: CaseRow, institutionName: string | null, department: Department): Notice {
  return {
    kind: row.isUrgent ? 'caseUrgent' : 'caseSubmitted',
    params: { institution: institutionName ?? '—', category: translate('zh-CN', `cases:categories.${row.category}`), trackingCode: formatTrackingCode(row.trackingCode), dueAt: dueText(row.acknowledgeDueAt) },
    link: `/regulator/cases/${row.id}`,
    to: { jurisdictionCode: row.districtCode, permission: HANDLE, department },
  };
}

/** In-app notices for a new case, in its transaction: one per department it is routed to. */
export async function recordNewCaseNotices(tx: Executor, row: CaseRow, institutionName: string | null): Promise<Notice[]> {
  const notices = departmentsOf(row).map((d) => newCaseNotice(row, institutionName, d));
  await recordNotices(tx, notices);
  return notices;
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

/** …and every submitter who left a mobile number by text, once the reply is committed; a failure is logged. */
export async function textReply(deps: CaseDeps, row: CaseRow, institutionName: string | null): Promise<void> {
  if (!row.submitterPhone) return;
  try {
    await deps.sms.send({ phone: row.submitterPhone, template: 'notice.caseReplied', params: replyParams(row, institutionName) });
  } catch (err) {
    deps.log.warn({ err, caseId: row.id }, 'case reply text message not sent');
  }
}
