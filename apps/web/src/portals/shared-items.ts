import { UserOutlined } from '@ant-design/icons';
import type { NavItem } from './navigation.ts';

/** "My account" (profile, password, two-step verification), the last entry of every staff portal. */
export const accountItem: NavItem = {
  key: 'account',
  path: 'account',
  labelKey: 'portals:account.title',
  icon: UserOutlined,
  page: () => import('../features/accounts/account-page.tsx').then((m) => m.AccountPage),
};
