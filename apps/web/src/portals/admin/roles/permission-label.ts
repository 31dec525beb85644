import { useTranslation } from 'react-i18next';

/**
 * A permission's name and description for people (the accounts catalogue names them all). Modules
 * add permissions over time; one without a label yet shows its key rather than nothing.
 */
export function usePermissionLabel() {
  const { t } = useTranslation();
  return {
    permission: (key: string) => t(`auth:permissions.${key}.name`, { defaultValue: key }),
    description: (key: string) => t(`auth:permissions.${key}.description`, { defaultValue: '' }),
    group: (group: string) => t(`admin:permissionGroups.${group}`, { defaultValue: group }),
  };
}
