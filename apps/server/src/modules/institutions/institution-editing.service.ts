import type { ClassInput, ClassPatch, ClassRoster, FeeTableInput, InstitutionBasicsPatch, InstitutionDetail, LocationInput } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Executor, Tx } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { findJurisdiction, locateSubdistrict } from '../jurisdictions/index.ts';
import { resolvePolicy } from '../policies/index.ts';
import { checkCarerRatios, checkClassPlan, classRulesFrom, requiredCaregivers, type ClassRules, type RuleViolation } from './filing-class-rules.ts';
import { EditingErrors } from './institution-editing.errors.ts';
import { assertEditable, isFiled, type FiledFact } from './institution-editing.policy.ts';
import * as repo from './institution-editing.repository.ts';
import { getInstitution } from './institutions.service.ts';
import { violationParams } from './rule-messages.ts';

/** The class rules in force where the institution is (national, tightened by city and district). */
export async function classRulesAt(exec: Executor, districtCode: string): Promise<ClassRules> {
  return classRulesFrom((await resolvePolicy(exec, districtCode)).values);
}

/** The first violated rule as the refusal, its message citing the rule and its basis. */
export function throwViolation(ctx: RequestContext, violations: readonly RuleViolation[]): void {
  const [first] = violations;
  if (first) throw new DomainError(first.code, violationParams(ctx.locale, first));
}

/** Runs an edit of one institution with its row locked; the institution must exist. */
export async function withInstitution<T>(ctx: RequestContext, id: string, edit: (tx: Tx, institution: repo.InstitutionRow) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const institution = await repo.lockInstitution(tx, id);
    if (!institution) throw notFound();
    return edit(tx, institution);
  });
}

const audit = (tx: Tx, ctx: RequestContext, institution: repo.InstitutionRow, action: string, entry: { before?: unknown; after?: unknown; details?: Record<string, unknown> }) =>
  recordAudit(tx, ctx, { action, entityType: 'institution', entityId: institution.id, jurisdictionCode: institution.subdistrictCode, ...entry });

/**
 * Where an address is: the subdistrict its location falls in where boundaries are known, else the
 * one chosen. An institution stays in its district (moving districts is a new registration).
 */
export async function placeOf(exec: Executor, districtCode: string, location: LocationInput): Promise<string> {
  const located = await locateSubdistrict(exec, location.lat, location.lng);
  if (located && located.districtCode !== districtCode) throw new DomainError(EditingErrors.LOCATION_OUTSIDE_DISTRICT);
  const code = located?.subdistrictCode ?? location.subdistrictCode;
  if (!code) throw new DomainError(EditingErrors.SUBDISTRICT_REQUIRED);
  const subdistrict = await findJurisdiction(exec, code);
  if (!subdistrict || subdistrict.level !== 'subdistrict' || subdistrict.parentCode !== districtCode) throw new DomainError(EditingErrors.LOCATION_OUTSIDE_DISTRICT);
  return code;
}

export async function updateInstitutionBasics(ctx: RequestContext, id: string, patch: InstitutionBasicsPatch): Promise<InstitutionDetail> {
  await withInstitution(ctx, id, async (tx, institution) => {
    const filedFacts: [FiledFact, unknown][] = [
      ['location', patch.location],
      ['premises', patch.premises],
      ['meals', patch.hasMeals],
      ['kind', patch.kind],
      ['ownership', patch.ownership],
    ];
    for (const [fact, value] of filedFacts) if (value !== undefined) assertEditable(institution.filingStatus, 'filedFact', fact);
    assertEditable(institution.filingStatus, 'operational');
    if (patch.kind && patch.kind !== institution.kind) throwViolation(ctx, checkClassPlan(patch.kind, await repo.listClassesWithCaregivers(tx, id), await classRulesAt(tx, institution.districtCode)));
    const subdistrictCode = patch.location ? await placeOf(tx, institution.districtCode, patch.location) : institution.subdistrictCode;
    const updated = await repo.updateInstitutionRow(tx, id, patch.revision, {
      ...(patch.kind ? { kind: patch.kind } : {}),
      ...(patch.ownership ? { ownership: patch.ownership } : {}),
      ...(patch.brand !== undefined ? { brand: patch.brand } : {}),
      ...(patch.location ? { address: patch.location.address, lat: patch.location.lat, lng: patch.location.lng, subdistrictCode } : {}),
      ...(patch.contactName ? { contactName: patch.contactName } : {}),
      ...(patch.contactPhone ? { contactPhone: patch.contactPhone } : {}),
      ...(patch.openingHours ? { openingHours: patch.openingHours } : {}),
      ...(patch.serviceModes ? { serviceModes: [...new Set(patch.serviceModes)] } : {}),
      ...(patch.premises ? { isPremisesOwned: patch.premises.tenure === 'owned', leaseEndDate: patch.premises.tenure === 'owned' ? null : patch.premises.leaseEndDate, floorAreaM2: patch.premises.floorAreaM2 } : {}),
      ...(patch.hasMeals !== undefined ? { hasMeals: patch.hasMeals } : {}),
    });
    if (!updated) throw new DomainError('CONFLICT');
    if (subdistrictCode !== institution.subdistrictCode) await repo.movePlacedRows(tx, id, subdistrictCode);
    await audit(tx, ctx, updated, 'institution.updateBasics', { before: institution, after: updated, details: { fields: Object.keys(patch).filter((k) => k !== 'revision') } });
  });
  return getInstitution(ctx, id);
}

