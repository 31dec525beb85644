import type { FilingChanges, FilingStatus } from '@youyu/contracts';
import type { Executor, Tx } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { EditingErrors } from './institution-editing.errors.ts';
import * as repo from './institution-editing.repository.ts';
import { placeOf } from './institution-editing.service.ts';

/**
 * What the filings module needs of the registry: the facts a filing rests on, the institution's
 * standing (filing status, number, date), and applying a change filing once it is filed.
 */
export type FilingFacts = {
  institution: repo.InstitutionRow;
  classes: { id: string; name: string; classType: repo.ClassRow['classType']; capacity: number; enrolled: number; caregiverIds: string[] }[];
  fees: { classType: repo.ClassRow['classType']; serviceMode: repo.InstitutionRow['serviceModes'][number]; monthlyFeeFen: number }[];
  staff: repo.StaffRow[];
};

export async function findFilingFacts(exec: Executor, institutionId: string, options: { lock?: boolean } = {}): Promise<FilingFacts | null> {
  const institution = options.lock ? await repo.lockInstitution(exec, institutionId) : await repo.findInstitutionForEdit(exec, institutionId);
  if (!institution) return null;
  const rosters = await repo.listClassesWithCaregivers(exec, institutionId);
  return {
    institution,
    classes: rosters.map(({ caregivers, ...c }) => ({ ...c, caregiverIds: caregivers.map((k) => k.id) })),
    fees: await repo.listFeesOf(exec, institutionId),
    staff: await repo.listActiveStaff(exec, institutionId),
  };
}

/**
 * Sets where the institution stands with its filing. `revision`: the institution's revision the
 * caller saw (suspension, withdrawal); null when the filing's own revision already serialised it.
 */
export async function setFilingStanding(exec: Executor, id: string, revision: number | null, standing: { filingStatus: FilingStatus; filingNumber?: string | null; filedAt?: Date | null }): Promise<repo.InstitutionRow> {
  const current = revision ?? (await repo.findInstitutionForEdit(exec, id))?.revision;
  const updated = current === undefined ? null : await repo.updateInstitutionRow(exec, id, current, standing);
  if (!updated) throw new DomainError('CONFLICT');
  return updated;
}

/**
 * Applies a filed change filing to the registry: location, premises, meals, the class plan (kept
 * classes by id, new ones added, dropped ones removed when no child is enrolled) with their
 * caregivers, and the director. Checked against the registry as it is now, inside the filing's
 * transaction, with the institution locked.
 */
export async function applyFilingChanges(tx: Tx, institutionId: string, changes: FilingChanges): Promise<void> {
  const institution = await repo.lockInstitution(tx, institutionId);
  if (!institution) throw new DomainError('NOT_FOUND');
  const subdistrictCode = changes.location ? await placeOf(tx, institution.districtCode, changes.location) : institution.subdistrictCode;
  await repo.updateInstitutionRow(tx, institutionId, institution.revision, {
    ...(changes.location ? { address: changes.location.address, lat: changes.location.lat, lng: changes.location.lng, subdistrictCode } : {}),
    ...(changes.premises ? { isPremisesOwned: changes.premises.tenure === 'owned', leaseEndDate: changes.premises.tenure === 'owned' ? null : changes.premises.leaseEndDate, floorAreaM2: changes.premises.floorAreaM2 } : {}),
    ...(changes.hasMeals !== undefined ? { hasMeals: changes.hasMeals } : {}),
  });
  if (subdistrictCode !== institution.subdistrictCode) await repo.movePlacedRows(tx, institutionId, subdistrictCode);
  const place = { institutionId, districtCode: institution.districtCode, subdistrictCode };
  if (changes.classes) {
    const existing = await repo.listClassesWithCaregivers(tx, institutionId);
    const kept = changes.classes.filter((c) => c.id).map((c) => c.id!);
    const dropped = existing.filter((c) => !kept.includes(c.id));
    const withChildren = dropped.find((c) => c.enrolled > 0);
    if (withChildren) throw new DomainError(EditingErrors.CLASS_HAS_CHILDREN, { enrolled: withChildren.enrolled });
    for (const c of dropped) await repo.deleteClassRow(tx, institutionId, c.id);
    for (const proposed of changes.classes) {
      const current = proposed.id ? existing.find((c) => c.id === proposed.id) : undefined;
      if (proposed.id && !current) throw new DomainError('CONFLICT');
      if (current && proposed.capacity < current.enrolled) throw new DomainError(EditingErrors.CAPACITY_BELOW_ENROLLED, { enrolled: current.enrolled });
      const row = current
        ? (await repo.updateClassRow(tx, institutionId, current.id, { name: proposed.name, classType: proposed.classType, capacity: proposed.capacity }))!
        : await repo.insertClassRow(tx, { name: proposed.name, classType: proposed.classType, capacity: proposed.capacity, ...place });
      await repo.replaceClassCaregivers(tx, row, proposed.caregiverIds);
    }
  }
  if (changes.directorStaffId) {
    const active = await repo.listActiveStaff(tx, institutionId);
    if (!active.some((s) => s.id === changes.directorStaffId)) throw new DomainError(EditingErrors.STAFF_NOT_ACTIVE);
    // The former director stays on the staff list, no longer as director.
    for (const former of active.filter((s) => s.role === 'director' && s.id !== changes.directorStaffId)) await repo.updateStaffRow(tx, former.id, { role: 'other' });
    await repo.removeCaregiverAssignments(tx, changes.directorStaffId);
    await repo.updateStaffRow(tx, changes.directorStaffId, { role: 'director' });
  }
}
