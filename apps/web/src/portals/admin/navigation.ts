import { AuditOutlined, CloudUploadOutlined, KeyOutlined, SafetyOutlined, TeamOutlined, UnlockOutlined } from '@ant-design/icons';
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
    { key: 'api-keys', path: 'api-keys', labelKey: 'exchange:nav.apiKeys', icon: KeyOutlined, permission: 'apiKeys.manage', page: () => import('./api-keys/api-keys-page.tsx').then((m) => m.ApiKeysPage) },
    // The same pages as the regulators': the system administrator may bring a city's existing records in.
    { key: 'imports', path: 'imports', labelKey: 'imports:nav', icon: CloudUploadOutlined, permission: 'imports.manage', page: () => import('../regulator/imports/imports-page.tsx').then((m) => m.ImportsPage) },
    accountItem,
  ],
  pages: [
    { path: 'imports/:id', permission: 'imports.manage', page: () => import('../regulator/imports/import-job-page.tsx').then((m) => m.ImportJobPage) },
    { path: 'users/:id', permission: 'users.read', page: () => import('./users/user-detail-page.tsx').then((m) => m.UserDetailPage) }],
};