export async function listClassRosters(ctx: RequestContext, id: string): Promise<{ items: ClassRoster[]; places: number }> {
  const institution = await repo.findInstitutionForEdit(ctx.db, id);
  if (!institution) throw notFound();
  const rules = await classRulesAt(ctx.db, institution.districtCode);
  const items = (await repo.listClassesWithCaregivers(ctx.db, id)).map((c) => {
    const ratio = institution.kind === 'familyPoint' ? rules.familyPointChildrenPerCarer : rules.childrenPerCarer[c.classType];
    return { ...c, maxSize: rules.maxSize[c.classType]?.value ?? null, childrenPerCarer: ratio?.value ?? null, requiredCaregivers: requiredCaregivers(c.capacity, ratio) };
  });
  return { items, places: items.reduce((sum, c) => sum + c.capacity, 0) };
}

/** Checks the whole class plan after one class changes, against the rules where the institution is. */
async function assertClassPlan(tx: Tx, ctx: RequestContext, institution: repo.InstitutionRow, planned: { id?: string; name: string; classType: ClassInput['classType']; capacity: number }[]) {
  throwViolation(ctx, checkClassPlan(institution.kind, planned, await classRulesAt(tx, institution.districtCode)));
}

export async function createClass(ctx: RequestContext, id: string, input: ClassInput): Promise<{ items: ClassRoster[]; places: number }> {
  await withInstitution(ctx, id, async (tx, institution) => {
    assertEditable(institution.filingStatus, 'filedFact', 'classes');
    const existing = await repo.listClassesWithCaregivers(tx, id);
    await assertClassPlan(tx, ctx, institution, [...existing, input]);
    const created = await repo.insertClassRow(tx, { ...input, institutionId: id, districtCode: institution.districtCode, subdistrictCode: institution.subdistrictCode });
    await audit(tx, ctx, institution, 'institution.class.create', { after: created, details: { classId: created.id } });
  });
  return listClassRosters(ctx, id);
}

export async function updateClass(ctx: RequestContext, id: string, classId: string, patch: ClassPatch): Promise<{ items: ClassRoster[]; places: number }> {
  await withInstitution(ctx, id, async (tx, institution) => {
    const existing = await repo.listClassesWithCaregivers(tx, id);
    const current = existing.find((c) => c.id === classId);
    if (!current) throw notFound();
    const isRenameOnly = patch.classType === undefined && patch.capacity === undefined;
    assertEditable(institution.filingStatus, isRenameOnly ? 'operational' : 'filedFact', 'classes');
    const next = { ...current, ...patch };
    if (next.capacity < current.enrolled) throw new DomainError(EditingErrors.CAPACITY_BELOW_ENROLLED, { enrolled: current.enrolled });
    await assertClassPlan(tx, ctx, institution, existing.map((c) => (c.id === classId ? next : c)));
    const updated = await repo.updateClassRow(tx, id, classId, patch);
    await audit(tx, ctx, institution, 'institution.class.update', { before: current, after: updated, details: { classId } });
  });
  return listClassRosters(ctx, id);
}

