import { z } from 'zod';
import { Department, IsoDateTime, JurisdictionCode, Role, Uuid } from '../common/index.ts';

/** Mainland mobile numbers, 11 digits. */
export const PhoneNumber = z.string().trim().regex(/^1[3-9]\d{9}$/, { message: 'phone' });
export const PhoneCode = z.string().trim().regex(/^\d{6}$/, { message: 'code' });
export const TotpCode = z.string().trim().regex(/^\d{6}$/, { message: 'code' });
/** Upper bound keeps hashing cost bounded; the policy sets the lower one. */
export const PasswordInput = z.string().min(1).max(256);

export const SignInBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: PasswordInput,
  totpCode: TotpCode.optional(),
});
export type SignInBody = z.infer<typeof SignInBody>;

/** The signed-in account as the web app sees it. */
export const Me = z
  .object({
    id: Uuid,
    username: z.string().nullable(),
    /** Masked, e.g. 138****8000. */
    phone: z.string().nullable(),
    displayName: z.string(),
    role: Role,
    department: Department.nullable(),
    jurisdictionCode: z.string().nullable(),
    institutionId: Uuid.nullable(),
    permissions: z.array(z.string()),
    mustChangePassword: z.boolean(),
    mustEnrolTotp: z.boolean(),
    hasTotp: z.boolean(),
    passwordExpiresAt: IsoDateTime.nullable(),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const SignInResponse = z.object({ user: Me, csrfToken: z.string() });
export type SignInResponse = z.infer<typeof SignInResponse>;

export const ChangePasswordBody = z.object({ currentPassword: PasswordInput, newPassword: PasswordInput });
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const TotpSetup = z.object({ secret: z.string(), otpauthUrl: z.string() });
export type TotpSetup = z.infer<typeof TotpSetup>;
export const TotpEnableBody = z.object({ code: TotpCode });
export const TotpDisableBody = z.object({ password: PasswordInput, code: TotpCode });
export type TotpDisableBody = z.infer<typeof TotpDisableBody>;

export const PhoneCodeBody = z.object({ phone: PhoneNumber });
export const PhoneCodeSent = z.object({
  expiresInSeconds: z.number().int(),
  resendAfterSeconds: z.number().int(),
  /** Demo mode only: the code, so visitors can sign in without a phone. */
  devCode: z.string().optional(),
});
export type PhoneCodeSent = z.infer<typeof PhoneCodeSent>;
export const PhoneSignInBody = z.object({ phone: PhoneNumber, code: PhoneCode });
export type PhoneSignInBody = z.infer<typeof PhoneSignInBody>;

/** Shared by the admin forms: what a role needs besides its name. */
export const RoleAttributes = z.object({
  department: Department.nullable().optional(),
  jurisdictionCode: JurisdictionCode.nullable().optional(),
  institutionId: Uuid.nullable().optional(),
});
