import { z } from 'zod';

/** Roles. Admin roles are kept apart (三员分立): system, security and audit administrators. */
export const roles = [
  'family',
  'institutionDirector',
  'institutionStaff',
  'regulator',
  'inspector',
  'supervisor',
  'systemAdmin',
  'securityAdmin',
  'auditAdmin',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;
export const adminRoles = ['systemAdmin', 'securityAdmin', 'auditAdmin'] as const satisfies readonly Role[];
export const staffRoles = roles.filter((r) => r !== 'family');

/** Departments a regulator or inspector belongs to. */
export const departments = ['healthCommission', 'marketRegulation', 'civilAffairs', 'education', 'fireRescue', 'publicSecurity', 'staffingOffice'] as const;
export const Department = z.enum(departments);
export type Department = z.infer<typeof Department>;

export const jurisdictionLevels = ['city', 'district', 'subdistrict', 'community'] as const;
export const JurisdictionLevel = z.enum(jurisdictionLevels);
export type JurisdictionLevel = z.infer<typeof JurisdictionLevel>;

/** GB/T 2260-style codes: 6 digits (city, district), 9 (subdistrict), 12 (community). */
export const JurisdictionCode = z.string().regex(/^(\d{6}|\d{9}|\d{12})$/, { message: 'jurisdiction code' });

export const Uuid = z.uuid();
export const IdParams = z.object({ id: z.uuid() });
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Page = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const paginated = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

/** RFC 9457 problem details, as every error response carries them. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
