import type { ComponentType } from 'react';
import type { Role } from '@youyu/contracts';
import type { PortalId } from '../features/accounts/role-home.ts';

/** Loads a page's component on first visit, so each portal downloads only what it shows. */
export type PageLoader = () => Promise<ComponentType>;

/**
 * One menu entry and its page. A feature joins a portal by adding one line to that portal's
 * navigation.ts; the route, the menu (or tab bar) and the permission check follow from it.
 */
export type NavItem = {
  key: string;
  /** Relative to the portal ("" is the portal's home page). */
  path: string;
  labelKey: string;
  icon: ComponentType;
  /** Hidden from the menu, and answered with 403 on direct visit, unless the role holds it. */
  permission?: string;
  page: PageLoader;
};

/** A page reached from another page (a detail view), not listed in the menu. */
export type PortalPage = Pick<NavItem, 'path' | 'permission' | 'page'>;

export type PortalDefinition = {
  id: PortalId;
  titleKey: string;
  roles: readonly Role[];
  navigation: readonly NavItem[];
  pages?: readonly PortalPage[];
};

export const itemHref = (portal: Pick<PortalDefinition, 'id'>, item: Pick<NavItem, 'path'>) => (item.path ? `/${portal.id}/${item.path}` : `/${portal.id}`);

export function visibleNavigation(portal: PortalDefinition, permissions: readonly string[]): NavItem[] {
  return portal.navigation.filter((item) => !item.permission || permissions.includes(item.permission));
}

/** The menu entry a URL belongs to: the longest item path that prefixes it (detail pages light up their list). */
export function activeItemKey(portal: PortalDefinition, items: readonly NavItem[], pathname: string): string | undefined {
  const matches = items.filter((item) => {
    const href = itemHref(portal, item);
    // The portal's home is a tab of its own, not the parent of every page of the portal.
    return pathname === href || (item.path !== '' && pathname.startsWith(`${href}/`));
  });
  return matches.sort((a, b) => itemHref(portal, b).length - itemHref(portal, a).length)[0]?.key;
}
