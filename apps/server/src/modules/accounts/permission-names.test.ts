import { describe, expect, it } from 'vitest';
import { permissionCatalogue, roles, departments } from '@youyu/contracts';
import { locales, translate } from '@youyu/i18n';

// The roles page lists every permission by name and description: a new key needs both, in auth.ts.
describe('names for the admin pages', () => {
  it.each(locales)('names and describes every permission of the catalogue (%s)', (locale) => {
    for (const { key } of permissionCatalogue) {
      expect(translate(locale, `auth:permissions.${key}.name`), key).not.toMatch(/^auth:/);
      expect(translate(locale, `auth:permissions.${key}.description`), key).not.toMatch(/^auth:/);
    }
  });

  it.each(locales)('names every role and department (%s)', (locale) => {
    for (const role of roles) expect(translate(locale, `auth:roles.${role}`)).not.toMatch(/^auth:/);
    for (const department of departments) expect(translate(locale, `auth:departments.${department}`)).not.toMatch(/^auth:/);
  });
});
