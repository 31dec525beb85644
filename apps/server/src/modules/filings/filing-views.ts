import { pendingFilingStates, type Deadline, type FilingDetail, type FilingEvent, type FilingListItem, type FilingMaterial, type FilingState, type InstitutionKind, type MaterialCategory, type Role, type FilingStatus } from '@youyu/contracts';
import type { EventRow, FilingRow, MaterialRow } from './filings.repository.ts';
import { deadlineStatus, workingDaysUntil, type WorkCalendar } from './working-days.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const isPending = (state: FilingState) => (pendingFilingStates as readonly FilingState[]).includes(state);

export function deadlineOf(row: FilingRow, calendar: WorkCalendar, today: string): Deadline | null {
  if (!row.dueOn || !isPending(row.state)) return null;
  const workingDaysLeft = workingDaysUntil(calendar, today, row.dueOn);
  return { dueOn: row.dueOn, workingDaysLeft, status: deadlineStatus(workingDaysLeft, today, row.dueOn) };
}

export type InstitutionLabel = { name: string; kind: InstitutionKind; creditCode: string };

export function toListItem(row: FilingRow, institution: InstitutionLabel, deadline: Deadline | null): FilingListItem {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    institutionId: row.institutionId,
    institutionName: institution.name,
    institutionKind: institution.kind,
    creditCode: institution.creditCode,
    districtCode: row.districtCode,
    subdistrictCode: row.subdistrictCode,
    places: row.snapshot?.places ?? null,
    submittedAt: iso(row.submittedAt),
    decidedAt: iso(row.decidedAt),
    deadline,
    reviewerName: row.reviewerName,
    filingNumber: row.filingNumber,
    revision: row.revision,
  };
}

export function toMaterial(row: MaterialRow): FilingMaterial {
  return { id: row.id, category: row.category, fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes, sha256: row.sha256, uploadedAt: row.uploadedAt.toISOString(), uploadedByName: row.uploadedByName };
}

export function toEvent(row: EventRow): FilingEvent {
  return { id: row.id, action: row.action, fromState: row.fromState, toState: row.toState, at: row.at.toISOString(), actorName: row.actorName, actorRole: (row.actorRole as Role | null) ?? null, reason: row.reason, items: row.items };
}

export function toDetail(
  row: FilingRow,
  parts: { institution: InstitutionLabel & { filingStatus: FilingStatus }; deadline: Deadline | null; materials: MaterialRow[]; events: EventRow[]; requiredMaterials: MaterialCategory[] },
): FilingDetail {
  return {
    ...toListItem(row, parts.institution, parts.deadline),
    institutionFilingStatus: parts.institution.filingStatus,
    healthEvaluation: { rating: row.healthEvaluationRating, issuedOn: row.healthEvaluationIssuedOn },
    commitment: row.commitment ? { signerName: row.commitment.signerName, signedAt: row.commitment.signedAt, version: row.commitment.version } : null,
    snapshot: row.snapshot,
    changes: row.changes,
    returnItems: row.returnItems,
    refusal: row.refusal,
    materials: parts.materials.map(toMaterial),
    requiredMaterials: parts.requiredMaterials,
    events: parts.events.map(toEvent),
    filedAt: iso(row.filedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
