import { z } from 'zod';
import { IsoDate, IsoDateTime, Page, paginated, Role } from '../common/index.ts';
import { ClassType, Fee, FilingStatus, InstitutionKind, institutionPlaceFields, institutionServiceFields, StaffMemberRole, Certificate } from '../institutions/index.ts';
import { DeadlineStatus, FilingAction, FilingItem, FilingKind, FilingState, HealthEvaluationRating, MaterialCategory, MaterialContentType } from './enums.ts';
import { LocationInput, PremisesInput } from './institution-editing.ts';

const Revision = z.number().int().min(1);
const Reason = z.string().trim().min(2).max(500);

/** One item a reviewer returns or refuses, with the reason the applicant reads. */
export const ItemReason = z.strictObject({ item: FilingItem, reason: Reason });
export type ItemReason = z.infer<typeof ItemReason>;

export const FilingMaterial = z
  .object({
    id: z.uuid(),
    category: MaterialCategory,
    fileName: z.string(),
    contentType: MaterialContentType,
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: IsoDateTime,
    uploadedByName: z.string().nullable(),
  })
  .meta({ id: 'FilingMaterial' });
export type FilingMaterial = z.infer<typeof FilingMaterial>;

export const FilingEvent = z
  .object({
    id: z.uuid(),
    action: FilingAction,
    fromState: FilingState.nullable(),
    toState: FilingState,
    at: IsoDateTime,
    actorName: z.string().nullable(),
    actorRole: Role.nullable(),
    reason: z.string().nullable(),
    items: z.array(ItemReason),
  })
  .meta({ id: 'FilingEvent' });
export type FilingEvent = z.infer<typeof FilingEvent>;

/** The institution as submitted: what the reviewer reviews and the receipt records. */
export const FilingSnapshot = z
  .object({
    name: z.string(),
    creditCode: z.string(),
    ...institutionPlaceFields,
    ...institutionServiceFields,
    places: z.number().int(),
    classes: z.array(z.object({ id: z.uuid().nullable(), name: z.string(), classType: ClassType, capacity: z.number().int(), caregivers: z.number().int() })),
    fees: z.array(Fee),
    staff: z.array(z.object({ id: z.uuid(), name: z.string(), role: StaffMemberRole, idNumberMasked: z.string(), certificates: z.array(Certificate), trainingHours: z.number().int() })),
  })
  .meta({ id: 'FilingSnapshot' });
export type FilingSnapshot = z.infer<typeof FilingSnapshot>;

/** A change filing's proposal: the filed facts it alters (absent = unchanged). */
export const ProposedClass = z.strictObject({
  id: z.uuid().nullable().describe('an existing class of the institution, or null for a new one'),
  name: z.string().trim().min(1).max(50),
  classType: ClassType,
  capacity: z.number().int().min(1).max(200),
  caregiverIds: z.array(z.uuid()).max(20),
});
export type ProposedClass = z.infer<typeof ProposedClass>;
export const FilingChanges = z.strictObject({
  location: LocationInput.optional(),
  premises: PremisesInput.optional(),
  hasMeals: z.boolean().optional(),
  classes: z.array(ProposedClass).min(1).max(50).optional(),
  directorStaffId: z.uuid().optional(),
});
export type FilingChanges = z.infer<typeof FilingChanges>;

export const Deadline = z.object({
  dueOn: IsoDate.describe('the last working day of the time limit'),
  workingDaysLeft: z.number().int().describe('negative once overdue'),
  status: DeadlineStatus,
});
export type Deadline = z.infer<typeof Deadline>;

export const FilingListItem = z
  .object({
    id: z.uuid(),
    kind: FilingKind,
    state: FilingState,
    institutionId: z.uuid(),
    institutionName: z.string(),
    institutionKind: InstitutionKind,
    creditCode: z.string(),
    districtCode: z.string(),
    subdistrictCode: z.string(),
    places: z.number().int().nullable().describe('as submitted; null for a draft'),
    submittedAt: IsoDateTime.nullable(),
    decidedAt: IsoDateTime.nullable(),
    deadline: Deadline.nullable().describe('while the reviewer has it (submitted, resubmitted, under review)'),
    reviewerName: z.string().nullable(),
    filingNumber: z.string().nullable(),
    revision: z.number().int(),
  })
  .meta({ id: 'FilingListItem' });
export type FilingListItem = z.infer<typeof FilingListItem>;
export const FilingPage = paginated(FilingListItem);
export type FilingPage = z.infer<typeof FilingPage>;

/** One problem that keeps a filing from being submitted or filed, citing the rule and its basis. */
export const FilingProblem = z.object({ item: FilingItem, code: z.string(), message: z.string() }).meta({ id: 'FilingProblem' });
export type FilingProblem = z.infer<typeof FilingProblem>;

