import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Button, Drawer, Flex, Grid, Layout, Menu, Typography } from 'antd';
import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Brand, LogoMark } from '../../components/logo.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useSignedInMe } from '../../features/accounts/session.ts';
import { activeItemKey, itemHref, visibleNavigation } from '../navigation.ts';
import type { ShellProps } from '../portal-route.tsx';
import { NavigationProgress } from './navigation-progress.tsx';
import { UserMenu } from './user-menu.tsx';
import { useUserSummary } from '../../features/accounts/user-summary.ts';
import { NotificationBell } from '../../features/notifications/notification-bell.tsx';

const siderWidth = 232;

/** The staff portals' frame: sider menu on desktop, a drawer on phones; user and language in the header. */
export function PortalShell({ portal }: ShellProps) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const summary = useUserSummary(me);
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const isDesktop = screens.lg !== false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items = visibleNavigation(portal, me.permissions);
  const selected = activeItemKey(portal, items, pathname);
  const accountItem = items.find((i) => i.key === 'account');
  const notificationsItem = items.find((i) => i.key === 'notifications');
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      onClick={() => setDrawerOpen(false)}
      items={items.map((item) => ({ key: item.key, icon: <item.icon />, label: <Link to={itemHref(portal, item)}>{t(item.labelKey)}</Link> }))}
      style={{ borderInlineEnd: 0 }}
    />
  );
  const portalTitle = t(portal.titleKey);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <NavigationProgress />
      {isDesktop ? (
        // The sider's navy runs the page's full height; its content stays in view, scrolling on its own when taller than the window.
        <Layout.Sider width={siderWidth} collapsed={collapsed} collapsedWidth={72}>
          <div style={{ position: 'sticky', top: 0, maxHeight: '100vh', overflowY: 'auto', overscrollBehavior: 'contain' }}>
            <div style={{ padding: collapsed ? '18px 18px' : '18px 20px' }}>
              <Link to={`/${portal.id}`} aria-label={portalTitle}>
                {collapsed ? <LogoMark size={36} /> : <Brand inverted subtitle={portalTitle} />}
              </Link>
            </div>
            {menu}
          </div>
        </Layout.Sider>
      ) : null}
      <Layout>
        <Layout.Header style={{ position: 'sticky', top: 0, zIndex: 10, display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #e8edf5', paddingInline: isDesktop ? 24 : 12 }}>
          <Button
            type="text"
            aria-label={t('portals:shell.toggleMenu')}
            icon={isDesktop ? collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined /> : <MenuOutlined />}
            onClick={() => (isDesktop ? setCollapsed(!collapsed) : setDrawerOpen(true))}
          />
          {isDesktop ? (
            <Typography.Text type="secondary">{portalTitle}</Typography.Text>
          ) : (
            <Link to={`/${portal.id}`} style={{ minWidth: 0 }}>
              <Brand size={30} />
            </Link>
          )}
          <Flex align="center" gap={isDesktop ? 16 : 4} style={{ marginInlineStart: 'auto', minWidth: 0 }}>
            <LanguageSwitch />
            {notificationsItem ? <NotificationBell allPath={itemHref(portal, notificationsItem)} /> : null}
            <UserMenu accountPath={accountItem ? itemHref(portal, accountItem) : undefined} compact={!isDesktop} />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: isDesktop ? 24 : 16 }}>
          <div style={{ maxWidth: 1320, margin: '0 auto' }}>
            <Outlet />
          </div>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: 'rgba(27,42,65,0.45)', fontSize: 12, padding: '12px 24px 20px' }}>
          {t('common:footer.line')}
        </Layout.Footer>
      </Layout>
      {isDesktop ? null : (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={264}
          closable={false}
          styles={{ body: { padding: 0, background: '#0f2a55' }, header: { display: 'none' } }}
        >
          <div style={{ padding: '18px 20px' }}>
            <Brand inverted subtitle={portalTitle} />
            {/* The phone header has room for the avatar only; who is signed in is shown here. */}
            <div style={{ marginTop: 16, padding: '10px 12px', borderRadius: 8, background: 'rgba(255,255,255,0.08)' }}>
              <Typography.Text strong style={{ color: '#fff', display: 'block' }}>
                {me.displayName}
              </Typography.Text>
              <Typography.Text style={{ color: 'rgba(255,255,255,0.7)', fontSize: 12 }}>{summary.line}</Typography.Text>
            </div>
          </div>
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}
