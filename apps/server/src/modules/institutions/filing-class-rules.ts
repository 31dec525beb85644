import { ratioChildren, type ClassType, type InstitutionKind, type PolicyBasis, type ResolvedPolicyValue } from '@youyu/contracts';
import { classRuleViolations, maxSizeKeys, type ClassRuleViolation, type ClassSpec } from './class-rules.ts';

/**
 * The filing's view of the class rules: the size rules of class-rules.ts (refused as soon as a
 * class is saved) plus the carer ratios (设置标准 art. 19–20; 家庭托育点 1 carer per 3),
 * checked when a filing is submitted and kept once it is filed. Pure.
 */

/** A number in force and the document it rests on. */
export type Rule = { value: number; basis: PolicyBasis | null };

export type ClassRules = {
  values: Record<string, ResolvedPolicyValue>;
  maxSize: Record<ClassType, Rule | null>;
  childrenPerCarer: Record<ClassType, Rule | null>;
  familyPointChildrenPerCarer: Rule | null;
};

export type RuleViolation =
  | { code: 'CLASS_TOO_LARGE'; className: string; classType: ClassType; capacity: number; rule: Rule }
  | { code: 'FAMILY_POINT_TOO_MANY_CHILDREN'; places: number; rule: Rule }
  | { code: 'KINDERGARTEN_TWOS_ONLY'; className: string; classType: ClassType }
  | { code: 'CLASS_RATIO_NOT_MET'; className: string; classType: ClassType; capacity: number; caregivers: number; required: number; rule: Rule }
  | { code: 'FAMILY_POINT_RATIO_NOT_MET'; places: number; carers: number; required: number; rule: Rule };

const ratioKeys: Record<ClassType, string> = { infantClass: 'classRules.infantCarerRatio', toddlerClass: 'classRules.toddlerCarerRatio', twosClass: 'classRules.twosCarerRatio', mixedClass: 'classRules.mixedCarerRatio' };

function numberRule(resolved: ResolvedPolicyValue | undefined): Rule | null {
  return resolved && typeof resolved.value === 'number' ? { value: resolved.value, basis: resolved.basis } : null;
}

function ratioRule(resolved: ResolvedPolicyValue | undefined): Rule | null {
  const n = resolved && typeof resolved.value === 'string' ? ratioChildren(resolved.value) : null;
  return n && resolved ? { value: n, basis: resolved.basis } : null;
}

const byClassType = (read: (type: ClassType) => Rule | null) => Object.fromEntries((Object.keys(maxSizeKeys) as ClassType[]).map((type) => [type, read(type)])) as Record<ClassType, Rule | null>;

/** The rules in force, from a place's resolved policy values. */
export function classRulesFrom(values: Record<string, ResolvedPolicyValue>): ClassRules {
  return {
    values,
    maxSize: byClassType((type) => numberRule(values[maxSizeKeys[type]])),
    childrenPerCarer: byClassType((type) => ratioRule(values[ratioKeys[type]])),
    familyPointChildrenPerCarer: ratioRule(values['familyPoint.carerRatio']),
  };
}

export type PlannedClass = ClassSpec & { name: string };

function fromSizeRule(v: ClassRuleViolation, classes: readonly PlannedClass[]): RuleViolation {
  switch (v.code) {
    case 'classTooLarge':
      return { code: 'CLASS_TOO_LARGE', className: classes[v.classIndex]!.name, classType: v.classType, capacity: v.capacity, rule: { value: v.limit, basis: v.basis } };
    case 'familyPointTooLarge':
      return { code: 'FAMILY_POINT_TOO_MANY_CHILDREN', places: v.places, rule: { value: v.limit, basis: v.basis } };
    case 'kindergartenClassType':
      return { code: 'KINDERGARTEN_TWOS_ONLY', className: classes[v.classIndex]!.name, classType: v.classType };
  }
}

/** What a class plan may never be: size limits, a family point's total, kindergarten classes' age. */
export function checkClassPlan(kind: InstitutionKind, classes: readonly PlannedClass[], rules: ClassRules): RuleViolation[] {
  return classRuleViolations(kind, classes, rules.values).map((v) => fromSizeRule(v, classes));
}

export type StaffedClass = PlannedClass & { caregivers: number };

export function requiredCaregivers(capacity: number, rule: Rule | null): number {
  return rule ? Math.ceil(capacity / rule.value) : 0;
}

/**
 * Carer ratios: each class needs ceil(capacity / N) caregivers; a family point counts its carers
 * together (one home is one group).
 */
export function checkCarerRatios(kind: InstitutionKind, classes: readonly StaffedClass[], rules: ClassRules): RuleViolation[] {
  if (kind === 'familyPoint') {
    const rule = rules.familyPointChildrenPerCarer;
    const places = classes.reduce((sum, c) => sum + c.capacity, 0);
    const carers = classes.reduce((sum, c) => sum + c.caregivers, 0);
    const required = requiredCaregivers(places, rule);
    return rule && carers < required ? [{ code: 'FAMILY_POINT_RATIO_NOT_MET', places, carers, required, rule }] : [];
  }
  return classes.flatMap((c): RuleViolation[] => {
    const rule = rules.childrenPerCarer[c.classType];
    const required = requiredCaregivers(c.capacity, rule);
    return rule && c.caregivers < required ? [{ code: 'CLASS_RATIO_NOT_MET', className: c.name, classType: c.classType, capacity: c.capacity, caregivers: c.caregivers, required, rule }] : [];
  });
}
