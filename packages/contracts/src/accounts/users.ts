import { z } from 'zod';
import { IsoDateTime, JurisdictionCode, Page, paginated, Role, Department, Uuid } from '../common/index.ts';
import { PhoneNumber, RoleAttributes } from './auth.ts';

export const userStatuses = ['active', 'disabled'] as const;
export const UserStatus = z.enum(userStatuses);
export type UserStatus = z.infer<typeof UserStatus>;
/** Why an account is disabled: by an administrator, or for going unused (MLPS dormancy rule). */
export const disabledReasons = ['manual', 'dormant'] as const;
export const DisabledReason = z.enum(disabledReasons);

/** Lower-case letters, digits, dot, dash, underscore; 3–32 characters, starting with a letter or digit. */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { message: 'username' });
export const DisplayName = z.string().trim().min(1).max(50);

export const User = z
  .object({
    id: Uuid,
    username: z.string().nullable(),
    /** Masked. */
    phone: z.string().nullable(),
    displayName: z.string(),
    role: Role,
    department: Department.nullable(),
    jurisdictionCode: z.string().nullable(),
    institutionId: Uuid.nullable(),
    status: UserStatus,
    disabledReason: DisabledReason.nullable(),
    mustChangePassword: z.boolean(),
    hasTotp: z.boolean(),
    lastSignInAt: IsoDateTime.nullable(),
    passwordChangedAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserListQuery = Page.extend({
  /** Part of a username or display name. */
  q: z.string().trim().max(50).optional(),
  role: Role.optional(),
  status: UserStatus.optional(),
  /** Accounts at or under this jurisdiction. */
  jurisdiction: JurisdictionCode.optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;
export const UserPage = paginated(User);

export const CreateUserBody = RoleAttributes.extend({
  username: Username,
  displayName: DisplayName,
  phone: PhoneNumber.nullable().optional(),
  role: Role,
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

/** A password shown once to the administrator, to hand over; it must be changed at first sign-in. */
export const UserWithOneTimePassword = z.object({ user: User, oneTimePassword: z.string() });
export type UserWithOneTimePassword = z.infer<typeof UserWithOneTimePassword>;

export const UpdateUserBody = z
  .object({ displayName: DisplayName.optional(), phone: PhoneNumber.nullable().optional() })
  .refine((b) => b.displayName !== undefined || b.phone !== undefined, { message: 'empty update' });
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const AssignRoleBody = RoleAttributes.extend({ role: Role });
export type AssignRoleBody = z.infer<typeof AssignRoleBody>;
