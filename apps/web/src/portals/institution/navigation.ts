import { ShopOutlined } from '@ant-design/icons';
import type { PortalDefinition } from '../navigation.ts';
import { accountItem } from '../shared-items.ts';

export const institutionPortal: PortalDefinition = {
  id: 'institution',
  titleKey: 'portals:institution.title',
  roles: ['institutionDirector', 'institutionStaff'],
  navigation: [
    { key: 'overview', path: '', labelKey: 'portals:institution.nav.overview', icon: ShopOutlined, page: () => import('./overview-page.tsx').then((m) => m.InstitutionOverviewPage) },
    accountItem,
  ],
};
