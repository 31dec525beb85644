import { DashboardOutlined } from '@ant-design/icons';
import type { PortalDefinition } from '../navigation.ts';
import { accountItem } from '../shared-items.ts';

export const regulatorPortal: PortalDefinition = {
  id: 'regulator',
  titleKey: 'portals:regulator.title',
  roles: ['regulator', 'inspector', 'supervisor'],
  navigation: [
    { key: 'dashboard', path: '', labelKey: 'portals:regulator.nav.dashboard', icon: DashboardOutlined, page: () => import('./dashboard-page.tsx').then((m) => m.RegulatorDashboardPage) },
    accountItem,
  ],
};
