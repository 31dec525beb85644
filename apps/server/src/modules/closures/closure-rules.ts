import type { Executor } from '../../platform/db/index.ts';
import { resolvePolicy } from '../policies/index.ts';

/** The national floors, used where a profile leaves a value unset. */
const DEFAULT_MIXED_MIN_AGE_MONTHS = 18;
const DEFAULT_ACCEPTABLE_DISTANCE_METRES = 3000;

export type ClosureRules = { mixedMinAgeMonths: number; acceptableDistanceMetres: number };

/** The numbers closure handling uses, from the policy profile in force where the institution is. */
export async function closureRulesFor(exec: Executor, districtCode: string): Promise<ClosureRules> {
  const { values } = await resolvePolicy(exec, districtCode);
  const numberOf = (key: string, fallback: number) => {
    const value = values[key]?.value;
    return typeof value === 'number' ? value : fallback;
  };
  return {
    mixedMinAgeMonths: numberOf('classRules.mixedMinAgeMonths', DEFAULT_MIXED_MIN_AGE_MONTHS),
    acceptableDistanceMetres: numberOf('catchment.acceptableDistance', DEFAULT_ACCEPTABLE_DISTANCE_METRES),
  };
}
