import type { FilingAction, NotificationKind } from '@youyu/contracts';
import type { Notice } from '../notifications/index.ts';

/** What an applicant is told after each step of its filing (in the app, and by text message). */
const applicantKinds: Partial<Record<FilingAction, NotificationKind>> = {
  submit: 'filingReceived',
  resubmit: 'filingReceived',
  startReview: 'filingUnderReview',
  return: 'filingReturned',
  file: 'filingFiled',
  refuse: 'filingRefused',
  suspend: 'filingSuspended',
  reinstate: 'filingReinstated',
  withdraw: 'filingWithdrawn',
};

/** What the district's reviewers are told: a new or corrected application in their queue. */
const reviewerKinds: Partial<Record<FilingAction, NotificationKind>> = { submit: 'filingSubmitted', resubmit: 'filingResubmitted' };

export type NoticeFacts = {
  action: FilingAction;
  isChange: boolean;
  filingId: string | null;
  institutionId: string;
  institutionName: string;
  contactPhone: string;
  districtCode: string;
  dueOn?: string | null;
  filingNumber?: string | null;
  reason?: string | null;
};

export function noticesFor(f: NoticeFacts): Notice[] {
  const params: Record<string, string> = { institution: f.institutionName, dueOn: f.dueOn ?? '', filingNumber: f.filingNumber ?? '', reason: f.reason ?? '' };
  const notices: Notice[] = [];
  const applicantKind = f.action === 'file' && f.isChange ? 'filingChangeFiled' : applicantKinds[f.action];
  if (applicantKind) notices.push({ kind: applicantKind, params, link: f.filingId ? `/institution/filing/${f.filingId}` : '/institution/filing', to: { institutionId: f.institutionId }, smsTo: f.contactPhone });
  const reviewerKind = reviewerKinds[f.action];
  if (reviewerKind && f.filingId) notices.push({ kind: reviewerKind, params, link: `/regulator/filings/${f.filingId}`, to: { jurisdictionCode: f.districtCode, permission: 'filings.review', department: 'healthCommission' } });
  return notices;
}
