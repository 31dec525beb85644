import { AlertOutlined, AuditOutlined, CloudUploadOutlined, DashboardOutlined, FileSearchOutlined, ReadOutlined, StarOutlined, StopOutlined } from '@ant-design/icons';
import { notificationsItem } from '../../features/notifications/notifications-item.ts';
import type { PortalDefinition } from '../navigation.ts';
import { accountItem } from '../shared-items.ts';

export const regulatorPortal: PortalDefinition = {
  id: 'regulator',
  titleKey: 'portals:regulator.title',
  roles: ['regulator', 'inspector', 'supervisor'],
  navigation: [
    { key: 'dashboard', path: '', labelKey: 'portals:regulator.nav.dashboard', icon: DashboardOutlined, page: () => import('./dashboard-page.tsx').then((m) => m.RegulatorDashboardPage) },
    { key: 'filings', path: 'filings', labelKey: 'filings:nav.queue', icon: AuditOutlined, permission: 'filings.read', page: () => import('./filings/filing-queue-page.tsx').then((m) => m.FilingQueuePage) },
    { key: 'cases', path: 'cases', labelKey: 'cases:nav.queue', icon: AlertOutlined, permission: 'cases.read', page: () => import('./cases/cases-page.tsx').then((m) => m.CasesPage) },
    { key: 'ratings', path: 'ratings', labelKey: 'ratings:nav.moderation', icon: StarOutlined, permission: 'ratings.moderate', page: () => import('./ratings/moderation-page.tsx').then((m) => m.RatingModerationPage) },
    { key: 'closures', path: 'closures', labelKey: 'closures:nav', icon: StopOutlined, permission: 'closures.read', page: () => import('./closures/closures-page.tsx').then((m) => m.ClosuresPage) },
    { key: 'registrations', path: 'registrations', labelKey: 'exchange:nav.registrations', icon: FileSearchOutlined, permission: 'registrations.read', page: () => import('./registrations/registrations-page.tsx').then((m) => m.RegistrationsPage) },
    { key: 'imports', path: 'imports', labelKey: 'imports:nav', icon: CloudUploadOutlined, permission: 'imports.manage', page: () => import('./imports/imports-page.tsx').then((m) => m.ImportsPage) },
    { key: 'policy-library', path: 'policy-library', labelKey: 'policyLibrary:nav.manage', icon: ReadOutlined, permission: 'policyLibrary.manage', page: () => import('./policy-library/documents-page.tsx').then((m) => m.PolicyDocumentsPage) },
    notificationsItem,
    accountItem,
  ],
  pages: [
    { path: 'filings/:id', permission: 'filings.read', page: () => import('./filings/filing-review-page.tsx').then((m) => m.FilingReviewPage) },
    { path: 'registrations/upload', permission: 'registrations.submit', page: () => import('./registrations/batch-upload-page.tsx').then((m) => m.BatchUploadPage) },
    { path: 'imports/:id', permission: 'imports.manage', page: () => import('./imports/import-job-page.tsx').then((m) => m.ImportJobPage) },
    { path: 'cases/:id', permission: 'cases.read', page: () => import('./cases/case-page.tsx').then((m) => m.CasePage) },
    { path: 'closures/:id', permission: 'closures.read', page: () => import('./closures/closure-page.tsx').then((m) => m.ClosurePage) },
    { path: 'policy-library/:id', permission: 'policyLibrary.manage', page: () => import('./policy-library/document-edit-page.tsx').then((m) => m.PolicyDocumentEditPage) }],
};
