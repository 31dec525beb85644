import { describe, expect, it } from 'vitest';
import type { ResolvedPolicyValue } from '@youyu/contracts';
import type { ClassRules } from '../institutions/index.ts';
import { checkFiling, requiredMaterials, type CheckInput } from './filing-check.ts';

type Facts = CheckInput['facts'];

const basis = (document: string) => ({ document, article: null, isSecondHand: false, note: null, noteKey: null });
const value = (v: number | string, document = '国家规定'): ResolvedPolicyValue => ({ value: v, basis: basis(document), level: 'national', jurisdictionCode: 'national', versionId: null, loosensReason: null });

/** The national numbers of rules.md, as a resolved profile gives them. */
const values: Record<string, ResolvedPolicyValue> = {
  'classRules.twosMaxSize': value(20),
  'classRules.twosCarerRatio': value('1:7'),
  'classRules.toddlerMaxSize': value(15),
  'classRules.toddlerCarerRatio': value('1:5'),
  'familyPoint.maxChildren': value(5, '家庭托育点管理办法（试行）'),
  'familyPoint.carerRatio': value('1:3', '家庭托育点管理办法（试行）'),
  'filing.premisesLeaseMinYears': value(3, '托育机构设置标准（试行）'),
  'familyPoint.premisesLeaseMinYears': value(3, '家庭托育点管理办法（试行）'),
  'workforce.healthStaffFullTimeThreshold': value(150, '托儿所幼儿园卫生保健管理办法'),
};
const rules: ClassRules = {
  values,
  maxSize: { infantClass: null, toddlerClass: { value: 15, basis: null }, twosClass: { value: 20, basis: null }, mixedClass: null },
  childrenPerCarer: { infantClass: null, toddlerClass: { value: 5, basis: basis('设置标准') }, twosClass: { value: 7, basis: basis('设置标准') }, mixedClass: null },
  familyPointChildrenPerCarer: { value: 3, basis: basis('家庭托育点管理办法（试行）') },
};

const person = (id: string, role: Facts['staff'][number]['role']) => ({ id, role, name: `人员${id}`, status: 'active', idNumberMasked: '110105********1234' }) as Facts['staff'][number];

function facts(overrides: Partial<Facts['institution']> = {}, parts: Partial<Omit<Facts, 'institution'>> = {}): Facts {
  return {
    institution: { kind: 'socialCapital', openingHours: '8:00–17:00', serviceModes: ['fullDay'], floorAreaM2: 300, isPremisesOwned: true, leaseEndDate: null, hasMeals: false, ...overrides } as Facts['institution'],
    classes: parts.classes ?? [{ id: 'c1', name: '托大一班', classType: 'twosClass', capacity: 14, enrolled: 0, caregiverIds: ['k1', 'k2'] }],
    fees: parts.fees ?? [{ classType: 'twosClass', serviceMode: 'fullDay', monthlyFeeFen: 300_000 }],
    staff: parts.staff ?? [person('d', 'director'), person('h', 'healthStaff'), person('k1', 'caregiver'), person('k2', 'caregiver')],
  };
}

const allMaterials = ['fireSafety', 'premisesProof', 'healthEvaluation', 'staffQualifications', 'foodLicence'] as const;
const check = (f: Facts, more: Partial<CheckInput> = {}) =>
  checkFiling({ kind: 'initial', facts: f, changes: null, healthEvaluation: { rating: 'qualified', issuedOn: '2025-01-01' }, materials: [...allMaterials], rules, today: '2025-06-01', locale: 'zh-CN', ...more });
const codes = (f: Facts, more: Partial<CheckInput> = {}) => check(f, more).map((p) => p.code);

