import { describe, expect, it } from 'vitest';
import type { ResolvedPolicyValue } from '@youyu/contracts';
import { classRuleViolations } from './class-rules.ts';

const basis = { document: '托育机构设置标准（试行）', article: '第19—20条', isSecondHand: true, note: null, noteKey: null };
const value = (v: number): ResolvedPolicyValue => ({ value: v, basis, level: 'national', jurisdictionCode: 'national', versionId: null, loosensReason: null });
const values = { 'classRules.infantMaxSize': value(10), 'classRules.toddlerMaxSize': value(15), 'classRules.twosMaxSize': value(20), 'classRules.mixedMaxSize': value(18), 'familyPoint.maxChildren': value(5) };

describe('class-size rules from the resolved policy', () => {
  it('passes classes at their limits', () => {
    expect(classRuleViolations('socialCapital', [{ classType: 'infantClass', capacity: 10 }, { classType: 'twosClass', capacity: 20 }], values)).toEqual([]);
  });

  it('refuses a class over its limit, with the rule and its basis', () => {
    expect(classRuleViolations('communityPoint', [{ classType: 'toddlerClass', capacity: 12 }, { classType: 'toddlerClass', capacity: 16 }], values)).toEqual([
      { code: 'classTooLarge', classIndex: 1, classType: 'toddlerClass', capacity: 16, limit: 15, basis },
    ]);
  });

  it('follows a tightened city value, and ignores a rule no level sets', () => {
    const city = { ...values, 'classRules.twosMaxSize': { ...value(18), level: 'city' as const } };
    expect(classRuleViolations('socialCapital', [{ classType: 'twosClass', capacity: 19 }], city).map((v) => v.code)).toEqual(['classTooLarge']);
    const unset = { ...values, 'classRules.mixedMaxSize': { ...value(0), value: null } };
    expect(classRuleViolations('socialCapital', [{ classType: 'mixedClass', capacity: 40 }], unset)).toEqual([]);
  });

  it('keeps a family point at five children and a kindergarten class to twos classes', () => {
    expect(classRuleViolations('familyPoint', [{ classType: 'mixedClass', capacity: 3 }, { classType: 'mixedClass', capacity: 3 }], values)).toEqual([
      { code: 'familyPointTooLarge', places: 6, limit: 5, basis },
    ]);
    expect(classRuleViolations('kindergartenClass', [{ classType: 'toddlerClass', capacity: 10 }], values)).toEqual([{ code: 'kindergartenClassType', classIndex: 0, classType: 'toddlerClass' }]);
  });
});
