import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns.ts';

/**
 * One row per account. Staff sign in with username + password (+ TOTP); families with their phone
 * and a one-time code, so they have no username or password.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-case; null for family accounts. */
    username: text('username'),
    phone: text('phone'),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    department: text('department'),
    /** Root of the jurisdiction the account reaches; null for families and platform-wide administrators. */
    jurisdictionCode: text('jurisdiction_code'),
    /** The institution of an institution role. No foreign key: institutions are another module's table. */
    institutionId: uuid('institution_id'),
    status: text('status').notNull().default('active'),
    disabledReason: text('disabled_reason'),
    /** Also restarts the dormancy clock when an administrator enables the account again. */
    statusChangedAt: instant('status_changed_at').notNull().defaultNow(),
    passwordHash: text('password_hash'),
    passwordChangedAt: instant('password_changed_at'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    totpSecret: text('totp_secret'),
    /** A secret offered by setup, waiting for the first code that proves the authenticator has it. */
    totpPendingSecret: text('totp_pending_secret'),
    lastSignInAt: instant('last_sign_in_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    uniqueIndex('users_phone_key').on(t.phone),
    index('users_jurisdiction_idx').on(t.jurisdictionCode),
    index('users_institution_idx').on(t.institutionId),
    index('users_role_idx').on(t.role),
  ],
);

/** Earlier password hashes, newest first by created_at, trimmed to the history length. */
export const passwordHistory = pgTable(
  'password_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    passwordHash: text('password_hash').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('password_history_user_idx').on(t.userId, t.createdAt)],
);

/** Server-side sessions: the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_hash_key').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins per (account name, client address). Keyed by the name typed, not the account id,
 * so an unknown name locks exactly like a known one and the answer reveals nothing.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    accountKey: text('account_key').notNull(),
    address: text('address').notNull(),
    failures: integer('failures').notNull(),
    firstFailureAt: instant('first_failure_at').notNull(),
    lockedUntil: instant('locked_until'),
  },
  (t) => [primaryKey({ columns: [t.accountKey, t.address] })],
);

/** Which role holds which permission: data the security administrator edits. */
export const rolePermissions = pgTable('role_permissions', { role: text('role').notNull(), permission: text('permission').notNull() }, (t) => [
  primaryKey({ columns: [t.role, t.permission] }),
]);

/**
 * Permission keys whose default grants were applied once. A key seen before is never granted
 * again, so a grant the security administrator revoked stays revoked after an upgrade.
 */
export const permissionKeysSeen = pgTable('permission_keys_seen', {
  key: text('key').primaryKey(),
  seenAt: instant('seen_at').notNull().defaultNow(),
});

/** One row (id 1): the security settings as JSON, read through the SecuritySettings schema. */
export const securitySettings = pgTable('security_settings', {
  id: integer('id').primaryKey().default(1),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** The latest sign-in code per phone, hashed; a new request replaces it. */
export const phoneCodes = pgTable('phone_codes', {
  phone: text('phone').primaryKey(),
  codeHash: text('code_hash').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
  expiresAt: instant('expires_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
});
