import { describe, expect, it } from 'vitest';
import { impliedKind, registrationRuleProblems } from './registration-rules.ts';

const base = { legalNature: 'forProfit', registrar: 'marketRegulation', name: '小太阳托育有限公司', businessScope: '托育服务(不含幼儿园、托儿所)' } as const;
const codes = (input: Parameters<typeof registrationRuleProblems>[0]) => registrationRuleProblems(input).map((p) => p.code);

describe('who registers what (REG-1, REG-13, REG-14)', () => {
  it('accepts the registrations the rules describe, brackets half- or full-width', () => {
    expect(codes(base)).toEqual([]);
    expect(codes({ legalNature: 'nonProfit', registrar: 'civilAffairs', name: '社区托育中心' })).toEqual([]);
    expect(codes({ legalNature: 'nonProfit', registrar: 'staffingOffice', name: '区托育综合服务中心', kind: 'districtCentre' })).toEqual([]);
    expect(codes({ legalNature: 'nonProfit', registrar: 'education', name: '第一幼儿园', kind: 'kindergartenClass' })).toEqual([]);
    expect(codes({ ...base, kind: 'familyPoint', name: '王家托育点', businessScope: '家庭托育服务' })).toEqual([]);
  });

  it('names each broken rule', () => {
    expect(codes({ ...base, registrar: 'civilAffairs' })).toEqual(['registrarOfForProfit']);
    expect(codes({ legalNature: 'nonProfit', registrar: 'marketRegulation', name: '托育' })).toEqual(['registrarOfNonProfit']);
    expect(codes({ ...base, kind: 'kindergartenClass' })).toEqual(['registrarOfKindergartenClass']);
    expect(codes({ legalNature: 'nonProfit', registrar: 'education', name: '托育', kind: 'communityPoint' })).toEqual(['kindOfEducationRegistrar']);
    expect(codes({ ...base, businessScope: '婴幼儿照护' })).toEqual(['forProfitScope']);
    expect(codes({ ...base, kind: 'familyPoint', name: '王家小院', businessScope: '婴幼儿照护' })).toEqual(['familyPointScope', 'familyPointName']);
  });

  it('implies the kind the registrar does not give', () => {
    expect(impliedKind({ registrar: 'education' })).toBe('kindergartenClass');
    expect(impliedKind({ registrar: 'marketRegulation', businessScope: '家庭托育服务' })).toBe('familyPoint');
    expect(impliedKind({ registrar: 'civilAffairs' })).toBe('socialCapital');
    expect(impliedKind({ registrar: 'civilAffairs', kind: 'communityPoint' })).toBe('communityPoint');
  });
});
