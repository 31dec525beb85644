import { institutionKinds, type InstitutionKind } from '@youyu/contracts';
import type { CityPlan } from './city-plans.ts';
import { buildClasses, buildFees, type FeeContext } from './classes.ts';
import { IdNumberFactory } from './id-numbers.ts';
import { InstitutionRegistry, makeInstitution, type InstitutionSpec } from './institution.ts';
import { institutionPhone, PeopleFactory } from './people.ts';
import { createRandom, type Random } from './prng.ts';
import type { CaregiverAssignment, ClassRow, DemoRules, DistrictInput, FeeRow, GeneratedCity, InstitutionRow } from './types.ts';

export type GenerateInput = { plan: CityPlan; seed: number; districts: readonly DistrictInput[]; rules: DemoRules };

/** Whole numbers proportional to `weights` that add up to `total` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[order[k % order.length]![1]]! += 1;
  return counts;
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Where each institution goes and what kind it is: institutions spread over districts in
 * proportion to population, kinds in the city's shares, at most one district centre per district.
 * The demo institution comes first, in the demo subdistrict.
 */
function layOut(random: Random, plan: CityPlan, districts: readonly DistrictInput[]): InstitutionSpec[] {
  const populations = districts.map((d) => d.population);
  const perDistrict = apportion(plan.institutions, populations).map((n) => Math.max(1, n));
  const kindCounts = apportion(plan.institutions, institutionKinds.map((k) => plan.kinds[k].share));
  const centres = Math.min(kindCounts[institutionKinds.indexOf('districtCentre')]!, districts.length);
  const centreDistricts = new Set(shuffle(random, districts.map((d) => d.code)).slice(0, centres));
  const others = shuffle(random, institutionKinds.flatMap((kind, i) => (kind === 'districtCentre' ? [] : Array<InstitutionKind>(kindCounts[i]!).fill(kind))));
  const demoDistrict = districts.find((d) => d.code === plan.demo.districtCode) ?? districts[0]!;
  const demoSubdistrict = demoDistrict.subdistricts.find((s) => s.code === plan.demo.subdistrictCode) ?? demoDistrict.subdistricts[0]!;
  others.splice(others.indexOf('socialCapital'), 1);
  const specs: InstitutionSpec[] = [{ kind: 'socialCapital', district: demoDistrict, subdistrict: demoSubdistrict, ownership: 'privateWithPublicAid', isInclusive: true, filingStatus: 'filed' }];
  districts.forEach((district, d) => {
    const slots = perDistrict[d]! - (district === demoDistrict ? 1 : 0);
    for (let s = 0; s < slots; s++) {
      const kind = s === 0 && centreDistricts.has(district.code) ? 'districtCentre' : (others.pop() ?? 'socialCapital');
      specs.push({ kind, district, subdistrict: random.pick(district.subdistricts) });
    }
  });
  return specs;
}

/** Target places per institution, scaled so that the city's total matches the plan. */
function targetPlaces(random: Random, plan: CityPlan, specs: readonly InstitutionSpec[], rules: DemoRules): number[] {
  const raw = specs.map((s) => (s.kind === 'familyPoint' ? random.int(3, rules.familyPointMaxChildren) : plan.kinds[s.kind].meanPlaces * random.around(1, 0.6, 0.4, 2.2)));
  const fixed = specs.reduce((sum, s, i) => sum + (s.kind === 'familyPoint' ? raw[i]! : 0), 0);
  const scalable = raw.reduce((sum, x, i) => sum + (specs[i]!.kind === 'familyPoint' ? 0 : x), 0);
  const scale = (plan.places - fixed) / scalable;
  return raw.map((x, i) => (specs[i]!.kind === 'familyPoint' ? x : Math.max(6, Math.round(x * scale))));
}

function feeContexts(plan: CityPlan, districts: readonly DistrictInput[], rules: DemoRules): Map<string, FeeContext> {
  const incomes = districts.map((d) => d.householdIncomeFen).filter((x): x is number => x !== null && x > 0);
  const meanIncome = incomes.length > 0 ? incomes.reduce((a, b) => a + b, 0) / incomes.length : null;
  return new Map(
    districts.map((d) => {
      const income = d.householdIncomeFen ?? meanIncome;
      const level = income && meanIncome ? (income / meanIncome) ** 0.8 : 1;
      const publicCapFen = income && rules.publicFeeCapShare !== null ? Math.floor((income * rules.publicFeeCapShare) / 12) : null;
      return [d.code, { marketFeeFen: plan.marketFeeFen * level, publicCapFen }];
    }),
  );
}

