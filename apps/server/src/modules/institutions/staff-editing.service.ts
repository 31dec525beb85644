import type { StaffInput, StaffMember, StaffPatch } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import { recordAudit } from '../../platform/audit/index.ts';
import { checkIdNumber, maskIdNumber, type Vault } from '../../platform/crypto/index.ts';
import type { Tx } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { EditingErrors } from './institution-editing.errors.ts';
import { assertEditable, isFiled } from './institution-editing.policy.ts';
import * as repo from './institution-editing.repository.ts';
import { assertRatiosWithout, withInstitution } from './institution-editing.service.ts';

const toMember = (row: repo.StaffRow): StaffMember => ({
  id: row.id,
  name: row.name,
  role: row.role,
  idNumberMasked: row.idNumberMasked,
  certificates: row.certificates,
  trainingHours: row.trainingHours,
  hiredAt: row.hiredAt,
  status: row.status,
});

/** Audit entries keep the masked number only: the log must not become a copy of the ID numbers. */
const auditable = ({ idNumberCipher: _c, idNumberHash: _h, ...row }: repo.StaffRow) => row;

const audit = (tx: Tx, ctx: RequestContext, institution: repo.InstitutionRow, action: string, entry: { before?: unknown; after?: unknown; staffId: string }) =>
  recordAudit(tx, ctx, { action, entityType: 'staff', entityId: entry.staffId, jurisdictionCode: institution.subdistrictCode, before: entry.before, after: entry.after, details: { institutionId: institution.id } });

/**
 * A director is a filed fact: once filed, a new one comes through a change filing. Becoming or
 * ceasing to be the director counts, either way.
 */
function assertRoleChange(institution: repo.InstitutionRow, from: string | null, to: string) {
  const touchesDirector = (from === 'director') !== (to === 'director');
  assertEditable(institution.filingStatus, touchesDirector ? 'filedFact' : 'operational', 'director');
}

/**
 * Adds a staff member, keyed by ID number: a person active at another institution is refused
 * (one registered workplace at a time, so a certificate is not listed twice: 挂靠).
 */
export async function addStaff(ctx: RequestContext, vault: Vault, id: string, input: StaffInput): Promise<StaffMember> {
  const check = checkIdNumber(input.idNumber);
  if (!check.ok) {
    const message = translate(ctx.locale, `institutions:idNumberProblems.${check.problem.reason}`, check.problem);
    throw new DomainError(EditingErrors.ID_NUMBER_INVALID, {}, [{ path: 'body.idNumber', code: check.problem.reason, message }]);
  }
  const idNumber = check.facts.idNumber;
  return withInstitution(ctx, id, async (tx, institution) => {
    assertRoleChange(institution, null, input.role);
    const hash = vault.lookupHash(idNumber);
    if (await repo.findActiveElsewhere(tx, hash)) throw new DomainError(EditingErrors.STAFF_ACTIVE_ELSEWHERE);
    const created = await repo.insertStaffRow(tx, {
      institutionId: id,
      name: input.name,
      role: input.role,
      idNumberCipher: vault.encrypt(idNumber),
      idNumberHash: hash,
      idNumberMasked: maskIdNumber(idNumber),
      certificates: input.certificates,
      trainingHours: input.trainingHours,
      hiredAt: input.hiredAt,
      districtCode: institution.districtCode,
      subdistrictCode: institution.subdistrictCode,
    });
    await audit(tx, ctx, institution, 'institution.staff.add', { after: auditable(created), staffId: created.id });
    return toMember(created);
  });
}

/** The staff member a change is about: one of this institution's, still working there. */
async function activeStaffRow(tx: Tx, institutionId: string, staffId: string): Promise<repo.StaffRow> {
  const current = await repo.findStaffRow(tx, institutionId, staffId);
  if (!current) throw notFound();
  if (current.status !== 'active') throw new DomainError(EditingErrors.STAFF_NOT_ACTIVE);
  return current;
}

export async function updateStaff(ctx: RequestContext, id: string, staffId: string, patch: StaffPatch): Promise<StaffMember> {
  return withInstitution(ctx, id, async (tx, institution) => {
    const current = await activeStaffRow(tx, id, staffId);
    assertRoleChange(institution, current.role, patch.role ?? current.role);
    // No longer a caregiver: no longer counted in a class.
    if (patch.role && patch.role !== 'caregiver') await repo.removeCaregiverAssignments(tx, staffId);
    const updated = await repo.updateStaffRow(tx, staffId, patch);
    await audit(tx, ctx, institution, 'institution.staff.update', { before: auditable(current), after: auditable(updated), staffId });
    return toMember(updated);
  });
}

/** Records that someone left; a filed institution's director leaves only through a change filing. */
export async function recordStaffLeaving(ctx: RequestContext, id: string, staffId: string, leftAt: string): Promise<StaffMember> {
  return withInstitution(ctx, id, async (tx, institution) => {
    const current = await activeStaffRow(tx, id, staffId);
    assertEditable(institution.filingStatus, current.role === 'director' ? 'filedFact' : 'operational', 'director');
    // Leaving must not take a filed class below its ratio: the director assigns someone else first.
    if (isFiled(institution.filingStatus) && current.role === 'caregiver') await assertRatiosWithout(tx, ctx, institution, staffId);
    await repo.removeCaregiverAssignments(tx, staffId);
    const updated = await repo.updateStaffRow(tx, staffId, { status: 'left', leftAt });
    await audit(tx, ctx, institution, 'institution.staff.leave', { before: auditable(current), after: auditable(updated), staffId });
    return toMember(updated);
  });
}
