import type { FilingChanges, FilingItem, FilingKind, FilingProblem, FilingSnapshot, HealthEvaluationRating, MaterialCategory, ResolvedPolicyValue } from '@youyu/contracts';
import { translate, type Locale } from '@youyu/i18n';
import { checkCarerRatios, checkClassPlan, formatBasis, institutionFacts, violationMessage, type ClassRules, type FilingFacts } from '../institutions/index.ts';

/**
 * The filing conditions (托育机构登记和备案办法 and the rules it points to), checked before an
 * application leaves the applicant: every problem with the item it concerns and a message that
 * cites the rule. Pure: the caller loads the facts, the rules and the materials.
 */
export type CheckInput = {
  kind: FilingKind;
  facts: FilingFacts;
  changes: FilingChanges | null;
  healthEvaluation: { rating: HealthEvaluationRating | null; issuedOn: string | null };
  materials: readonly MaterialCategory[];
  rules: ClassRules;
  today: string;
  locale: Locale;
};

/** A change filing's proposal laid over the registry: what would be filed. */
export function proposedFacts(facts: FilingFacts, changes: FilingChanges | null): FilingFacts {
  if (!changes) return facts;
  const institution = {
    ...facts.institution,
    ...(changes.location ? { address: changes.location.address, lat: changes.location.lat, lng: changes.location.lng, subdistrictCode: changes.location.subdistrictCode ?? facts.institution.subdistrictCode } : {}),
    ...(changes.premises ? { isPremisesOwned: changes.premises.tenure === 'owned', leaseEndDate: changes.premises.tenure === 'owned' ? null : changes.premises.leaseEndDate, floorAreaM2: changes.premises.floorAreaM2 } : {}),
    ...(changes.hasMeals !== undefined ? { hasMeals: changes.hasMeals } : {}),
  };
  const classes = changes.classes
    ? changes.classes.map((c) => ({ id: c.id ?? '', name: c.name, classType: c.classType, capacity: c.capacity, enrolled: facts.classes.find((k) => k.id === c.id)?.enrolled ?? 0, caregiverIds: c.caregiverIds }))
    : facts.classes;
  const staff = changes.directorStaffId
    ? facts.staff.map((s) => (s.id === changes.directorStaffId ? { ...s, role: 'director' as const } : s.role === 'director' ? { ...s, role: 'other' as const } : s))
    : facts.staff;
  return { ...facts, institution, classes, staff };
}

/** The materials an application needs: all of them first; for a change, those its changes touch. */
export function requiredMaterials(kind: FilingKind, facts: FilingFacts, changes: FilingChanges | null): MaterialCategory[] {
  if (kind === 'initial') return ['fireSafety', 'premisesProof', 'healthEvaluation', 'staffQualifications', ...(facts.institution.hasMeals ? (['foodLicence'] as const) : [])];
  const required = new Set<MaterialCategory>();
  if (changes?.location || changes?.premises) ['fireSafety', 'premisesProof', 'healthEvaluation'].forEach((c) => required.add(c as MaterialCategory));
  if (changes?.hasMeals === true && !facts.institution.hasMeals) required.add('foodLicence');
  if (changes?.directorStaffId) required.add('staffQualifications');
  return [...required];
}

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y + years}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const numberOf = (v: ResolvedPolicyValue | undefined) => (v && typeof v.value === 'number' ? v.value : null);