/** The demo city as plain rows: deterministic for a plan, a seed, the districts and the rules. */
export function generateCity({ plan, seed, districts: unsorted, rules }: GenerateInput): GeneratedCity {
  const districts = [...unsorted].sort((a, b) => (a.code < b.code ? -1 : 1)).map((d) => ({ ...d, subdistricts: [...d.subdistricts].sort((a, b) => (a.code < b.code ? -1 : 1)) }));
  if (districts.length === 0 || districts.some((d) => d.subdistricts.length === 0)) throw new Error(`${plan.city}: every district needs its subdistricts; import the jurisdictions first`);
  const root = createRandom(`youyu-demo/${plan.city}/${seed}`);
  const specs = layOut(root.fork('layout'), plan, districts);
  const targets = targetPlaces(root.fork('places'), plan, specs, rules);
  const fees = feeContexts(plan, districts, rules);
  const random = root.fork('registry');
  const registry = new InstitutionRegistry(random, plan);
  const people = new PeopleFactory(root.fork('people'), plan, new IdNumberFactory(root.fork('id-numbers'), districts.map((d) => d.code)));
  const result = { institutions: [] as InstitutionRow[], classes: [] as ClassRow[], fees: [] as FeeRow[], classCaregivers: [] as CaregiverAssignment[] };

  specs.forEach((spec, index) => {
    const director = people.directorName();
    const institution = makeInstitution(random, plan, registry, spec, { name: director.name, phone: institutionPhone(index) }, targets[index]!);
    const classes = buildClasses(random, institution, targets[index]!, rules);
    result.institutions.push(institution);
    result.classes.push(...classes);
    result.fees.push(...buildFees(random, institution, [...new Set(classes.map((c) => c.classType!))], fees.get(spec.district.code)!));
    result.classCaregivers.push(...staffInstitution(random, people, institution, classes, rules, director, result.institutions));
    enrolChildren(random, plan, people, institution, classes, index === 0);
  });
  return { ...result, staff: people.staff, children: people.children, families: people.families, demoInstitutionId: result.institutions[0]!.id, demoFamilyId: people.families[0]!.id };
}

/**
 * A director, caregivers by the carer ratio of each class (each assigned to its class), health
 * staff and others. Answers the caregivers' class assignments.
 */
function staffInstitution(random: Random, people: PeopleFactory, institution: InstitutionRow, classes: readonly ClassRow[], rules: DemoRules, director: { name: string; sex: 'male' | 'female' }, earlier: readonly InstitutionRow[]): CaregiverAssignment[] {
  people.addStaff(institution, 'director', director);
  const places = classes.reduce((sum, c) => sum + c.capacity!, 0);
  const carersOf = (klass: ClassRow) =>
    institution.kind === 'familyPoint'
      ? Math.ceil(places / rules.familyPointChildrenPerCarer) - 1 // the director cares too
      : Math.ceil(klass.capacity! / rules.childrenPerCarer[klass.classType!]);
  const assignments: CaregiverAssignment[] = [];
  // A family point has one group: its carers all work in the first class.
  for (const klass of institution.kind === 'familyPoint' ? classes.slice(0, 1) : classes) {
    for (let i = 0; i < carersOf(klass); i++) {
      const caregiver = people.addStaff(institution, 'caregiver');
      if (earlier.length > 1 && random.chance(0.02)) people.addEarlierJob(caregiver, random.pick(earlier.slice(0, -1)));
      assignments.push({ classId: klass.id, staffId: caregiver.id, institutionId: institution.id, districtCode: institution.districtCode!, subdistrictCode: institution.subdistrictCode! });
    }
  }
  if (institution.kind === 'familyPoint') return assignments;
  for (let i = 0; i < (places >= 150 ? 2 : 1); i++) people.addStaff(institution, 'healthStaff');
  for (let i = random.int(institution.hasMeals ? 1 : 0, institution.hasMeals ? 2 : 1); i > 0; i--) people.addStaff(institution, 'other');
  return assignments;
}

/** Children up to each class's capacity at the institution's utilisation; none while suspended. */
function enrolChildren(random: Random, plan: CityPlan, people: PeopleFactory, institution: InstitutionRow, classes: readonly ClassRow[], isDemo: boolean) {
  if (institution.filingStatus === 'suspended') return;
  const utilisation = isDemo ? 0.8 : random.around(plan.utilisation, 0.5, 0.05, 1);
  for (const klass of classes) {
    const enrolled = Math.min(klass.capacity!, Math.round(klass.capacity! * random.around(utilisation, 0.25, 0, 1)));
    for (let i = 0; i < (isDemo ? Math.max(1, enrolled) : enrolled); i++) people.enrol(institution, klass);
  }
}
