import type { Executor } from '../../platform/db/index.ts';
import { numberInForce, resolvePolicy } from '../policies/index.ts';

/** The national floors, used where a profile leaves a value unset. */
const DEFAULT_MIXED_MIN_AGE_MONTHS = 18;
const DEFAULT_ACCEPTABLE_DISTANCE_METRES = 3000;

export type ClosureRules = { mixedMinAgeMonths: number; acceptableDistanceMetres: number };

/** The numbers closure handling uses, from the policy profile in force where the institution is. */
export async function closureRulesFor(exec: Executor, districtCode: string): Promise<ClosureRules> {
  const policies = await resolvePolicy(exec, districtCode);
  return {
    mixedMinAgeMonths: numberInForce(policies, 'classRules.mixedMinAgeMonths') ?? DEFAULT_MIXED_MIN_AGE_MONTHS,
    acceptableDistanceMetres: numberInForce(policies, 'catchment.acceptableDistance') ?? DEFAULT_ACCEPTABLE_DISTANCE_METRES,
  };
}
