import { Link, Outlet, useLocation } from 'react-router';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { brand } from '../../app/theme.ts';
import { Brand } from '../../components/logo.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useSignedInMe } from '../../features/accounts/session.ts';
import { activeItemKey, itemHref, visibleNavigation } from '../navigation.ts';
import type { ShellProps } from '../portal-route.tsx';
import { NavigationProgress } from '../shell/navigation-progress.tsx';

/** Phone first: a slim top bar, the page, and a bottom tab bar within thumb reach. */
const columnWidth = 560;
const tabBarHeight = 60;

export function FamilyShell({ portal }: ShellProps) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { pathname } = useLocation();
  const items = visibleNavigation(portal, me.permissions);
  const active = activeItemKey(portal, items, pathname);

  return (
    <div style={{ minHeight: '100vh', background: brand.surface }}>
      <NavigationProgress />
      <header style={{ position: 'sticky', top: 0, zIndex: 10, background: '#fff', borderBottom: '1px solid #e8edf5' }}>
        <Flex align="center" justify="space-between" style={{ maxWidth: columnWidth, margin: '0 auto', padding: '8px 12px' }}>
          <Link to={`/${portal.id}`}>
            <Brand size={30} subtitle={t(portal.titleKey)} />
          </Link>
          <LanguageSwitch />
        </Flex>
      </header>
      <main style={{ maxWidth: columnWidth, margin: '0 auto', padding: `16px 14px ${tabBarHeight + 24}px` }}>
        <Outlet />
      </main>
      <nav
        aria-label={t('portals:family.tabBar')}
        style={{
          position: 'fixed',
          insetInline: 0,
          bottom: 0,
          zIndex: 10,
          background: '#fff',
          borderTop: '1px solid #e8edf5',
          paddingBottom: 'env(safe-area-inset-bottom)',
        }}
      >
        <Flex style={{ maxWidth: columnWidth, margin: '0 auto', height: tabBarHeight }}>
          {items.map((item) => {
            const isActive = item.key === active;
            return (
              <Link
                key={item.key}
                to={itemHref(portal, item)}
                aria-current={isActive ? 'page' : undefined}
                style={{ flex: 1, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 2, color: isActive ? brand.primary : 'rgba(27,42,65,0.55)', fontSize: 12 }}
              >
                <span style={{ fontSize: 22, lineHeight: 1 }}>
                  <item.icon />
                </span>
                {t(item.labelKey)}
              </Link>
            );
          })}
        </Flex>
      </nav>
    </div>
  );
}
