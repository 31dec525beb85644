import type { ClosureCaseDetail, ClosureCaseListItem, ClosureChild, ClosureFamily } from '@youyu/contracts';
import { maskName, maskPhone } from '../../platform/crypto/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { listInstitutionPrepayments, outstandingOf, sumTotals, type NamedPrepaymentRow } from '../prepayments/index.ts';
import { ageInMonths, classTypesForAge } from './age-groups.ts';
import { closureRulesFor } from './closure-rules.ts';
import { findCaseInstitution, listCaseChildren, type ClosureCaseView } from './closures.repository.ts';

export function toListItem(view: ClosureCaseView): ClosureCaseListItem {
  return {
    id: view.id,
    institutionId: view.institutionId,
    institutionName: view.institutionName,
    districtCode: view.districtCode,
    subdistrictCode: view.subdistrictCode,
    reason: view.reason,
    plannedDate: view.plannedDate,
    status: view.status,
    openedAt: view.openedAt.toISOString(),
    closedAt: view.closedAt?.toISOString() ?? null,
    childCount: view.childCount,
    placedCount: view.placedCount,
  };
}

type ChildRow = Awaited<ReturnType<typeof listCaseChildren>>[number];

/** Regulators see children masked (张*明) and never an ID number. */
function toClosureChild(row: ChildRow, plannedDate: string, mixedMinAgeMonths: number): ClosureChild {
  const ageMonths = ageInMonths(row.birthDate, plannedDate);
  return {
    childId: row.childId,
    name: maskName(row.name),
    sex: row.sex,
    birthDate: row.birthDate,
    ageMonths,
    className: row.className,
    classType: row.classType,
    acceptedClassTypes: classTypesForAge(ageMonths, mixedMinAgeMonths),
    placement:
      row.placementId && row.outcome && row.recordedAt
        ? { outcome: row.outcome, targetInstitutionId: row.targetInstitutionId, targetInstitutionName: row.targetInstitutionName, targetClassType: row.targetClassType, note: row.placementNote, recordedAt: row.recordedAt.toISOString() }
        : null,
  };
}

/**
 * Prepayments by family as of the planned closure date. A prepayment matters while part of it is
 * unconsumed or a refund was recorded; fully consumed ones owe nothing and are left out.
 */
export function familiesOwed(rows: readonly NamedPrepaymentRow[], plannedDate: string): ClosureFamily[] {
  const families = new Map<string, ClosureFamily>();
  for (const row of rows) {
    const totals = outstandingOf(row, plannedDate);
    if (totals.unconsumedFen === 0 && row.refundedFen === null) continue;
    const family = families.get(row.familyUserId) ?? {
      familyUserId: row.familyUserId,
      guardianName: maskName(row.guardianName),
      guardianPhone: maskPhone(row.guardianPhone),
      prepayments: [],
      unconsumedFen: 0,
      refundedFen: 0,
      owedFen: 0,
    };
    family.prepayments.push({
      id: row.id,
      childName: maskName(row.childName),
      amountFen: row.amountFen,
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
      paidOn: row.paidOn,
      unconsumedFen: totals.unconsumedFen,
      refundedFen: row.refundedFen,
      refundedOn: row.refundedOn,
      owedFen: totals.owedFen,
      status: row.status,
    });
    Object.assign(family, sumTotals([family, totals]));
    families.set(row.familyUserId, family);
  }
  // Families still owed the most first: the order the regulator works in.
  return [...families.values()].sort((a, b) => b.owedFen - a.owedFen || a.familyUserId.localeCompare(b.familyUserId));
}

export async function buildCaseDetail(exec: Executor, view: ClosureCaseView): Promise<ClosureCaseDetail> {
  // One query at a time: inside a transaction they share one connection.
  const institution = (await findCaseInstitution(exec, view.institutionId))!;
  const rules = await closureRulesFor(exec, view.districtCode);
  const childRows = await listCaseChildren(exec, view.id, view.institutionId);
  const families = familiesOwed(await listInstitutionPrepayments(exec, view.institutionId), view.plannedDate);
  const { unconsumedFen, refundedFen, owedFen } = sumTotals(families);
  return {
    ...toListItem(view),
    note: view.note,
    institution: {
      id: institution.id,
      name: institution.name,
      kind: institution.kind,
      address: institution.address,
      lat: institution.lat,
      lng: institution.lng,
      filingNumber: institution.filingNumber,
      filingStatus: institution.filingStatus,
      places: institution.places,
    },
    children: childRows.map((row) => toClosureChild(row, view.plannedDate, rules.mixedMinAgeMonths)),
    families,
    prepaymentTotals: { unconsumedFen, refundedFen, owedFen },
    revision: view.revision,
  };
}