describe('the filing conditions', () => {
  it('passes a complete institution', () => {
    expect(check(facts())).toEqual([]);
  });

  it('asks for a lease of at least three years, citing the standard', () => {
    const [problem] = check(facts({ isPremisesOwned: false, leaseEndDate: '2027-12-31' }));
    expect(problem).toMatchObject({ item: 'premises', code: 'LEASE_TOO_SHORT' });
    expect(problem!.message).toBe('租赁场地的租期应不少于 3 年，现租赁到期日为 2027-12-31（依据：托育机构设置标准（试行））。');
    expect(codes(facts({ isPremisesOwned: false, leaseEndDate: '2028-06-01' }))).toEqual([]);
  });

  it('needs the carer ratio of every class, and of a family point as a whole', () => {
    const understaffed = facts({}, { classes: [{ id: 'c1', name: '托大一班', classType: 'twosClass', capacity: 20, enrolled: 0, caregiverIds: ['k1', 'k2'] }] });
    expect(check(understaffed)[0]!.message).toBe('「托大一班」额定 20 人，按保育人员与幼儿 1:7 的比例至少需要 3 名保育人员，现有 2 名（依据：设置标准）。');
    const home = facts({ kind: 'familyPoint' }, { classes: [{ id: 'c1', name: '家庭组', classType: 'mixedClass', capacity: 5, enrolled: 0, caregiverIds: ['k1'] }], fees: [{ classType: 'mixedClass', serviceMode: 'fullDay', monthlyFeeFen: 1 }] });
    expect(codes(home)).toEqual(['FAMILY_POINT_RATIO_NOT_MET']);
    expect(check(home)[0]!.message).toContain('至少需要 2 名照护人员，现有 1 名（依据：家庭托育点管理办法（试行））');
  });

  it('needs one director and, outside family points, a health worker', () => {
    expect(codes(facts({}, { staff: [person('h', 'healthStaff'), person('k1', 'caregiver'), person('k2', 'caregiver')] }))).toEqual(['NO_DIRECTOR']);
    expect(codes(facts({}, { staff: [person('d', 'director'), person('e', 'director'), person('h', 'healthStaff'), person('k1', 'caregiver'), person('k2', 'caregiver')] }))).toEqual(['SEVERAL_DIRECTORS']);
    expect(check(facts({}, { staff: [person('d', 'director'), person('k1', 'caregiver'), person('k2', 'caregiver')] }))[0]).toMatchObject({ code: 'NO_HEALTH_STAFF', message: '须配备至少一名卫生保健人员（依据：托儿所幼儿园卫生保健管理办法）。' });
  });

  it('needs every material, a food licence only where meals are made, and a health evaluation rated 合格', () => {
    expect(requiredMaterials('initial', facts(), null)).not.toContain('foodLicence');
    expect(requiredMaterials('initial', facts({ hasMeals: true }), null)).toContain('foodLicence');
    expect(codes(facts(), { materials: ['fireSafety'] })).toEqual(['MATERIAL_MISSING', 'MATERIAL_MISSING', 'MATERIAL_MISSING']);
    expect(codes(facts(), { healthEvaluation: { rating: 'unqualified', issuedOn: '2025-01-01' } })).toEqual(['HEALTH_EVALUATION_NOT_QUALIFIED']);
    expect(codes(facts(), { healthEvaluation: { rating: null, issuedOn: null } })).toEqual(['HEALTH_EVALUATION_MISSING']);
    expect(codes(facts(), { healthEvaluation: { rating: 'qualified', issuedOn: '2025-07-01' } })).toEqual(['HEALTH_EVALUATION_IN_FUTURE']);
  });

  it('asks for what the registrar left open, classes, and fees for every class type', () => {
    expect(codes(facts({ openingHours: '', serviceModes: [], floorAreaM2: 1 }))).toEqual(['BASICS_INCOMPLETE', 'FLOOR_AREA_IMPLAUSIBLE']);
    expect(codes(facts({}, { classes: [] }))).toEqual(['NO_CLASSES']);
    expect(codes(facts({}, { fees: [] }))).toEqual(['FEES_MISSING']);
  });

  it('checks a change filing as it would be filed, asking only for the materials its changes touch', () => {
    const base = { kind: 'change' as const };
    expect(codes(facts(), { ...base, changes: {} })).toEqual(['NO_CHANGES']);
    const bigger = { classes: [{ id: 'c1', name: '托大一班', classType: 'twosClass' as const, capacity: 21, caregiverIds: ['k1', 'k2'] }] };
    expect(codes(facts(), { ...base, changes: bigger, materials: [] })).toEqual(['CLASS_TOO_LARGE', 'CLASS_RATIO_NOT_MET']);
    expect(requiredMaterials('change', facts(), { directorStaffId: 'k1' })).toEqual(['staffQualifications']);
    expect(requiredMaterials('change', facts(), { hasMeals: true })).toEqual(['foodLicence']);
    expect(requiredMaterials('change', facts(), { premises: { tenure: 'owned', leaseEndDate: null, floorAreaM2: 400 } })).toEqual(['fireSafety', 'premisesProof', 'healthEvaluation']);
  });
});
