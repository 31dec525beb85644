import { z } from 'zod';
import { Department, IsoDateTime, Page, paginated } from '../common/index.ts';

/** A complaint is a family's, from its account; a report is anyone's, and may be anonymous. */
export const caseKinds = ['complaint', 'report'] as const;
export const CaseKind = z.enum(caseKinds);
export type CaseKind = z.infer<typeof CaseKind>;

/** What a case is about; suspected abuse or neglect is urgent and alerts the district at once. */
export const caseCategories = ['abuse', 'safety', 'food', 'hygiene', 'fees', 'unfiled', 'other'] as const;
export const CaseCategory = z.enum(caseCategories);
export type CaseCategory = z.infer<typeof CaseCategory>;
export const urgentCaseCategories: readonly CaseCategory[] = ['abuse'];

/**
 * submitted → acknowledged (受理) → replied (答复) → closed (the submitter said how satisfied they are).
 * A duplicate is linked to the earlier case that covers it and is not handled on its own.
 */
export const caseStates = ['submitted', 'acknowledged', 'replied', 'closed', 'duplicate'] as const;
export const CaseState = z.enum(caseStates);
export type CaseState = z.infer<typeof CaseState>;
export const openCaseStates: readonly CaseState[] = ['submitted', 'acknowledged'];

export const satisfactionLevels = ['satisfied', 'neutral', 'unsatisfied'] as const;
export const SatisfactionLevel = z.enum(satisfactionLevels);
export type SatisfactionLevel = z.infer<typeof SatisfactionLevel>;

/** acknowledgeOverdue / resolveOverdue: internal marks the deadline job leaves when a deadline passes. */
export const caseEventKinds = ['submitted', 'acknowledged', 'step', 'replied', 'satisfaction', 'evidenceAdded', 'duplicate', 'acknowledgeOverdue', 'resolveOverdue'] as const;
export const CaseEventKind = z.enum(caseEventKinds);
export type CaseEventKind = z.infer<typeof CaseEventKind>;

export const caseDeadlineStatuses = ['onTime', 'dueSoon', 'overdue'] as const;
export const CaseDeadlineStatus = z.enum(caseDeadlineStatuses);
export type CaseDeadlineStatus = z.infer<typeof CaseDeadlineStatus>;

/** The two deadlines of a case: acknowledging (受理) it, and resolving (办结) it with the reply. */
export const caseDeadlineKinds = ['acknowledge', 'resolve'] as const;
export type CaseDeadlineKind = (typeof caseDeadlineKinds)[number];

/** Evidence: PDF, JPEG or PNG by content, like filing materials. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_PER_CASE_MAX = 5;

/**
 * Tracking codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in
 * groups of four (K7QM-4XRP-9TDA); about 59 bits, so they cannot be guessed. Case and dashes are ignored.
 */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TrackingCodeParams = z.object({ trackingCode: z.string().trim().regex(/^[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}$/, { message: 'tracking code' }) });

const Description = z.string().trim().min(10).max(2000);
const Phone = z.string().regex(/^1[3-9]\d{9}$/, { message: 'mobile number' });

const Where = {
  institutionId: z.uuid().optional().describe('the institution, when known'),
  institutionName: z.string().trim().min(1).max(100).optional().describe('when the institution is not in the register: its name or what it calls itself'),
  districtCode: z.string().regex(/^\d{6}$/).optional().describe('when the institution is not known: the district it is in'),
  subdistrictCode: z.string().regex(/^\d{9}$/).optional(),
  address: z.string().trim().max(200).optional().describe('where it is, when the institution is not known'),
};

/** A report from anyone; an anonymous report keeps no name or phone (a phone given is only texted the tracking code). */
export const NewReport = z
  .object({
    category: CaseCategory,
    ...Where,
    description: Description,
    isAnonymous: z.boolean(),
    name: z.string().trim().min(1).max(50).optional(),
    phone: Phone.optional(),
  })
  .refine((r) => !!r.institutionId || !!r.districtCode, { path: ['districtCode'], message: 'institution or district required' })
  .refine((r) => r.isAnonymous || !!r.phone, { path: ['phone'], message: 'a phone number unless anonymous' });
export type NewReport = z.infer<typeof NewReport>;

/** A family's complaint about an institution, from its account (name and phone come from it). */
export const NewComplaint = z.object({ category: CaseCategory, institutionId: z.uuid(), description: Description });
export type NewComplaint = z.infer<typeof NewComplaint>;

export const CaseReceipt = z
  .object({
    trackingCode: z.string(),
    state: CaseState,
    isUrgent: z.boolean(),
    isDuplicate: z.boolean().describe('linked to an earlier case of the same submitter, institution and category'),
    isCodeTexted: z.boolean().describe('the tracking code was sent by text message to the number given'),
    acknowledgeDueAt: IsoDateTime.nullable(),
    resolveDueAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'CaseReceipt' });
export type CaseReceipt = z.infer<typeof CaseReceipt>;

/** A step of the public timeline; handlers' internal notes never appear here. */
export const PublicCaseEvent = z.object({ kind: CaseEventKind, at: IsoDateTime, note: z.string().nullable() });
export type PublicCaseEvent = z.infer<typeof PublicCaseEvent>;