export const FilingDetail = FilingListItem.extend({
  institutionFilingStatus: FilingStatus,
  healthEvaluation: z.object({ rating: HealthEvaluationRating.nullable(), issuedOn: IsoDate.nullable() }),
  commitment: z.object({ signerName: z.string(), signedAt: IsoDateTime, version: z.string() }).nullable(),
  snapshot: FilingSnapshot.nullable().describe('the institution as submitted'),
  changes: FilingChanges.nullable().describe('change filings: the proposal'),
  returnItems: z.array(ItemReason).describe('what the applicant must correct, from the last return'),
  refusal: z.array(ItemReason).describe('why it was refused'),
  materials: z.array(FilingMaterial),
  requiredMaterials: z.array(MaterialCategory),
  events: z.array(FilingEvent),
  filedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
}).meta({ id: 'FilingDetail' });
export type FilingDetail = z.infer<typeof FilingDetail>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
export const FilingQueueQuery = Page.extend({
  state: FilingState.optional(),
  /** Submitted, resubmitted or under review: what waits for a decision. */
  pending: booleanQuery.optional(),
  kind: FilingKind.optional(),
  district: z.string().regex(/^\d{6}$/).optional(),
  subdistrict: z.string().regex(/^\d{9}$/).optional(),
  institutionKind: InstitutionKind.optional(),
  deadline: DeadlineStatus.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('institution name or credit code'),
  institution: z.uuid().optional(),
});
export type FilingQueueQuery = z.infer<typeof FilingQueueQuery>;

export const FilingQueueCounts = z.object({ pending: z.number().int(), overdue: z.number().int(), dueSoon: z.number().int(), returned: z.number().int() });
export type FilingQueueCounts = z.infer<typeof FilingQueueCounts>;

/** For the caller's own institution. */
export const CreateFilingBody = z.strictObject({ kind: FilingKind });
export const UpdateFilingBody = z.strictObject({
  revision: Revision,
  healthEvaluation: z.strictObject({ rating: HealthEvaluationRating, issuedOn: IsoDate }).optional(),
  changes: FilingChanges.optional(),
});
export type UpdateFilingBody = z.infer<typeof UpdateFilingBody>;

/** 承诺书: the director signs online, by name; the text signed is versioned. */
export const SubmitFilingBody = z.strictObject({
  revision: Revision,
  commitment: z.strictObject({ signerName: z.string().trim().min(2).max(50), accepted: z.literal(true) }),
});
export type SubmitFilingBody = z.infer<typeof SubmitFilingBody>;
export const RevisionBody = z.strictObject({ revision: Revision });
export const ReturnFilingBody = z.strictObject({ revision: Revision, items: z.array(ItemReason).min(1).max(20) });
export const RefuseFilingBody = ReturnFilingBody;
export const FileFilingBody = z.strictObject({ revision: Revision, note: z.string().trim().max(500).optional() });
/** Suspension, reinstatement and withdrawal act on the institution's standing; revision is the institution's. */
export const StandingChangeBody = z.strictObject({ revision: Revision, reason: Reason });
export type StandingChangeBody = z.infer<typeof StandingChangeBody>;

export const MaterialParams = z.object({ id: z.uuid(), materialId: z.uuid() });
export const MaterialUploadQuery = z.object({ category: MaterialCategory });

export const FilingCheck = z.object({ problems: z.array(FilingProblem), requiredMaterials: z.array(MaterialCategory) });
export type FilingCheck = z.infer<typeof FilingCheck>;

/** An institution's whole filing history: every application and every change of standing. */
export const FilingHistory = z.object({
  institutionId: z.uuid(),
  institutionName: z.string(),
  filingStatus: FilingStatus,
  filingNumber: z.string().nullable(),
  filedAt: IsoDateTime.nullable(),
  enrolled: z.number().int().describe('children enrolled now: a withdrawal with children goes through the closure procedure'),
  revision: z.number().int().describe("the institution's revision, sent back with a suspension, reinstatement or withdrawal"),
  filings: z.array(FilingListItem),
  events: z.array(FilingEvent.extend({ filingId: z.uuid().nullable() })),
});
export type FilingHistory = z.infer<typeof FilingHistory>;

/**
 * A city's filing settings: the filing number format ({year}, {city}, {district}, {seq:N}) and
 * the working-day calendar (public holidays off, make-up working days on) behind time limits.
 */
export const FILING_NUMBER_FORMAT_PATTERN = /^(?=.*\{seq(?::[1-9])?\})(?:[^{}]|\{(?:year|city|district|seq(?::[1-9])?)\}){1,60}$/;
export const FilingSettings = z
  .object({
    cityCode: z.string(),
    numberFormat: z.string(),
    holidays: z.array(IsoDate),
    makeUpWorkdays: z.array(IsoDate),
    isDefault: z.boolean().describe('no city setting saved yet: the shipped defaults apply'),
    revision: z.number().int(),
  })
  .meta({ id: 'FilingSettings' });
export type FilingSettings = z.infer<typeof FilingSettings>;
export const FilingSettingsInput = z.strictObject({
  revision: z.number().int().min(0).describe('0 when no setting was saved yet'),
  numberFormat: z.string().trim().regex(FILING_NUMBER_FORMAT_PATTERN, { message: 'filing number format' }),
  holidays: z.array(IsoDate).max(400),
  makeUpWorkdays: z.array(IsoDate).max(100),
});
export type FilingSettingsInput = z.infer<typeof FilingSettingsInput>;
export const CityParams = z.object({ city: z.string().regex(/^\d{2}0000$/) });

