import type { ClassType, InstitutionKind, PolicyBasis, ResolvedPolicyValue } from '@youyu/contracts';

/**
 * The class-size rules of a resolved policy (national, tightened by the city and district):
 * each class within its type's size limit, a family point within its total, and kindergarten
 * classes (幼儿园托班) taking 2–3-year-olds only (REG-13), so only twos classes.
 */
export type ClassSpec = { name?: string; classType: ClassType; capacity: number };

export type ClassRuleViolation =
  | { code: 'classTooLarge'; classIndex: number; classType: ClassType; capacity: number; limit: number; basis: PolicyBasis | null }
  | { code: 'familyPointTooLarge'; places: number; limit: number; basis: PolicyBasis | null }
  | { code: 'kindergartenClassType'; classIndex: number; classType: ClassType };

/** The policy key of each class type's size limit. */
export const maxSizeKeys: Record<ClassType, string> = {
  infantClass: 'classRules.infantMaxSize',
  toddlerClass: 'classRules.toddlerMaxSize',
  twosClass: 'classRules.twosMaxSize',
  mixedClass: 'classRules.mixedMaxSize',
};

const numberOf = (resolved: ResolvedPolicyValue | undefined) => (resolved && typeof resolved.value === 'number' ? resolved.value : null);

export function classRuleViolations(kind: InstitutionKind, classes: readonly ClassSpec[], values: Record<string, ResolvedPolicyValue>): ClassRuleViolation[] {
  const violations: ClassRuleViolation[] = [];
  classes.forEach((c, classIndex) => {
    if (kind === 'kindergartenClass' && c.classType !== 'twosClass') violations.push({ code: 'kindergartenClassType', classIndex, classType: c.classType });
    const resolved = values[maxSizeKeys[c.classType]];
    const limit = numberOf(resolved);
    if (limit !== null && c.capacity > limit) violations.push({ code: 'classTooLarge', classIndex, classType: c.classType, capacity: c.capacity, limit, basis: resolved?.basis ?? null });
  });
  const familyLimit = values['familyPoint.maxChildren'];
  const limit = numberOf(familyLimit);
  const places = classes.reduce((sum, c) => sum + c.capacity, 0);
  if (kind === 'familyPoint' && limit !== null && places > limit) violations.push({ code: 'familyPointTooLarge', places, limit, basis: familyLimit?.basis ?? null });
  return violations;
}
