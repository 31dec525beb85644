import type { PermissionSpec } from '../permissions.ts';

export const ratingsPermissions = [
  /** Rate an institution the family has a child enrolled at or has visited (one rating, editable). */
  { key: 'ratings.rate', defaultRoles: ['family'] },
  /** See the institution's published ratings and reply once to each, publicly. */
  { key: 'ratings.reply', defaultRoles: ['institutionDirector'] },
  /** Publish or reject ratings held by the automatic screening, within the caller's jurisdiction. */
  { key: 'ratings.moderate', defaultRoles: ['regulator'] },
] as const satisfies readonly PermissionSpec[];
