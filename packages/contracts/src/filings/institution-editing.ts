import { z } from 'zod';
import { IsoDate, Uuid } from '../common/index.ts';
import { Certificate, ClassType, InstitutionKind, Ownership, PremisesTenure, ServiceMode, StaffMemberRole } from '../institutions/enums.ts';

/**
 * The director's edits of the institution registry: basics, classes and their caregivers, fees,
 * staff. Facts the filing rests on (location, premises, classes, director) change freely until
 * the institution is filed; afterwards only through a change filing.
 */

/** A mobile number or a landline with its area code (the same form the registry imports accept). */
const ContactPhone = z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: 'phone' });
const Text = (max: number) => z.string().trim().min(1).max(max);
/** Every edit sends the revision it read; a stale one is refused with 409 CONFLICT. */
const Revision = z.number().int().min(1);

export const PremisesInput = z
  .strictObject({ tenure: PremisesTenure, leaseEndDate: IsoDate.nullable(), floorAreaM2: z.number().positive().max(100_000) })
  .refine((p) => p.tenure === 'owned' || p.leaseEndDate !== null, { message: 'leaseEndDate', path: ['leaseEndDate'] });
export type PremisesInput = z.infer<typeof PremisesInput>;

/** WGS-84. The subdistrict is derived from the location where boundaries exist; else it is chosen. */
export const LocationInput = z.strictObject({
  address: Text(200),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  subdistrictCode: z.string().regex(/^\d{9}$/).nullable().default(null),
});
export type LocationInput = z.infer<typeof LocationInput>;

export const InstitutionBasicsPatch = z.strictObject({
  revision: Revision,
  kind: InstitutionKind.optional(),
  ownership: Ownership.optional(),
  brand: z.string().trim().max(100).nullable().optional(),
  location: LocationInput.optional(),
  contactName: Text(50).optional(),
  contactPhone: ContactPhone.optional(),
  openingHours: Text(100).optional(),
  serviceModes: z.array(ServiceMode).min(1).max(4).optional(),
  premises: PremisesInput.optional(),
  hasMeals: z.boolean().optional(),
});
export type InstitutionBasicsPatch = z.infer<typeof InstitutionBasicsPatch>;

export const ClassInput = z.strictObject({ name: Text(50), classType: ClassType, capacity: z.number().int().min(1).max(200) });
export type ClassInput = z.infer<typeof ClassInput>;
export const ClassPatch = ClassInput.partial();
export type ClassPatch = z.infer<typeof ClassPatch>;
export const ClassParams = z.object({ id: z.uuid(), classId: z.uuid() });

/** The caregivers (保育人员) who work in a class; each works in one class at a time. */
export const ClassCaregiversInput = z.strictObject({ staffIds: z.array(Uuid).max(20) });

/** A class with its caregivers and what the rules in force require of it. */
export const ClassRoster = z
  .object({
    id: z.uuid(),
    name: z.string(),
    classType: ClassType,
    capacity: z.number().int(),
    enrolled: z.number().int(),
    caregivers: z.array(z.object({ id: z.uuid(), name: z.string() })),
    maxSize: z.number().int().nullable().describe('the class-size limit in force; null when no level sets one'),
    childrenPerCarer: z.number().int().nullable().describe('N of the ratio 1:N in force; null when none is set'),
    requiredCaregivers: z.number().int().describe('ceil(capacity / N), or 0 without a ratio'),
  })
  .meta({ id: 'ClassRoster' });
export type ClassRoster = z.infer<typeof ClassRoster>;
export const ClassRosterList = z.object({ items: z.array(ClassRoster), places: z.number().int() });
export type ClassRosterList = z.infer<typeof ClassRosterList>;

export const FeeInput = z.strictObject({ classType: ClassType, serviceMode: ServiceMode, monthlyFeeFen: z.number().int().min(0).max(10_000_000) });
/** The whole fee table at once: monthly fee (fen) per class type × service mode. */
export const FeeTableInput = z.strictObject({ items: z.array(FeeInput).max(16) });
export type FeeTableInput = z.infer<typeof FeeTableInput>;

export const StaffInput = z.strictObject({
  name: Text(50),
  role: StaffMemberRole,
  idNumber: z.string().trim().min(15).max(20),
  certificates: z.array(Certificate).max(5).default([]),
  trainingHours: z.number().int().min(0).max(10_000).default(0),
  hiredAt: IsoDate,
});
export type StaffInput = z.infer<typeof StaffInput>;
export const StaffPatch = z.strictObject({
  name: Text(50).optional(),
  role: StaffMemberRole.optional(),
  certificates: z.array(Certificate).max(5).optional(),
  trainingHours: z.number().int().min(0).max(10_000).optional(),
});
export type StaffPatch = z.infer<typeof StaffPatch>;
export const StaffLeaveInput = z.strictObject({ leftAt: IsoDate });
