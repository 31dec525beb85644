import { classTypes, type ClassType, type ClosureCaseDetail, type NearbyList, type NearbyQuery, type RecordPlacement } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { ageInMonths, classTypesForAge } from './age-groups.ts';
import { closureRulesFor } from './closure-rules.ts';
import { ClosureErrors } from './closures.errors.ts';
import { findCase, findCaseInstitution, findEnrolledChild, touchCase, upsertPlacement, type ClosureCaseRow } from './closures.repository.ts';
import { classLoads, findReceivingInstitution, findReceivingInstitutions, lockReceivingInstitution, type ClassLoad } from './receiving.repository.ts';
import { getClosureCase, lockOpenCase } from './closures.service.ts';

const vacanciesOf = (load: ClassLoad) => Math.max(0, load.places - load.enrolled - load.reserved);
const classOrder = (a: ClassLoad, b: ClassLoad) => classTypes.indexOf(a.classType) - classTypes.indexOf(b.classType);

/**
 * Filed institutions within the radius (default: the profile's acceptable distance) that have a
 * vacancy — in `classType` when given, else in any class type — nearest first.
 */
export async function findNearbyInstitutions(ctx: RequestContext, caseId: string, query: NearbyQuery): Promise<NearbyList> {
  const view = await findCase(ctx.db, caseId);
  if (!view) throw notFound();
  const closing = (await findCaseInstitution(ctx.db, view.institutionId))!;
  const radiusMetres = query.radiusKm !== undefined ? Math.round(query.radiusKm * 1000) : (await closureRulesFor(ctx.db, view.districtCode)).acceptableDistanceMetres;
  const candidates = await findReceivingInstitutions(ctx.db, { lat: closing.lat, lng: closing.lng, radiusMetres, excludeId: closing.id });
  const loads = await classLoads(ctx.db, candidates.map((c) => c.id));
  const items = candidates.flatMap((c) => {
    const vacancies = loads
      .filter((l) => l.institutionId === c.id)
      .sort(classOrder)
      .map((l) => ({ classType: l.classType, places: l.places, enrolled: l.enrolled, reserved: l.reserved, vacancies: vacanciesOf(l) }));
    const hasRoom = vacancies.some((v) => v.vacancies > 0 && (!query.classType || v.classType === query.classType));
    return hasRoom ? [{ id: c.id, name: c.name, kind: c.kind, isInclusive: c.isInclusive, address: c.address, phone: c.phone, distanceMetres: Math.round(c.distance), vacancies }] : [];
  });
  return { radiusMetres, items };
}

/** A transfer goes to a filed institution with a vacancy in a class type that takes the child's age. */
async function checkTransfer(tx: Executor, ctx: RequestContext, kase: ClosureCaseRow, child: { id: string; birthDate: string }, target: { institutionId: string; classType: ClassType }) {
  const receiving = await findReceivingInstitution(tx, target.institutionId, kase.institutionId);
  if (!receiving) throw new DomainError(ClosureErrors.PLACEMENT_TARGET_INVALID, {}, [{ path: 'body.targetInstitutionId', code: 'invalid_value' }]);
  // The receiving institution's class rules apply: its district's profile may differ.
  const { mixedMinAgeMonths } = await closureRulesFor(tx, receiving.districtCode);
  const ageMonths = ageInMonths(child.birthDate, kase.plannedDate);
  const classTypeName = translate(ctx.locale, `institutions:classTypes.${target.classType}`);
  if (!classTypesForAge(ageMonths, mixedMinAgeMonths).includes(target.classType)) {
    const basis = translate(ctx.locale, 'closures:ageRuleBasis', { mixedMinAgeMonths });
    throw new DomainError(ClosureErrors.PLACEMENT_CLASS_TYPE_NOT_FOR_AGE, { ageMonths, classTypeName, basis }, [{ path: 'body.targetClassType', code: 'invalid_value' }]);
  }
  // Two regulators placing children into the same institution's last place: one waits for the other.
  await lockReceivingInstitution(tx, receiving.id);
  const [load] = (await classLoads(tx, [receiving.id], { caseId: kase.id, childId: child.id })).filter((l) => l.classType === target.classType);
  if (!load || vacanciesOf(load) === 0) throw new DomainError(ClosureErrors.PLACEMENT_NO_VACANCY, { institutionName: receiving.name, classTypeName });
}

/** Records (or changes) where one child of the closing institution goes. */
export async function recordPlacement(ctx: RequestContext, caseId: string, childId: string, input: RecordPlacement): Promise<ClosureCaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const kase = await lockOpenCase(tx, caseId);
    const child = await findEnrolledChild(tx, kase.institutionId, childId);
    if (!child) throw new DomainError(ClosureErrors.CLOSURE_CHILD_NOT_IN_CASE);
    const transfer = input.outcome === 'transferred' ? { institutionId: input.targetInstitutionId, classType: input.targetClassType } : null;
    if (transfer) await checkTransfer(tx, ctx, kase, child, transfer);
    const placement = await upsertPlacement(tx, {
      caseId,
      childId,
      outcome: input.outcome,
      targetInstitutionId: transfer?.institutionId ?? null,
      targetClassType: transfer?.classType ?? null,
      note: input.note ?? null,
      recordedBy: ctx.actor?.userId ?? null,
    });
    await touchCase(tx, caseId);
    await recordAudit(tx, ctx, {
      action: 'closure.placement',
      entityType: 'closureCase',
      entityId: caseId,
      jurisdictionCode: kase.subdistrictCode,
      after: placement,
      details: { childId, outcome: input.outcome, targetInstitutionId: transfer?.institutionId ?? null, targetClassType: transfer?.classType ?? null },
    });
  });
  return getClosureCase(ctx, caseId);
}
