import { z } from 'zod';

/**
 * Security settings the security administrator edits. Defaults follow MLPS 2.0 level 3 (等保三级):
 * complex passwords changed every 90 days, lockout after repeated failures, short idle sessions,
 * dormant accounts disabled, a second factor for administrators.
 */
export const SecuritySettings = z
  .object({
    passwordMinLength: z.number().int().min(8).max(64).default(8),
    /** How many of the four character classes (upper, lower, digit, symbol) a password mixes. */
    passwordRequiredClasses: z.number().int().min(2).max(4).default(4),
    passwordRejectCommon: z.boolean().default(true),
    passwordRejectUsername: z.boolean().default(true),
    /** The new password may not equal any of the last N (the current one included); 0 turns the check off. */
    passwordHistoryCount: z.number().int().min(0).max(24).default(5),
    /** 0: passwords never expire. */
    passwordMaxAgeDays: z.number().int().min(0).max(365).default(90),
    /** Failed sign-ins from one address to one account before that pair is locked. */
    lockoutThreshold: z.number().int().min(3).max(20).default(5),
    lockoutMinutes: z.number().int().min(1).max(1440).default(30),
    /** Failed sign-ins from one address, across all accounts, within lockoutMinutes, before that address is blocked. */
    addressFailureLimit: z.number().int().min(5).max(10000).default(20),
    idleTimeoutMinutes: z.number().int().min(5).max(480).default(30),
    sessionLifetimeHours: z.number().int().min(1).max(72).default(12),
    /** Staff accounts unused this long are disabled; 0 turns the check off. */
    dormantAccountDays: z.number().int().min(0).max(3650).default(90),
    totpRequiredForAdmins: z.boolean().default(true),
  })
  .meta({ id: 'SecuritySettings' });
export type SecuritySettings = z.infer<typeof SecuritySettings>;

export const defaultSecuritySettings: SecuritySettings = SecuritySettings.parse({});

/** Every field required on update, so a form cannot silently reset one to its default. */
export const SecuritySettingsUpdate = SecuritySettings.required().extend({
  /** Why the settings change; kept in the audit log. */
  reason: z.string().trim().max(500).optional(),
});
export type SecuritySettingsUpdate = z.infer<typeof SecuritySettingsUpdate>;

/** What the change-password form shows before anyone signs in. */
export const PasswordPolicy = z
  .object({
    minLength: z.number().int(),
    requiredClasses: z.number().int(),
    rejectCommon: z.boolean(),
    rejectUsername: z.boolean(),
    historyCount: z.number().int(),
    maxAgeDays: z.number().int(),
  })
  .meta({ id: 'PasswordPolicy' });
export type PasswordPolicy = z.infer<typeof PasswordPolicy>;
