import { FileProtectOutlined, PictureOutlined, ShopOutlined, StarOutlined } from '@ant-design/icons';
import { notificationsItem } from '../../features/notifications/notifications-item.ts';
import type { PortalDefinition } from '../navigation.ts';
import { accountItem } from '../shared-items.ts';

export const institutionPortal: PortalDefinition = {
  id: 'institution',
  titleKey: 'portals:institution.title',
  roles: ['institutionDirector', 'institutionStaff'],
  navigation: [
    { key: 'overview', path: '', labelKey: 'portals:institution.nav.overview', icon: ShopOutlined, page: () => import('./overview-page.tsx').then((m) => m.InstitutionOverviewPage) },
    { key: 'filing', path: 'filing', labelKey: 'filings:nav.filing', icon: FileProtectOutlined, permission: 'filings.read', page: () => import('./filing/filing-page.tsx').then((m) => m.InstitutionFilingPage) },
    { key: 'photos', path: 'photos', labelKey: 'register:photos.nav', icon: PictureOutlined, permission: 'institutions.manage', page: () => import('./photos-page.tsx').then((m) => m.InstitutionPhotosPage) },
    { key: 'ratings', path: 'ratings', labelKey: 'ratings:nav.institution', icon: StarOutlined, permission: 'ratings.reply', page: () => import('./ratings/ratings-page.tsx').then((m) => m.InstitutionRatingsPage) },
    notificationsItem,
    accountItem,
  ],
  pages: [{ path: 'filing/:id', permission: 'filings.read', page: () => import('./filing/filing-page.tsx').then((m) => m.InstitutionFilingPage) }],
};
