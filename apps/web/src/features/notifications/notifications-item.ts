import type { NavItem } from '../../portals/navigation.ts';
import { NotificationsIcon } from './notifications-icon.tsx';

/** "Notifications" with the unread count on its bell, in the institution and regulator portals. */
export const notificationsItem: NavItem = {
  key: 'notifications',
  path: 'notifications',
  labelKey: 'notifications:nav',
  icon: NotificationsIcon,
  page: () => import('./notifications-page.tsx').then((m) => m.NotificationsPage),
};
