import { FAMILY_POINT_SCOPE, FOR_PROFIT_SCOPE, type InstitutionKind, type LegalNature, type Registrar } from '@youyu/contracts';

/**
 * Who registers what (REG-1, REG-14): for-profit institutions with market regulation, their
 * business scope carrying 托育服务（不含幼儿园、托儿所）; non-profit ones with civil affairs or the
 * staffing office; kindergarten classes through education; a family point's name says 托育 and its
 * scope 家庭托育服务. Pure, so a push, an uploaded batch and the bulk import judge alike.
 */
export type RegistrationRuleProblem = {
  field: 'registrar' | 'kind' | 'businessScope' | 'name';
  code: 'registrarOfForProfit' | 'registrarOfNonProfit' | 'registrarOfKindergartenClass' | 'kindOfEducationRegistrar' | 'forProfitScope' | 'familyPointScope' | 'familyPointName';
  params: Record<string, string>;
};

export type RegistrationRuleInput = { legalNature: LegalNature; registrar: Registrar; kind?: InstitutionKind | null; name: string; businessScope?: string | null };

/** Full-width brackets, spaces and the like do not make a scope differ. */
const comparable = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

export function registrationRuleProblems(input: RegistrationRuleInput): RegistrationRuleProblem[] {
  const problems: RegistrationRuleProblem[] = [];
  const { legalNature, registrar, kind } = input;
  if (kind === 'kindergartenClass' && registrar !== 'education') problems.push({ field: 'registrar', code: 'registrarOfKindergartenClass', params: {} });
  else if (registrar === 'education' && kind && kind !== 'kindergartenClass') problems.push({ field: 'kind', code: 'kindOfEducationRegistrar', params: {} });
  else if (registrar !== 'education' && legalNature === 'forProfit' && registrar !== 'marketRegulation') problems.push({ field: 'registrar', code: 'registrarOfForProfit', params: {} });
  else if (registrar !== 'education' && legalNature === 'nonProfit' && registrar === 'marketRegulation') problems.push({ field: 'registrar', code: 'registrarOfNonProfit', params: {} });

  const scope = input.businessScope == null ? null : comparable(input.businessScope);
  if (kind === 'familyPoint') {
    if (scope !== null && !scope.includes(comparable(FAMILY_POINT_SCOPE))) problems.push({ field: 'businessScope', code: 'familyPointScope', params: { scope: FAMILY_POINT_SCOPE } });
    if (!input.name.includes('托育')) problems.push({ field: 'name', code: 'familyPointName', params: {} });
  } else if (legalNature === 'forProfit' && scope !== null && !scope.includes(comparable(FOR_PROFIT_SCOPE))) {
    problems.push({ field: 'businessScope', code: 'forProfitScope', params: { scope: FOR_PROFIT_SCOPE } });
  }
  return problems;
}

/**
 * The kind a registration implies when the registrar does not say: education registers
 * kindergarten classes, the family-point scope marks a family point; otherwise an institution run
 * by social capital until the filing says more.
 */
export function impliedKind(input: { registrar: Registrar; kind?: InstitutionKind | null; businessScope?: string | null }): InstitutionKind {
  if (input.kind) return input.kind;
  if (input.registrar === 'education') return 'kindergartenClass';
  if (input.businessScope && comparable(input.businessScope).includes(comparable(FAMILY_POINT_SCOPE))) return 'familyPoint';
  return 'socialCapital';
}
