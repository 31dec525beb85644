import type { CaseDetail, CaseEvidence, CaseListItem, MyCase, PublicCase } from '@youyu/contracts';
import type { CaseEventRow, CaseRow, EvidenceRow } from './cases.repository.ts';
import { currentDeadline } from './routing.ts';
import { formatTrackingCode } from './tracking-code.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;
type Found = { row: CaseRow; registeredName: string | null };

/** The institution as the register names it, else as the submitter did. */
const institutionNameOf = ({ row, registeredName }: Found) => registeredName ?? row.institutionName;

export function toListItem(found: Found, now = new Date()): CaseListItem {
  const { row } = found;
  return {
    id: row.id,
    trackingCode: formatTrackingCode(row.trackingCode),
    kind: row.kind,
    category: row.category,
    isUrgent: row.isUrgent,
    state: row.state,
    institutionId: row.institutionId,
    institutionName: institutionNameOf(found),
    districtCode: row.districtCode,
    subdistrictCode: row.subdistrictCode,
    coDepartment: row.coDepartment,
    submittedAt: row.createdAt.toISOString(),
    deadline: currentDeadline(row, now),
    isSubstantiated: row.isSubstantiated,
    duplicateOfId: row.duplicateOfId,
  };
}

export const toEvidence = (e: EvidenceRow): CaseEvidence => ({ id: e.id, fileName: e.fileName, contentType: e.contentType, sizeBytes: e.sizeBytes, uploadedAt: e.uploadedAt.toISOString() });

export function toDetail(found: Found, parts: { events: CaseEventRow[]; evidence: EvidenceRow[]; duplicates: { id: string; trackingCode: string; submittedAt: Date }[] }): CaseDetail {
  const { row } = found;
  return {
    ...toListItem(found),
    description: row.description,
    address: row.address,
    submitter: { isAnonymous: row.isAnonymous, name: row.submitterName, phone: row.submitterPhone },
    acknowledgeDueAt: iso(row.acknowledgeDueAt),
    resolveDueAt: iso(row.resolveDueAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    reply: row.reply,
    repliedAt: iso(row.repliedAt),
    satisfaction: row.satisfaction,
    satisfactionComment: row.satisfactionComment,
    evidence: parts.evidence.map(toEvidence),
    events: parts.events.map((e) => ({ id: e.id, kind: e.kind, at: e.createdAt.toISOString(), note: e.note, isPublic: e.isPublic, actorName: e.actorName })),
    duplicates: parts.duplicates.map((d) => ({ id: d.id, trackingCode: formatTrackingCode(d.trackingCode), submittedAt: d.submittedAt.toISOString() })),
    revision: row.revision,
  };
}

/**
 * What the holder of a tracking code sees. Nothing the submitter wrote, nothing about who they are,
 * no handler's name: the state, the public steps, the reply. An institution outside the register
 * is not named either, since its "name" is the submitter's own words.
 */
export function toPublicCase(found: Found, events: CaseEventRow[], evidenceCount: number, canAddEvidence: boolean): PublicCase {
  const { row } = found;
  return {
    trackingCode: formatTrackingCode(row.trackingCode),
    kind: row.kind,
    category: row.category,
    isUrgent: row.isUrgent,
    state: row.state,
    institutionName: found.registeredName,
    districtCode: row.districtCode,
    submittedAt: row.createdAt.toISOString(),
    acknowledgeDueAt: iso(row.acknowledgeDueAt),
    resolveDueAt: iso(row.resolveDueAt),
    timeline: events.map((e) => ({ kind: e.kind, at: e.createdAt.toISOString(), note: e.kind === 'step' ? e.note : null })),
    reply: row.reply,
    repliedAt: iso(row.repliedAt),
    satisfaction: row.satisfaction,
    canGiveSatisfaction: row.state === 'replied' && row.satisfaction === null,
    canAddEvidence,
    evidenceCount,
  };
}

export function toMyCase(found: Found): MyCase {
  const { row } = found;
  return { id: row.id, trackingCode: formatTrackingCode(row.trackingCode), category: row.category, state: row.state, institutionName: institutionNameOf(found), submittedAt: row.createdAt.toISOString(), repliedAt: iso(row.repliedAt) };
}
