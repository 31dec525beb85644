import type { Role } from './common/index.ts';
import { accountsPermissions } from './accounts/permissions.ts';
import { auditPermissions } from './audit/permissions.ts';
import { jurisdictionsPermissions } from './jurisdictions/permissions.ts';
import { policiesPermissions } from './policies/permissions.ts';
import { institutionsPermissions } from './institutions/permissions.ts';
import { filingsPermissions } from './filings/permissions.ts';
import { exchangePermissions } from './exchange/permissions.ts';
import { importsPermissions } from './imports/permissions.ts';
import { prepaymentsPermissions } from './prepayments/permissions.ts';
import { closuresPermissions } from './closures/permissions.ts';
import { bookingsPermissions } from './bookings/permissions.ts';
import { ratingsPermissions } from './ratings/permissions.ts';
import { casesPermissions } from './cases/permissions.ts';
import { policyLibraryPermissions } from './policy-library/permissions.ts';

/**
 * A permission names one kind of action; routes require one (config.access.permission). Which
 * roles hold which permissions is data the security administrator edits; these are the defaults
 * a new database starts with.
 */
export type PermissionSpec = { key: string; defaultRoles: readonly Role[] };

export const permissionCatalogue: readonly PermissionSpec[] = [
  ...accountsPermissions,
  ...auditPermissions,
  ...jurisdictionsPermissions,
  ...policiesPermissions,
  ...institutionsPermissions,
  ...filingsPermissions,
  ...exchangePermissions,
  ...importsPermissions,
  ...prepaymentsPermissions,
  ...closuresPermissions,
  ...bookingsPermissions,
  ...ratingsPermissions,
  ...casesPermissions,
  ...policyLibraryPermissions,
];
export const permissionKeys = permissionCatalogue.map((p) => p.key);