/** What anyone holding the tracking code sees: no description, no names, no phone numbers. */
export const PublicCase = z
  .object({
    trackingCode: z.string(),
    kind: CaseKind,
    category: CaseCategory,
    isUrgent: z.boolean(),
    state: CaseState,
    institutionName: z.string().nullable().describe('only an institution of the register'),
    districtCode: z.string(),
    submittedAt: IsoDateTime,
    acknowledgeDueAt: IsoDateTime.nullable(),
    resolveDueAt: IsoDateTime.nullable(),
    timeline: z.array(PublicCaseEvent),
    reply: z.string().nullable(),
    repliedAt: IsoDateTime.nullable(),
    satisfaction: SatisfactionLevel.nullable(),
    canGiveSatisfaction: z.boolean(),
    canAddEvidence: z.boolean(),
    evidenceCount: z.number().int(),
  })
  .meta({ id: 'PublicCase' });
export type PublicCase = z.infer<typeof PublicCase>;

export const SatisfactionInput = z.object({ level: SatisfactionLevel, comment: z.string().trim().max(500).optional() });
export type SatisfactionInput = z.infer<typeof SatisfactionInput>;

export const CaseEvidence = z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int(), uploadedAt: IsoDateTime }).meta({ id: 'CaseEvidence' });
export type CaseEvidence = z.infer<typeof CaseEvidence>;

export const CaseDeadline = z.object({ dueAt: IsoDateTime, status: CaseDeadlineStatus });
export type CaseDeadline = z.infer<typeof CaseDeadline>;

export const CaseListItem = z
  .object({
    id: z.uuid(),
    trackingCode: z.string(),
    kind: CaseKind,
    category: CaseCategory,
    isUrgent: z.boolean(),
    state: CaseState,
    institutionId: z.uuid().nullable(),
    institutionName: z.string().nullable(),
    districtCode: z.string(),
    subdistrictCode: z.string().nullable(),
    coDepartment: Department.nullable().describe('the department the category also concerns, from the policy profile'),
    submittedAt: IsoDateTime,
    deadline: CaseDeadline.nullable().describe('the next one due: acknowledging, then resolving; none once replied'),
    isSubstantiated: z.boolean().nullable(),
    duplicateOfId: z.uuid().nullable(),
  })
  .meta({ id: 'CaseListItem' });
export type CaseListItem = z.infer<typeof CaseListItem>;
export const CasePage = paginated(CaseListItem);
export type CasePage = z.infer<typeof CasePage>;

const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const CaseListQuery = Page.extend({
  category: CaseCategory.optional(),
  state: CaseState.optional(),
  overdue: Flag.optional(),
  urgent: Flag.optional(),
  institutionId: z.uuid().optional(),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const CaseEvent = PublicCaseEvent.extend({ id: z.uuid(), isPublic: z.boolean(), actorName: z.string().nullable() });
export type CaseEvent = z.infer<typeof CaseEvent>;

export const CaseDetail = CaseListItem.extend({
  description: z.string(),
  address: z.string().nullable(),
  submitter: z.object({ isAnonymous: z.boolean(), name: z.string().nullable(), phone: z.string().nullable() }),
  acknowledgeDueAt: IsoDateTime.nullable(),
  resolveDueAt: IsoDateTime.nullable(),
  acknowledgedAt: IsoDateTime.nullable(),
  reply: z.string().nullable(),
  repliedAt: IsoDateTime.nullable(),
  satisfaction: SatisfactionLevel.nullable(),
  satisfactionComment: z.string().nullable(),
  evidence: z.array(CaseEvidence),
  events: z.array(CaseEvent),
  duplicates: z.array(z.object({ id: z.uuid(), trackingCode: z.string(), submittedAt: IsoDateTime })),
  revision: z.number().int(),
}).meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetail>;

const Revision = z.number().int().min(1).describe('the case revision the caller last read');
export const AcknowledgeCase = z.object({ note: z.string().trim().max(1000).optional(), revision: Revision });
export type AcknowledgeCase = z.infer<typeof AcknowledgeCase>;
export const CaseStepInput = z.object({ note: z.string().trim().min(1).max(1000), isPublic: z.boolean().describe('shown on the public timeline; write nothing personal'), revision: Revision });
export type CaseStepInput = z.infer<typeof CaseStepInput>;
export const CaseReplyInput = z.object({ reply: z.string().trim().min(1).max(2000), isSubstantiated: z.boolean(), revision: Revision });
export type CaseReplyInput = z.infer<typeof CaseReplyInput>;
export const CaseEvidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });

/** A family's own complaints. */
export const MyCase = z.object({ id: z.uuid(), trackingCode: z.string(), category: CaseCategory, state: CaseState, institutionName: z.string().nullable(), submittedAt: IsoDateTime, repliedAt: IsoDateTime.nullable() }).meta({ id: 'MyCase' });
export type MyCase = z.infer<typeof MyCase>;
export const MyCaseList = z.object({ items: z.array(MyCase) });
export type MyCaseList = z.infer<typeof MyCaseList>;
