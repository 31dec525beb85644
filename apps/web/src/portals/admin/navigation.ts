import { AuditOutlined, SafetyOutlined, TeamOutlined, UnlockOutlined } from '@ant-design/icons';
import type { PortalDefinition } from '../navigation.ts';
import { accountItem } from '../shared-items.ts';

/** 三员分立: each administrator sees only the pages of their own duty, by permission. */
export const adminPortal: PortalDefinition = {
  id: 'admin',
  titleKey: 'portals:admin.title',
  roles: ['systemAdmin', 'securityAdmin', 'auditAdmin'],
  navigation: [
    { key: 'users', path: 'users', labelKey: 'portals:admin.nav.users', icon: TeamOutlined, permission: 'users.read', page: () => import('./users/users-page.tsx').then((m) => m.UsersPage) },
    { key: 'roles', path: 'roles', labelKey: 'portals:admin.nav.roles', icon: UnlockOutlined, permission: 'roles.manage', page: () => import('./roles/roles-page.tsx').then((m) => m.RolesPage) },
    { key: 'security', path: 'security', labelKey: 'portals:admin.nav.security', icon: SafetyOutlined, permission: 'security.manage', page: () => import('./security/security-settings-page.tsx').then((m) => m.SecuritySettingsPage) },
    { key: 'audit', path: 'audit', labelKey: 'portals:admin.nav.audit', icon: AuditOutlined, permission: 'audit.read', page: () => import('./audit/audit-log-page.tsx').then((m) => m.AuditLogPage) },
    accountItem,
  ],
  pages: [{ path: 'users/:id', permission: 'users.read', page: () => import('./users/user-detail-page.tsx').then((m) => m.UserDetailPage) }],
};
