import type { ClassType } from '@youyu/contracts';
import type { Executor } from '../platform/db/index.ts';
import { insertClosureCase } from '../modules/closures/index.ts';
import { bulkInsert } from '../modules/institutions/index.ts';
import { prepayments } from '../modules/prepayments/index.ts';
import { REFERENCE_DATE, type CityPlan } from './city-plans.ts';
import { addDays } from './dates.ts';
import { createRandom, type Random } from './prng.ts';
import type { ChildPlain, GeneratedCity, InstitutionRow } from './types.ts';

/** Share of children in privately run institutions whose families paid ahead (an assumption, docs/DEMO.md). */
const PREPAID_SHARE = 0.35;
const PREPAID_SHARE_AT_CLOSING = 0.8;
const PRIVATELY_RUN = new Set(['private', 'privateWithPublicAid', 'publicBuiltPrivateRun']);

const monthStart = (isoDate: string, monthsLater: number) => {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  const month = y * 12 + (m - 1) + monthsLater;
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
};

/** A term of 3 or 6 months starting within five months before the reference date, paid a few days ahead. */
function prepaymentFor(random: Random, child: ChildPlain, institution: InstitutionRow, monthlyFeeFen: number) {
  const months = random.pick([3, 3, 6]);
  const periodFrom = monthStart(REFERENCE_DATE, -random.int(0, 5));
  return {
    id: random.uuid(),
    institutionId: institution.id,
    childId: child.id,
    familyUserId: child.familyUserId,
    // Terms are often sold at a small discount.
    amountFen: Math.round((monthlyFeeFen * months * random.pick([1, 0.95, 0.9])) / 100) * 100,
    periodFrom,
    periodTo: addDays(monthStart(periodFrom, months), -1),
    paidOn: addDays(periodFrom, -random.int(3, 15)),
    districtCode: institution.districtCode,
    subdistrictCode: institution.subdistrictCode,
  };
}

/** A filed, privately run institution of the demo district with children, other than the demo institution. */
function closingInstitution(city: GeneratedCity, plan: CityPlan, enrolledAt: Map<string, ChildPlain[]>): InstitutionRow | undefined {
  return city.institutions.find(
    (i) => i.id !== city.demoInstitutionId && i.districtCode === plan.demo.districtCode && i.filingStatus === 'filed' && i.kind !== 'familyPoint' && PRIVATELY_RUN.has(i.ownership) && (enrolledAt.get(i.id)?.length ?? 0) >= 8,
  );
}

/**
 * Families' prepayments (预付费) in privately run institutions, and one closure case in progress
 * in the demo district, so the closure page has a real case to show. Deterministic for a city.
 */
export async function seedPrepaymentsAndClosure(exec: Executor, city: GeneratedCity, plan: CityPlan): Promise<void> {
  const random = createRandom(`youyu-demo/${plan.city}/prepayments/${city.demoInstitutionId}`);
  const institutionsById = new Map(city.institutions.map((i) => [i.id, i]));
  const classTypeOf = new Map(city.classes.map((c) => [c.id, c.classType as ClassType]));
  const feeOf = new Map(city.fees.map((f) => [`${f.institutionId}/${f.classType}`, f.monthlyFeeFen as number]));
  const enrolledAt = new Map<string, ChildPlain[]>();
  for (const child of city.children) if (child.status === 'enrolled' && child.institutionId) enrolledAt.set(child.institutionId, [...(enrolledAt.get(child.institutionId) ?? []), child]);
  const closing = closingInstitution(city, plan, enrolledAt);

  const rows: (typeof prepayments.$inferInsert)[] = [];
  for (const [institutionId, enrolled] of enrolledAt) {
    const institution = institutionsById.get(institutionId)!;
    if (institution.filingStatus !== 'filed' || !PRIVATELY_RUN.has(institution.ownership)) continue;
    const share = institution === closing ? PREPAID_SHARE_AT_CLOSING : PREPAID_SHARE;
    for (const child of enrolled) {
      const fee = feeOf.get(`${institutionId}/${classTypeOf.get(child.classId!)}`);
      if (fee && random.chance(share)) rows.push(prepaymentFor(random, child, institution, fee));
    }
  }
  await bulkInsert(exec, prepayments, rows);
  if (closing) {
    await insertClosureCase(exec, { institutionId: closing.id, districtCode: closing.districtCode, subdistrictCode: closing.subdistrictCode, reason: '举办者因经营困难申请停止办托，租赁场地 8 月到期', plannedDate: addDays(REFERENCE_DATE, 31) });
  }
}
