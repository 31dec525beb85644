import type { ClassType } from '@youyu/contracts';
import type { Executor } from '../platform/db/index.ts';
import { resolvePolicy } from '../modules/policies/index.ts';
import type { DemoRules } from './types.ts';

// The national rule set (rules.md), used where a profile leaves a key unset. The mixed class has
// no national carer ratio; 1:6 is the example a city may set.
const FALLBACK: DemoRules = {
  maxClassSize: { infantClass: 10, toddlerClass: 15, twosClass: 20, mixedClass: 18 },
  childrenPerCarer: { infantClass: 3, toddlerClass: 5, twosClass: 7, mixedClass: 6 },
  familyPointMaxChildren: 5,
  familyPointChildrenPerCarer: 3,
  publicFeeCapShare: null,
};

const PREFIX: Record<ClassType, string> = { infantClass: 'infant', toddlerClass: 'toddler', twosClass: 'twos', mixedClass: 'mixed' };

const asNumber = (value: unknown, fallback: number) => (typeof value === 'number' && value > 0 ? value : fallback);
/** "1:7" → 7 children per carer. */
const perCarer = (value: unknown, fallback: number) => (typeof value === 'string' && /^1:\d+(\.\d+)?$/.test(value) ? Number(value.slice(2)) : fallback);

/** The class sizes, carer ratios and fee cap in force for the city, from its policy profile. */
export async function loadDemoRules(exec: Executor, cityCode: string): Promise<DemoRules> {
  const { values } = await resolvePolicy(exec, cityCode);
  const value = (key: string) => values[key]?.value;
  const byClass = <T>(make: (type: ClassType) => T) => Object.fromEntries((Object.keys(PREFIX) as ClassType[]).map((t) => [t, make(t)])) as Record<ClassType, T>;
  const capPercent = value('fees.publicFeeCapShareOfIncome');
  return {
    maxClassSize: byClass((t) => asNumber(value(`classRules.${PREFIX[t]}MaxSize`), FALLBACK.maxClassSize[t])),
    childrenPerCarer: byClass((t) => perCarer(value(`classRules.${PREFIX[t]}CarerRatio`), FALLBACK.childrenPerCarer[t])),
    familyPointMaxChildren: asNumber(value('familyPoint.maxChildren'), FALLBACK.familyPointMaxChildren),
    familyPointChildrenPerCarer: perCarer(value('familyPoint.carerRatio'), FALLBACK.familyPointChildrenPerCarer),
    publicFeeCapShare: typeof capPercent === 'number' ? capPercent / 100 : FALLBACK.publicFeeCapShare,
  };
}