export function checkFiling(input: CheckInput): FilingProblem[] {
  const { kind, locale, rules } = input;
  const facts = proposedFacts(input.facts, input.changes);
  const i = facts.institution;
  const problems: FilingProblem[] = [];
  const add = (item: FilingItem, code: string, params: Record<string, unknown> = {}) => problems.push({ item, code, message: translate(locale, `filings:problems.${code}`, params) });

  if (kind === 'change' && !hasChanges(input.changes)) add('other', 'NO_CHANGES');
  if (kind === 'initial') {
    const missing = [!i.openingHours.trim() && 'openingHours', i.serviceModes.length === 0 && 'serviceModes'].filter((f): f is string => !!f);
    if (missing.length > 0) add('basics', 'BASICS_INCOMPLETE', { fields: missing.map((f) => translate(locale, `institutions:fields.${f}`)).join('、') });
    if (i.floorAreaM2 < 10) add('premises', 'FLOOR_AREA_IMPLAUSIBLE', { area: i.floorAreaM2 });
  }
  if (!i.isPremisesOwned) {
    const key = i.kind === 'familyPoint' ? 'familyPoint.premisesLeaseMinYears' : 'filing.premisesLeaseMinYears';
    const minYears = numberOf(rules.values[key]);
    if (minYears !== null && (!i.leaseEndDate || i.leaseEndDate < addYears(input.today, minYears))) {
      add('premises', 'LEASE_TOO_SHORT', { minYears, leaseEndDate: i.leaseEndDate ?? '—', basis: formatBasis(locale, rules.values[key]?.basis ?? null) });
    }
  }
  if (kind === 'initial' || input.changes?.classes) {
    if (facts.classes.length === 0) add('classes', 'NO_CLASSES');
    const staffed = facts.classes.map((c) => ({ ...c, caregivers: c.caregiverIds.length }));
    for (const v of [...checkClassPlan(i.kind, staffed, rules), ...checkCarerRatios(i.kind, staffed, rules)]) problems.push({ item: 'classes', code: v.code, message: violationMessage(locale, v) });
  }
  if (kind === 'initial') {
    const feeTypes = new Set(facts.fees.map((f) => f.classType));
    const unpriced = [...new Set(facts.classes.map((c) => c.classType))].filter((t) => !feeTypes.has(t));
    if (unpriced.length > 0) add('fees', 'FEES_MISSING', { classTypes: unpriced.map((t) => translate(locale, `institutions:classTypes.${t}`)).join('、') });
  }
  const directors = facts.staff.filter((s) => s.role === 'director');
  if (directors.length === 0) add('staff', 'NO_DIRECTOR');
  if (directors.length > 1) add('staff', 'SEVERAL_DIRECTORS', { names: directors.map((s) => s.name).join('、') });
  if (kind === 'initial' && i.kind !== 'familyPoint' && !facts.staff.some((s) => s.role === 'healthStaff')) {
    add('staff', 'NO_HEALTH_STAFF', { basis: formatBasis(locale, rules.values['workforce.healthStaffFullTimeThreshold']?.basis ?? null) });
  }

  const required = requiredMaterials(kind, input.facts, input.changes);
  for (const category of required) if (!input.materials.includes(category)) add(category as FilingItem, 'MATERIAL_MISSING', { category: translate(locale, `filings:materialCategories.${category}`) });
  if (required.includes('healthEvaluation')) {
    const { rating, issuedOn } = input.healthEvaluation;
    if (!rating) add('healthEvaluation', 'HEALTH_EVALUATION_MISSING');
    else if (rating !== 'qualified') add('healthEvaluation', 'HEALTH_EVALUATION_NOT_QUALIFIED');
    if (issuedOn && issuedOn > input.today) add('healthEvaluation', 'HEALTH_EVALUATION_IN_FUTURE', { issuedOn });
  }
  return problems;
}

export function hasChanges(changes: FilingChanges | null): boolean {
  return !!changes && Object.values(changes).some((v) => v !== undefined);
}

/** The institution as it is (or would be, for a change) filed: what the reviewer reviews and the receipt prints. */
export function snapshotOf(facts: FilingFacts): FilingSnapshot {
  const i = facts.institution;
  return {
    name: i.name,
    creditCode: i.creditCode,
    ...institutionFacts(i),
    places: facts.classes.reduce((sum, c) => sum + c.capacity, 0),
    classes: facts.classes.map((c) => ({ id: c.id || null, name: c.name, classType: c.classType, capacity: c.capacity, caregivers: c.caregiverIds.length })),
    fees: facts.fees,
    staff: facts.staff.map((s) => ({ id: s.id, name: s.name, role: s.role, idNumberMasked: s.idNumberMasked, certificates: s.certificates, trainingHours: s.trainingHours })),
  };
}
