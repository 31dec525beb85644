import { HomeOutlined, SearchOutlined, SmileOutlined, UserOutlined } from '@ant-design/icons';
import type { PortalDefinition } from '../navigation.ts';

/** The bottom tab bar, in this order; four tabs fit a 375 px screen, a fifth would not. */
export const familyPortal: PortalDefinition = {
  id: 'family',
  titleKey: 'portals:family.title',
  roles: ['family'],
  navigation: [
    { key: 'home', path: '', labelKey: 'portals:family.nav.home', icon: HomeOutlined, page: () => import('./home-page.tsx').then((m) => m.FamilyHomePage) },
    { key: 'find', path: 'find', labelKey: 'portals:family.nav.find', icon: SearchOutlined, page: () => import('./find-page.tsx').then((m) => m.FindChildcarePage) },
    { key: 'children', path: 'children', labelKey: 'portals:family.nav.children', icon: SmileOutlined, page: () => import('./children-page.tsx').then((m) => m.ChildrenPage) },
    { key: 'me', path: 'me', labelKey: 'portals:family.nav.me', icon: UserOutlined, page: () => import('./me-page.tsx').then((m) => m.FamilyMePage) },
  ],
  pages: [
    { path: 'policies', page: () => import('./policies/policies-page.tsx').then((m) => m.FamilyPoliciesPage) },
    { path: 'policies/:id', page: () => import('./policies/policy-page.tsx').then((m) => m.FamilyPolicyPage) },
    { path: 'rate/:institutionId', permission: 'ratings.rate', page: () => import('./feedback/rate-page.tsx').then((m) => m.RatePage) },
    { path: 'ratings', permission: 'ratings.rate', page: () => import('./feedback/my-feedback-page.tsx').then((m) => m.MyRatingsPage) },
    { path: 'complaints', permission: 'cases.complain', page: () => import('./feedback/my-feedback-page.tsx').then((m) => m.MyComplaintsPage) },
    { path: 'complaints/new', permission: 'cases.complain', page: () => import('./feedback/new-complaint-page.tsx').then((m) => m.NewComplaintPage) },
    { path: 'book/:institutionId', permission: 'bookings.book', page: () => import('./bookings/book-page.tsx').then((m) => m.BookPlacePage) },
    { path: 'bookings', permission: 'bookings.book', page: () => import('./bookings/my-bookings-page.tsx').then((m) => m.MyBookingsPage) },
    { path: 'visit/:institutionId', permission: 'bookings.book', page: () => import('./bookings/visit-page.tsx').then((m) => m.BookVisitPage) },
  ],
};
