import type { Department, Role } from '@youyu/contracts';
import { translate, type Locale } from '@youyu/i18n';
import { roleName } from './names.ts';
import { DomainError, type FieldError } from '../../platform/errors/index.ts';
import { AuthErrors } from './accounts.errors.ts';
import { isAdminRole, isInstitutionRole } from './accounts.policy.ts';

export type RoleAttributes = { department?: Department | null; jurisdictionCode?: string | null; institutionId?: string | null };
export type Placement = { department: Department | null; jurisdictionCode: string | null; institutionId: string | null };

type Need = 'required' | 'optional' | 'absent';

/** What each role carries besides its name: regulators a department, institution roles an institution… */
function needsOf(role: Role): Record<keyof Placement, Need> {
  if (role === 'family') return { department: 'absent', jurisdictionCode: 'absent', institutionId: 'absent' };
  if (isAdminRole(role)) return { department: 'absent', jurisdictionCode: 'optional', institutionId: 'absent' };
  if (isInstitutionRole(role)) return { department: 'absent', jurisdictionCode: 'required', institutionId: 'required' };
  if (role === 'supervisor') return { department: 'optional', jurisdictionCode: 'required', institutionId: 'absent' };
  return { department: 'required', jurisdictionCode: 'required', institutionId: 'absent' };
}

/** The placement a role needs, or ROLE_ATTRIBUTES_INVALID naming each missing or misplaced field. */
export function placementFor(role: Role, attributes: RoleAttributes, locale: Locale): Placement {
  const placement: Placement = { department: attributes.department ?? null, jurisdictionCode: attributes.jurisdictionCode ?? null, institutionId: attributes.institutionId ?? null };
  const errors: FieldError[] = [];
  for (const [field, need] of Object.entries(needsOf(role)) as [keyof Placement, Need][]) {
    const value = placement[field];
    if (need === 'required' && !value) errors.push({ path: `body.${field}`, code: 'required' });
    if (need === 'absent' && value) errors.push({ path: `body.${field}`, code: 'notApplicable', message: translate(locale, 'auth:fieldErrors.notApplicable', { roleName: roleName(locale, role) }) });
  }
  if (errors.length > 0) throw new DomainError(AuthErrors.ROLE_ATTRIBUTES_INVALID, { roleName: roleName(locale, role) }, errors);
  return placement;
}
