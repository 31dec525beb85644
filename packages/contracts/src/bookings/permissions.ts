import type { PermissionSpec } from '../permissions.ts';

export const bookingsPermissions = [
  /** A family's own children, its bookings of places (入托网上约) and its visits. */
  { key: 'bookings.book', defaultRoles: ['family'] },
  /** Bookings, waitlists and visits of an institution: its own staff, or regulators within their jurisdiction. */
  { key: 'bookings.read', defaultRoles: ['institutionDirector', 'institutionStaff', 'regulator'] },
  /** Offer a place, waitlist or decline a booking; publish visit slots and mark visits completed. */
  { key: 'bookings.manage', defaultRoles: ['institutionDirector', 'institutionStaff'] },
] as const satisfies readonly PermissionSpec[];
