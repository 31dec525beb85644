import { describe, expect, it } from 'vitest';
import { translate } from '@youyu/i18n';
import { roles } from '@youyu/contracts';
import { portalOfRole } from '../features/accounts/role-home.ts';
import { activeItemKey, itemHref, visibleNavigation, type PortalDefinition } from './navigation.ts';
import { adminPortal } from './admin/navigation.ts';
import { familyPortal } from './family/navigation.ts';
import { institutionPortal } from './institution/navigation.ts';
import { regulatorPortal } from './regulator/navigation.ts';

const portals: PortalDefinition[] = [familyPortal, institutionPortal, regulatorPortal, adminPortal];

describe('portal navigation', () => {
  it('shows administrators only the pages of their own duty', () => {
    const keys = (permissions: string[]) => visibleNavigation(adminPortal, permissions).map((i) => i.key);
    expect(keys(['users.read', 'users.manage'])).toEqual(['users', 'account']);
    expect(keys(['users.read', 'roles.manage', 'security.manage'])).toEqual(['users', 'roles', 'security', 'account']);
    expect(keys(['audit.read'])).toEqual(['audit', 'account']);
  });

  it('lights up the list entry on its detail pages, and the home entry only at home', () => {
    const items = visibleNavigation(adminPortal, ['users.read', 'audit.read']);
    expect(activeItemKey(adminPortal, items, '/admin/users/5d4c0f7e-8d2a-4b8e-9d7f-1f0a2b3c4d5e')).toBe('users');
    expect(activeItemKey(adminPortal, items, '/admin/audit')).toBe('audit');
    expect(activeItemKey(adminPortal, items, '/admin/usersx')).toBeUndefined();
    const family = visibleNavigation(familyPortal, []);
    expect(activeItemKey(familyPortal, family, '/family')).toBe('home');
    expect(activeItemKey(familyPortal, family, '/family/me')).toBe('me');
    expect(activeItemKey(familyPortal, family, '/family/bookings'), 'a page that is no tab lights none').toBeUndefined();
  });

  it('gives every role exactly one portal, and every entry a label in both languages and its own address', () => {
    for (const role of roles) expect(portals.filter((p) => p.roles.includes(role)).map((p) => p.id)).toEqual([portalOfRole[role]]);
    for (const portal of portals) {
      const hrefs = portal.navigation.map((item) => itemHref(portal, item));
      expect(new Set(hrefs).size).toBe(hrefs.length);
      for (const key of [portal.titleKey, ...portal.navigation.map((i) => i.labelKey)]) {
        expect(translate('zh-CN', key)).not.toBe(key);
        expect(translate('en-US', key)).not.toBe(translate('zh-CN', key));
      }
    }
  });
});
