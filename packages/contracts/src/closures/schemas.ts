import { z } from 'zod';
import { IsoDate, IsoDateTime, Page, paginated } from '../common/index.ts';
import { ClassType, FilingStatus, InstitutionKind, Sex } from '../institutions/enums.ts';
import { PrepaymentStatus, prepaymentRefundFields, prepaymentTermsFields } from '../prepayments/schemas.ts';

/** A closure case (关停应急处置) is open until every child is placed and the regulator closes it. */
export const closureCaseStatuses = ['open', 'closed'] as const;
export const ClosureCaseStatus = z.enum(closureCaseStatuses);
export type ClosureCaseStatus = z.infer<typeof ClosureCaseStatus>;

/** Where a child of a closing institution goes: another institution, home, or elsewhere (with a note). */
export const placementOutcomes = ['transferred', 'familyCare', 'other'] as const;
export const PlacementOutcome = z.enum(placementOutcomes);
export type PlacementOutcome = z.infer<typeof PlacementOutcome>;

const Note = z.string().trim().max(500);

export const ClosureListQuery = Page.extend({
  status: ClosureCaseStatus.optional(),
  district: z.string().regex(/^\d{6}$/).optional(),
});
export type ClosureListQuery = z.infer<typeof ClosureListQuery>;

export const NewClosureCase = z.object({
  institutionId: z.uuid().describe('a filed (or suspended) institution within the caller’s jurisdiction'),
  reason: z.string().trim().min(1).max(500),
  plannedDate: IsoDate.describe('first day without service; prepayments are consumed up to the day before'),
});
export type NewClosureCase = z.infer<typeof NewClosureCase>;

export const ClosureCaseListItem = z
  .object({
    id: z.uuid(),
    institutionId: z.uuid(),
    institutionName: z.string(),
    districtCode: z.string(),
    subdistrictCode: z.string(),
    reason: z.string(),
    plannedDate: IsoDate,
    status: ClosureCaseStatus,
    openedAt: IsoDateTime,
    closedAt: IsoDateTime.nullable(),
    childCount: z.number().int().describe('children enrolled (open case) or placed (closed case)'),
    placedCount: z.number().int(),
  })
  .meta({ id: 'ClosureCaseListItem' });
export type ClosureCaseListItem = z.infer<typeof ClosureCaseListItem>;
export const ClosureCasePage = paginated(ClosureCaseListItem);
export type ClosureCasePage = z.infer<typeof ClosureCasePage>;

export const Placement = z.object({
  outcome: PlacementOutcome,
  targetInstitutionId: z.uuid().nullable(),
  targetInstitutionName: z.string().nullable(),
  targetClassType: ClassType.nullable(),
  note: z.string().nullable(),
  recordedAt: IsoDateTime,
});
export type Placement = z.infer<typeof Placement>;

/** A child of the closing institution; the name is masked (张*明), no ID number is shown. */
export const ClosureChild = z
  .object({
    childId: z.uuid(),
    name: z.string(),
    sex: Sex,
    birthDate: IsoDate,
    ageMonths: z.number().int().describe('on the planned closure date'),
    className: z.string().nullable(),
    classType: ClassType.nullable(),
    acceptedClassTypes: z.array(ClassType).describe('class types whose age range takes the child on the planned date'),
    placement: Placement.nullable(),
  })
  .meta({ id: 'ClosureChild' });
export type ClosureChild = z.infer<typeof ClosureChild>;

/** One prepayment as of the planned closure date: what is not yet consumed, what was refunded, what is still owed. */
export const OutstandingPrepayment = z.object({
  id: z.uuid(),
  childName: z.string(),
  ...prepaymentTermsFields,
  unconsumedFen: z.number().int(),
  ...prepaymentRefundFields,
  owedFen: z.number().int().describe('unconsumed minus refunded, never below zero'),
  status: PrepaymentStatus,
});
export type OutstandingPrepayment = z.infer<typeof OutstandingPrepayment>;

const Totals = z.object({ unconsumedFen: z.number().int(), refundedFen: z.number().int(), owedFen: z.number().int() });
export type PrepaymentTotals = z.infer<typeof Totals>;

export const ClosureFamily = Totals.extend({
  familyUserId: z.uuid(),
  guardianName: z.string().describe('masked'),
  guardianPhone: z.string().describe('masked'),
  prepayments: z.array(OutstandingPrepayment),
}).meta({ id: 'ClosureFamily' });
export type ClosureFamily = z.infer<typeof ClosureFamily>;

export const ClosureCaseDetail = ClosureCaseListItem.extend({
  note: z.string().nullable(),
  institution: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: InstitutionKind,
    address: z.string(),
    lat: z.number(),
    lng: z.number(),
    filingNumber: z.string().nullable(),
    filingStatus: FilingStatus,
    places: z.number().int(),
  }),
  children: z.array(ClosureChild),
  families: z.array(ClosureFamily),
  prepaymentTotals: Totals,
  revision: z.number().int(),
}).meta({ id: 'ClosureCaseDetail' });
export type ClosureCaseDetail = z.infer<typeof ClosureCaseDetail>;

export const NearbyQuery = z.object({
  radiusKm: z.coerce.number().min(0.1).max(50).optional().describe('defaults to the policy profile’s acceptable distance (catchment.acceptableDistance)'),
  classType: ClassType.optional().describe('only institutions with a vacancy in this class type'),
});
export type NearbyQuery = z.infer<typeof NearbyQuery>;

export const ClassVacancy = z.object({ classType: ClassType, places: z.number().int(), enrolled: z.number().int(), reserved: z.number().int(), vacancies: z.number().int() });
export type ClassVacancy = z.infer<typeof ClassVacancy>;

/** A filed institution near the closing one with at least one vacancy; reserved = transfers recorded in open cases. */
export const NearbyInstitution = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: InstitutionKind,
    isInclusive: z.boolean(),
    address: z.string(),
    phone: z.string(),
    distanceMetres: z.number().int(),
    vacancies: z.array(ClassVacancy),
  })
  .meta({ id: 'NearbyInstitution' });
export type NearbyInstitution = z.infer<typeof NearbyInstitution>;
export const NearbyList = z.object({ radiusMetres: z.number().int(), items: z.array(NearbyInstitution) });
export type NearbyList = z.infer<typeof NearbyList>;

export const ClosureChildParams = z.object({ id: z.uuid(), childId: z.uuid() });
export const ClosurePrepaymentParams = z.object({ id: z.uuid(), prepaymentId: z.uuid() });

export const RecordPlacement = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('transferred'), targetInstitutionId: z.uuid(), targetClassType: ClassType, note: Note.optional() }),
  z.object({ outcome: z.literal('familyCare'), note: Note.optional() }),
  z.object({ outcome: z.literal('other'), note: Note.min(1).describe('where the child goes') }),
]);
export type RecordPlacement = z.infer<typeof RecordPlacement>;

export const CloseClosureCase = z.object({
  note: Note.optional(),
  revision: z.number().int().min(1).describe('the case revision the caller last read'),
});
export type CloseClosureCase = z.infer<typeof CloseClosureCase>;