export async function deleteClass(ctx: RequestContext, id: string, classId: string): Promise<{ items: ClassRoster[]; places: number }> {
  await withInstitution(ctx, id, async (tx, institution) => {
    const current = (await repo.listClassesWithCaregivers(tx, id)).find((c) => c.id === classId);
    if (!current) throw notFound();
    assertEditable(institution.filingStatus, 'filedFact', 'classes');
    if (current.enrolled > 0) throw new DomainError(EditingErrors.CLASS_HAS_CHILDREN, { enrolled: current.enrolled });
    await repo.deleteClassRow(tx, id, classId);
    await audit(tx, ctx, institution, 'institution.class.delete', { before: current, details: { classId } });
  });
  return listClassRosters(ctx, id);
}

/**
 * Puts caregivers in a class: active caregivers of this institution only. Once the institution is
 * filed, a class may not fall below its carer ratio.
 */
export async function setClassCaregivers(ctx: RequestContext, id: string, classId: string, staffIds: readonly string[]): Promise<{ items: ClassRoster[]; places: number }> {
  await withInstitution(ctx, id, async (tx, institution) => {
    assertEditable(institution.filingStatus, 'operational');
    const classes = await repo.listClassesWithCaregivers(tx, id);
    const target = classes.find((c) => c.id === classId);
    if (!target) throw notFound();
    const unique = [...new Set(staffIds)];
    const active = await repo.listActiveStaff(tx, id);
    const ineligible = unique.filter((s) => !active.some((a) => a.id === s && (a.role === 'caregiver' || (institution.kind === 'familyPoint' && a.role === 'director'))));
    if (ineligible.length > 0) {
      const message = translate(ctx.locale, 'filings:fieldErrors.notCaregiver');
      throw new DomainError(EditingErrors.CAREGIVER_NOT_ELIGIBLE, {}, ineligible.map((s) => ({ path: `body.staffIds.${staffIds.indexOf(s)}`, code: 'notCaregiver', message })));
    }
    if (isFiled(institution.filingStatus)) {
      const counts = classes.map((c) => ({ ...c, caregivers: c.id === classId ? unique.length : c.caregivers.filter((k) => !unique.includes(k.id)).length }));
      throwViolation(ctx, checkCarerRatios(institution.kind, counts, await classRulesAt(tx, institution.districtCode)));
    }
    await repo.replaceClassCaregivers(tx, { id: classId, institutionId: id, districtCode: institution.districtCode, subdistrictCode: institution.subdistrictCode }, unique);
    await audit(tx, ctx, institution, 'institution.class.caregivers', { before: target.caregivers.map((k) => k.id), after: unique, details: { classId } });
  });
  return listClassRosters(ctx, id);
}

/** Refuses when a filed institution's classes would fall below their carer ratios without this person. */
export async function assertRatiosWithout(tx: Tx, ctx: RequestContext, institution: repo.InstitutionRow, staffId: string): Promise<void> {
  const classes = (await repo.listClassesWithCaregivers(tx, institution.id)).map((c) => ({ ...c, caregivers: c.caregivers.filter((k) => k.id !== staffId).length }));
  throwViolation(ctx, checkCarerRatios(institution.kind, classes, await classRulesAt(tx, institution.districtCode)));
}

/** The whole fee table: one monthly fee per class type the institution runs × service mode it offers. */
export async function replaceFees(ctx: RequestContext, id: string, input: FeeTableInput) {
  await withInstitution(ctx, id, async (tx, institution) => {
    assertEditable(institution.filingStatus, 'operational');
    const keys = input.items.map((f) => `${f.classType}/${f.serviceMode}`);
    const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
    if (duplicate) throw new DomainError(EditingErrors.FEE_DUPLICATE, { fee: duplicate });
    const classTypes = new Set((await repo.listClassesWithCaregivers(tx, id)).map((c) => c.classType));
    const offered = input.items.map((f, i) => ({ f, i })).filter(({ f }) => !classTypes.has(f.classType) || !institution.serviceModes.includes(f.serviceMode));
    if (offered.length > 0) {
      const message = translate(ctx.locale, 'filings:fieldErrors.feeNotOffered');
      throw new DomainError(EditingErrors.FEE_NOT_OFFERED, {}, offered.map(({ i }) => ({ path: `body.items.${i}`, code: 'notOffered', message })));
    }
    const before = await repo.listFeesOf(tx, id);
    await repo.replaceFeeRows(tx, id, input.items.map((f) => ({ ...f, institutionId: id, districtCode: institution.districtCode, subdistrictCode: institution.subdistrictCode })));
    await audit(tx, ctx, institution, 'institution.fees.replace', { before, after: input.items });
  });
  return { items: await repo.listFeesOf(ctx.db, id) };
}
