import type { ClassType, InstitutionKind, ServiceMode } from '@youyu/contracts';
import type { Random } from './prng.ts';
import type { ClassRow, DemoRules, FeeRow, InstitutionRow } from './types.ts';

const LABEL: Record<ClassType, string> = { infantClass: '乳儿', toddlerClass: '托小', twosClass: '托大', mixedClass: '混龄' };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** How places split over age groups when an institution has all of them. */
function groupShares(random: Random, kind: InstitutionKind, places: number): Partial<Record<ClassType, number>> {
  if (kind === 'kindergartenClass') return { twosClass: 1 }; // kindergarten classes take 2–3-year-olds only
  if (kind === 'familyPoint' || places < 20) return { mixedClass: 1 };
  const hasInfants = places >= 40 && random.chance(0.35);
  return hasInfants ? { infantClass: 0.12, toddlerClass: 0.38, twosClass: 0.5 } : { toddlerClass: 0.42, twosClass: 0.58 };
}

/**
 * Classes for about `targetPlaces` places, each within its type's maximum size (and a family
 * point within its maximum number of children). Capacities are the places.
 */
export function buildClasses(random: Random, institution: InstitutionRow, targetPlaces: number, rules: DemoRules): ClassRow[] {
  const kind = institution.kind;
  const classes: ClassRow[] = [];
  const shares = groupShares(random, kind, targetPlaces);
  for (const [classType, share] of Object.entries(shares) as [ClassType, number][]) {
    const max = kind === 'familyPoint' ? Math.min(rules.familyPointMaxChildren, rules.maxClassSize[classType]) : rules.maxClassSize[classType];
    const groupPlaces = Math.max(1, Math.round(targetPlaces * share));
    const count = Math.ceil(groupPlaces / max);
    const capacity = Math.min(max, Math.max(kind === 'familyPoint' ? 1 : 3, Math.round(groupPlaces / count)));
    for (let i = 0; i < count; i++) {
      classes.push({
        id: random.uuid(),
        institutionId: institution.id,
        name: `${LABEL[classType]}${count > 1 ? NUMERALS[i] ?? String(i + 1) : ''}班`,
        classType,
        capacity,
        districtCode: institution.districtCode,
        subdistrictCode: institution.subdistrictCode,
        createdAt: institution.createdAt,
        updatedAt: institution.createdAt,
      });
    }
  }
  return classes;
}

const CLASS_FACTOR: Record<ClassType, number> = { infantClass: 1.25, toddlerClass: 1.1, twosClass: 1, mixedClass: 1.05 };
// Monthly packages: half days, a block of hours, occasional days.
const MODE_FACTOR: Record<ServiceMode, number> = { fullDay: 1, halfDay: 0.6, hourly: 0.35, temporary: 0.45 };
const roundToTenYuan = (fen: number) => Math.max(1000, Math.round(fen / 1000) * 1000);

export type FeeContext = {
  /** Full-day market fee of a twos class in this district, fen per month. */
  marketFeeFen: number;
  /** The public fee cap of this district, fen per month per child; null when the city sets none. */
  publicCapFen: number | null;
};

/**
 * Monthly fees per class type × service mode: market prices for private institutions, about half
 * for inclusive ones (guided prices), and for public ones a share of the cap that never exceeds it.
 */
export function buildFees(random: Random, institution: InstitutionRow, classTypes: readonly ClassType[], context: FeeContext): FeeRow[] {
  const level = institution.ownership === 'public' ? random.around(0.75, 0.25, 0.5, 0.95) : institution.isInclusive ? random.around(0.5, 0.2, 0.35, 0.7) : random.around(1, 0.5, 0.6, 1.7);
  const fees: FeeRow[] = [];
  for (const classType of classTypes) {
    for (const serviceMode of institution.serviceModes ?? []) {
      let fee = roundToTenYuan(context.marketFeeFen * level * CLASS_FACTOR[classType] * MODE_FACTOR[serviceMode]);
      if (institution.ownership === 'public' && context.publicCapFen !== null) {
        const capInTenYuan = Math.floor(context.publicCapFen / 1000) * 1000;
        fee = Math.min(fee, roundToTenYuan(capInTenYuan * level * MODE_FACTOR[serviceMode]), capInTenYuan);
      }
      fees.push({ institutionId: institution.id, classType, serviceMode, monthlyFeeFen: fee, districtCode: institution.districtCode, subdistrictCode: institution.subdistrictCode });
    }
  }
  return fees;
}
