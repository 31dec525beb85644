import { z } from 'zod';
import { IsoDate, IsoDateTime, JurisdictionCode, Page, paginated } from '../common/index.ts';
import {
  Certificate,
  ChildStatus,
  ClassType,
  FilingStatus,
  Grade,
  InstitutionKind,
  LegalNature,
  Ownership,
  PremisesTenure,
  Registrar,
  ServiceMode,
  Sex,
  StaffMemberRole,
  StaffStatus,
} from './enums.ts';

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const InstitutionListQuery = Page.extend({
  q: z.string().trim().min(1).max(100).optional().describe('matches name, address, credit code or filing number'),
  district: z.string().regex(/^\d{6}$/).optional(),
  subdistrict: z.string().regex(/^\d{9}$/).optional(),
  kind: InstitutionKind.optional(),
  ownership: Ownership.optional(),
  inclusive: booleanQuery.optional(),
  filingStatus: FilingStatus.optional(),
});
export type InstitutionListQuery = z.infer<typeof InstitutionListQuery>;

/**
 * What an institution is and where: fields the registry list and detail share with a filing's
 * snapshot (filings/schemas.ts), written once so the two descriptions cannot drift apart.
 */
export const institutionPlaceFields = {
  kind: InstitutionKind,
  ownership: Ownership,
  isInclusive: z.boolean(),
  brand: z.string().nullable(),
  address: z.string(),
  lat: z.number(),
  lng: z.number(),
  districtCode: z.string(),
  subdistrictCode: z.string(),
};

/** One row of the registry list; `places` is the sum of class capacities, `enrolled` the children in them. */
export const InstitutionListItem = z
  .object({
    id: z.uuid(),
    name: z.string(),
    ...institutionPlaceFields,
    filingStatus: FilingStatus,
    grade: Grade.nullable(),
    places: z.number().int(),
    enrolled: z.number().int(),
  })
  .meta({ id: 'InstitutionListItem' });
export type InstitutionListItem = z.infer<typeof InstitutionListItem>;
export const InstitutionPage = paginated(InstitutionListItem);

export const Fee = z.object({ classType: ClassType, serviceMode: ServiceMode, monthlyFeeFen: z.number().int() });
export type Fee = z.infer<typeof Fee>;

export const Premises = z.object({ tenure: PremisesTenure, leaseEndDate: IsoDate.nullable(), floorAreaM2: z.number() });

/** How an institution serves: the registry detail and a filing's snapshot share these, like `institutionPlaceFields`. */
export const institutionServiceFields = {
  contactName: z.string(),
  contactPhone: z.string(),
  openingHours: z.string(),
  serviceModes: z.array(ServiceMode),
  premises: Premises,
  hasMeals: z.boolean(),
};

export const InstitutionDetail = InstitutionListItem.extend({
  creditCode: z.string(),
  legalNature: LegalNature,
  registrar: Registrar,
  ...institutionServiceFields,
  filingNumber: z.string().nullable(),
  filedAt: IsoDateTime.nullable(),
  fees: z.array(Fee),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.number().int(),
}).meta({ id: 'InstitutionDetail' });
export type InstitutionDetail = z.infer<typeof InstitutionDetail>;

export const InstitutionClass = z
  .object({ id: z.uuid(), name: z.string(), classType: ClassType, capacity: z.number().int(), enrolled: z.number().int() })
  .meta({ id: 'InstitutionClass' });
export type InstitutionClass = z.infer<typeof InstitutionClass>;
export const InstitutionClassList = z.object({ items: z.array(InstitutionClass) });

export const StaffListQuery = Page.extend({ status: StaffStatus.optional(), role: StaffMemberRole.optional() });
export const StaffMember = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: StaffMemberRole,
    idNumberMasked: z.string().describe('110105********1234; the full number only through /unmask, which is audited'),
    certificates: z.array(Certificate),
    trainingHours: z.number().int(),
    hiredAt: IsoDate,
    status: StaffStatus,
  })
  .meta({ id: 'StaffMember' });
export type StaffMember = z.infer<typeof StaffMember>;
export const StaffPage = paginated(StaffMember);

export const ChildListQuery = Page.extend({ status: ChildStatus.optional(), classId: z.uuid().optional() });
/** Names and guardian details are masked unless the caller works at the child's institution. */
export const EnrolledChild = z
  .object({
    id: z.uuid(),
    name: z.string(),
    birthDate: IsoDate,
    sex: Sex,
    idNumberMasked: z.string().nullable(),
    classId: z.uuid().nullable(),
    className: z.string().nullable(),
    enrolledAt: IsoDate.nullable(),
    status: ChildStatus,
    guardianName: z.string(),
    guardianPhone: z.string(),
  })
  .meta({ id: 'EnrolledChild' });
export type EnrolledChild = z.infer<typeof EnrolledChild>;
export const ChildPage = paginated(EnrolledChild);

export const ChildParams = z.object({ id: z.uuid(), childId: z.uuid() });
export const StaffParams = z.object({ id: z.uuid(), staffId: z.uuid() });
/** Why the full number is needed; kept in the audit entry. */
export const UnmaskRequest = z.object({ reason: z.string().trim().max(200).optional() }).optional();
export const UnmaskedIdNumber = z.object({ idNumber: z.string() });

export const InstitutionSummaryQuery = z.object({
  jurisdiction: JurisdictionCode.optional().describe("defaults to the caller's own jurisdiction"),
});

const Tally = z.object({ institutions: z.number().int(), places: z.number().int(), enrolled: z.number().int() });
const tallyBy = <T extends z.ZodType>(key: T) => z.array(Tally.extend({ key }));

/**
 * The regulator dashboard's counts for one jurisdiction, over every institution not withdrawn.
 * `byArea` splits by the next level down: districts of a city, subdistricts of a district.
 */
export const InstitutionSummary = Tally.extend({
  jurisdictionCode: z.string(),
  inclusive: Tally,
  byKind: tallyBy(InstitutionKind),
  byOwnership: tallyBy(Ownership),
  byFilingStatus: tallyBy(FilingStatus),
  byArea: z.array(Tally.extend({ code: z.string(), inclusivePlaces: z.number().int() })),
}).meta({ id: 'InstitutionSummary' });
export type InstitutionSummary = z.infer<typeof InstitutionSummary>;
