import { CalendarOutlined, FileProtectOutlined, PictureOutlined, ShopOutlined, SolutionOutlined, StarOutlined } from '@ant-design/icons';
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
    { key: 'bookings', path: 'bookings', labelKey: 'bookings:nav.requests', icon: SolutionOutlined, permission: 'bookings.read', page: () => import('./bookings/requests-page.tsx').then((m) => m.BookingRequestsPage) },
    { key: 'visits', path: 'visits', labelKey: 'bookings:nav.visits', icon: CalendarOutlined, permission: 'bookings.read', page: () => import('./bookings/visit-slots-page.tsx').then((m) => m.VisitSlotsPage) },
    { key: 'ratings', path: 'ratings', labelKey: 'ratings:nav.institution', icon: StarOutlined, permission: 'ratings.reply', page: () => import('./ratings/ratings-page.tsx').then((m) => m.InstitutionRatingsPage) },
    notificationsItem,
    accountItem,
  ],
  pages: [{ path: 'filing/:id', permission: 'filings.read', page: () => import('./filing/filing-page.tsx').then((m) => m.InstitutionFilingPage) }],
};
