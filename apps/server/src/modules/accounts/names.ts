import { translate, type Locale } from '@youyu/i18n';

/** Names for messages: error messages show a role or permission by name, not by code. */
export const roleName = (locale: Locale, role: string) => translate(locale, `auth:roles.${role}`);

export function permissionName(locale: Locale, key: string): string {
  const name = translate(locale, `auth:permissions.${key}.name`);
  // A key the catalogue has but the messages lack still reads as itself, not as a lookup path.
  return name.startsWith('auth:') ? key : name;
}
