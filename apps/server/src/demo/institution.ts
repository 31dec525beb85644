import { creditCodeCheckCharacter, CREDIT_CODE_ALPHABET, type FilingStatus, type Grade, type InstitutionKind, type Ownership, type ServiceMode } from '@youyu/contracts';
import type { CityPlan } from './city-plans.ts';
import { REFERENCE_DATE } from './city-plans.ts';
import { addDays, daysBetween, instantOn } from './dates.ts';
import { samplePointIn } from './geo.ts';
import { brandName, communityName, employerName, NAME_WORDS, roadAddress, shortPlaceName } from './names.ts';
import type { Random } from './prng.ts';
import type { DistrictInput, InstitutionRow } from './types.ts';

export type InstitutionSpec = {
  kind: InstitutionKind;
  district: DistrictInput;
  subdistrict: { code: string; name: string };
  /** Forced facts (the demo institution); anything absent is drawn. */
  ownership?: Ownership;
  isInclusive?: boolean;
  filingStatus?: FilingStatus;
};

/** Registry-wide uniqueness and counters shared by every institution of one generated city. */
export class InstitutionRegistry {
  private readonly creditCodes = new Set<string>();
  private readonly names = new Set<string>();
  private readonly filingSequence = new Map<string, number>();
  readonly brands: string[];

  constructor(
    private readonly random: Random,
    private readonly plan: CityPlan,
  ) {
    this.brands = [...new Set(Array.from({ length: 14 }, () => brandName(random)))];
  }

  /** GB 32100 code: authority + category by legal form, the district as region, a check character. */
  creditCode(prefix: '12' | '52' | '91' | '92', districtCode: string): string {
    for (;;) {
      const digits = (n: number) => Array.from({ length: n }, () => String(this.random.int(0, 9))).join('');
      const letters = (n: number) => Array.from({ length: n }, () => CREDIT_CODE_ALPHABET[this.random.int(0, CREDIT_CODE_ALPHABET.length - 1)]).join('');
      const organisation = prefix === '12' ? `4${digits(8)}` : prefix === '52' ? `MJ${digits(7)}` : `MA0${letters(6)}`;
      const body = `${prefix}${districtCode}${organisation}`;
      const code = body + creditCodeCheckCharacter(body);
      if (!this.creditCodes.has(code)) {
        this.creditCodes.add(code);
        return code;
      }
    }
  }

