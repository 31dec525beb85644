import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpinner } from '../components/full-page-spinner.tsx';
import { RequireSession } from '../features/accounts/require-session.tsx';
import { portalRoute } from '../portals/portal-route.tsx';
import { familyPortal } from '../portals/family/navigation.ts';
import { institutionPortal } from '../portals/institution/navigation.ts';
import { regulatorPortal } from '../portals/regulator/navigation.ts';
import { adminPortal } from '../portals/admin/navigation.ts';
import { RootLayout, RouteError } from './root-layout.tsx';

const publicRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('../portals/public/home-page.tsx')).HomePage }) },
  { path: 'sign-in', lazy: async () => ({ Component: (await import('../portals/public/sign-in-page.tsx')).SignInPage }) },
  { path: 'register', lazy: async () => ({ Component: (await import('../portals/public/register/register-list-page.tsx')).RegisterListPage }) },
  { path: 'register/:id', lazy: async () => ({ Component: (await import('../portals/public/register/register-detail-page.tsx')).LegacyRegisterEntryRedirect }) },
  { path: 'institutions/:id', lazy: async () => ({ Component: (await import('../portals/public/register/register-detail-page.tsx')).RegisterDetailPage }) },
  { path: 'find', lazy: async () => ({ Component: (await import('../portals/public/find/find-page.tsx')).PublicFindPage }) },
  { path: 'policies', lazy: async () => ({ Component: (await import('../portals/public/policies/policy-search-page.tsx')).PolicySearchPage }) },
  { path: 'policies/:id', lazy: async () => ({ Component: (await import('../portals/public/policies/policy-document-page.tsx')).PolicyDocumentPage }) },
  { path: 'report', lazy: async () => ({ Component: (await import('../portals/public/cases/report-page.tsx')).ReportPage }) },
  { path: 'cases', lazy: async () => ({ Component: (await import('../portals/public/cases/case-lookup-page.tsx')).CaseLookupPage }) },
  { path: 'cases/:code', lazy: async () => ({ Component: (await import('../portals/public/cases/case-lookup-page.tsx')).CaseLookupPage }) },
  {
    path: 'account',
    element: <RequireSession allowPending />,
    children: [
      { path: 'password', lazy: async () => ({ Component: (await import('../portals/public/change-password-page.tsx')).ChangePasswordPage }) },
      { path: 'totp', lazy: async () => ({ Component: (await import('../portals/public/totp-enrol-page.tsx')).TotpEnrolPage }) },
    ],
  },
];

const staffShell = () => import('../portals/shell/portal-shell.tsx').then((m) => m.PortalShell);
const familyShell = () => import('../portals/family/family-shell.tsx').then((m) => m.FamilyShell);

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageSpinner />,
    children: [
      ...publicRoutes,
      portalRoute(familyPortal, familyShell),
      portalRoute(institutionPortal, staffShell),
      portalRoute(regulatorPortal, staffShell),
      portalRoute(adminPortal, staffShell),
      { path: '*', lazy: async () => ({ Component: (await import('../portals/public/not-found-page.tsx')).NotFoundPage }) },
    ],
  },
];

export const router = createBrowserRouter(routes);
