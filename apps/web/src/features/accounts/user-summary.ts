import { useTranslation } from 'react-i18next';
import type { Me } from './types.ts';
import { useJurisdictionName } from '../jurisdictions/jurisdictions.ts';

/** "Role · department · jurisdiction" for headers and the account page. */
export function useUserSummary(me: Me): { role: string; department: string | null; jurisdiction: string | null; line: string } {
  const { t } = useTranslation();
  const role = t(`auth:roles.${me.role}`);
  const department = me.department ? t(`auth:departments.${me.department}`) : null;
  const jurisdiction = useJurisdictionName(me.jurisdictionCode);
  return { role, department, jurisdiction, line: [jurisdiction, department, role].filter(Boolean).join(' · ') };
}