  uniqueName(name: string): string {
    const ordinals = ['二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let candidate = name;
    for (let i = 0; this.names.has(candidate); i++) candidate = `${name}（${ordinals[i] ?? String(i + 2)}园）`;
    this.names.add(candidate);
    return candidate;
  }

  /** 京托备110105-2023-0007: abbreviation, district, year of filing, sequence in that district and year. */
  filingNumber(districtCode: string, year: string): string {
    const key = `${districtCode}-${year}`;
    const next = (this.filingSequence.get(key) ?? 0) + 1;
    this.filingSequence.set(key, next);
    return `${this.plan.abbreviation}托备${key}-${String(next).padStart(4, '0')}`;
  }
}

const HOURS = ['周一至周五 7:30–17:30', '周一至周五 8:00–17:00', '周一至周六 7:30–18:00', '周一至周五 8:00–18:00'];
const GRADES: Partial<Record<Grade, number>> = { A: 0.15, B: 0.5, C: 0.3, D: 0.05 };

function nameFor(random: Random, spec: InstitutionSpec, brand: string | null): string {
  const district = shortPlaceName(spec.district.name);
  const sub = shortPlaceName(spec.subdistrict.name);
  switch (spec.kind) {
    case 'kindergartenClass':
      return `${spec.district.name}${random.pick(NAME_WORDS)}幼儿园`;
    case 'communityPoint':
      return `${sub}${communityName(random)}托育点`;
    case 'employerPoint':
      return `${employerName(random, district)}职工托育园`;
    case 'familyPoint':
      return `${sub}${random.pick(NAME_WORDS)}家庭托育点`;
    case 'districtCentre':
      return `${spec.district.name}托育综合服务中心`;
    case 'socialCapital':
      return brand ? `${brand}托育（${sub}园）` : `${district}${random.pick(NAME_WORDS)}${random.pick(['托育中心', '托育园', '婴幼儿照护中心'])}`;
  }
}

/** Legal form by kind and ownership: who registers it, and the authority/category of its credit code. */
function legalForm(random: Random, kind: InstitutionKind, ownership: Ownership) {
  if (kind === 'familyPoint') return { prefix: '92', legalNature: 'forProfit', registrar: 'marketRegulation' } as const;
  if (ownership === 'public') return { prefix: '12', legalNature: 'nonProfit', registrar: kind === 'kindergartenClass' ? 'education' : 'staffingOffice' } as const;
  const isNonProfit = kind === 'kindergartenClass' || random.chance(ownership === 'private' ? 0.2 : 0.7);
  if (isNonProfit) return { prefix: '52', legalNature: 'nonProfit', registrar: kind === 'kindergartenClass' ? 'education' : 'civilAffairs' } as const;
  return { prefix: '91', legalNature: 'forProfit', registrar: 'marketRegulation' } as const;
}

function serviceModesFor(random: Random, kind: InstitutionKind): ServiceMode[] {
  if (kind === 'kindergartenClass') return ['fullDay'];
  const modes: ServiceMode[] = [];
  if (kind === 'familyPoint' || random.chance(0.95)) modes.push('fullDay');
  if (random.chance(0.3)) modes.push('halfDay');
  if (random.chance(0.2)) modes.push('hourly');
  if (random.chance(0.15)) modes.push('temporary');
  return modes.length > 0 ? modes : ['halfDay'];
}

/** One institution's registry record; places come later from its classes. */
export function makeInstitution(random: Random, plan: CityPlan, registry: InstitutionRegistry, spec: InstitutionSpec, contact: { name: string; phone: string }, targetPlaces: number): InstitutionRow {
  const kindPlan = plan.kinds[spec.kind];
  const ownership = spec.ownership ?? random.weighted(kindPlan.ownership);
  const isInclusive = spec.isInclusive ?? (ownership === 'public' || random.chance(kindPlan.inclusiveChance));
  const form = legalForm(random, spec.kind, ownership);
  const brand = spec.kind === 'socialCapital' && random.chance(0.3) ? random.pick(registry.brands) : null;
  const createdOn = addDays('2017-01-01', random.int(0, daysBetween('2017-01-01', REFERENCE_DATE) - 90));
  const filingStatus = spec.filingStatus ?? random.weighted(plan.filing);
  const isFiled = filingStatus === 'filed' || filingStatus === 'suspended';
  const filedOn = isFiled ? addDays(createdOn, random.int(30, Math.max(31, daysBetween(createdOn, REFERENCE_DATE) - 1))) : null;
  const isOwned = random.chance(ownership === 'public' ? 0.7 : 0.15);
  const modes = serviceModesFor(random, spec.kind);
  const createdAt = instantOn(createdOn, random.int(9, 17), random.int(0, 59));
  const filedAt = filedOn ? instantOn(filedOn, random.int(9, 17), random.int(0, 59)) : null;
  return {
    id: random.uuid(),
    name: registry.uniqueName(nameFor(random, spec, brand)),
    creditCode: registry.creditCode(form.prefix, spec.district.code),
    legalNature: form.legalNature,
    registrar: form.registrar,
    kind: spec.kind,
    ownership,
    isInclusive,
    brand,
    address: `${spec.district.name}${spec.subdistrict.name}${roadAddress(random)}`,
    ...samplePointIn(spec.district.shape, random),
    districtCode: spec.district.code,
    subdistrictCode: spec.subdistrict.code,
    contactName: contact.name,
    contactPhone: contact.phone,
    openingHours: spec.kind === 'kindergartenClass' ? '周一至周五 8:00–16:30' : random.pick(HOURS),
    serviceModes: modes,
    isPremisesOwned: isOwned,
    leaseEndDate: isOwned ? null : addDays(REFERENCE_DATE, random.int(180, 3650)),
    floorAreaM2: Math.round(spec.kind === 'familyPoint' ? random.around(90, 40, 50, 160) : 80 + targetPlaces * random.around(10, 4, 7, 16)),
    hasMeals: modes.includes('fullDay') && (spec.kind === 'kindergartenClass' || random.chance(0.9)),
    filingStatus,
    filingNumber: filedOn ? registry.filingNumber(spec.district.code, filedOn.slice(0, 4)) : null,
    filedAt,
    grade: isFiled && random.chance(0.45) ? random.weighted(GRADES) : null,
    createdAt,
    updatedAt: filedAt ?? createdAt,
    revision: 1,
  };
}
