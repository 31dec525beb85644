import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { caseCategories, caseDeadlineKinds, caseEventKinds, caseKinds, caseStates, satisfactionLevels, type CaseCategory, type CaseDeadlineKind, type CaseEventKind, type CaseKind, type CaseState, type Department, type SatisfactionLevel } from '@youyu/contracts';
import { instant, oneOf } from '../../platform/db/columns.ts';
import { institutions } from '../institutions/index.ts';

/**
 * A complaint or report (投诉举报): routed to the district health commission of the institution (or
 * of the place named) and to the department its category concerns, with the deadlines of the
 * city's profile. The tracking code lets the submitter follow it without an account.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackingCode: text('tracking_code').notNull(),
    kind: text('kind').$type<CaseKind>().notNull(),
    category: text('category').$type<CaseCategory>().notNull(),
    isUrgent: boolean('is_urgent').notNull(),
    state: text('state').$type<CaseState>().notNull().default('submitted'),
    institutionId: uuid('institution_id').references(() => institutions.id),
    /** As the submitter named it, when the institution is not in the register. */
    institutionName: text('institution_name'),
    address: text('address'),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code'),
    coDepartment: text('co_department').$type<Department>(),
    description: text('description').notNull(),
    isAnonymous: boolean('is_anonymous').notNull(),
    submitterUserId: uuid('submitter_user_id'),
    submitterName: text('submitter_name'),
    submitterPhone: text('submitter_phone'),
    /** A keyed hash of the account, phone or network address: finds duplicates without keeping the address. */
    submitterKey: text('submitter_key').notNull(),
    acknowledgeDueAt: instant('acknowledge_due_at'),
    resolveDueAt: instant('resolve_due_at'),
    acknowledgedAt: instant('acknowledged_at'),
    reply: text('reply'),
    repliedAt: instant('replied_at'),
    /** Decided with the reply; supervision counts the substantiated ones. */
    isSubstantiated: boolean('is_substantiated'),
    satisfaction: text('satisfaction').$type<SatisfactionLevel>(),
    satisfactionComment: text('satisfaction_comment'),
    duplicateOfId: uuid('duplicate_of_id'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Optimistic concurrency: two handlers at once, the second gets a conflict. */
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    uniqueIndex('cases_tracking_code_key').on(t.trackingCode),
    index('cases_district_idx').on(t.districtCode, t.state),
    index('cases_institution_idx').on(t.institutionId),
    index('cases_submitter_idx').on(t.submitterKey, t.category, t.createdAt),
    index('cases_submitter_user_idx').on(t.submitterUserId),
    check('cases_kind_check', oneOf('kind', caseKinds)),
    check('cases_category_check', oneOf('category', caseCategories)),
    check('cases_state_check', oneOf('state', caseStates)),
    check('cases_satisfaction_check', oneOf('satisfaction', satisfactionLevels)),
    check('cases_reply_check', sql`(${t.reply} is null) = (${t.repliedAt} is null)`),
    check('cases_anonymous_check', sql`not ${t.isAnonymous} or (${t.submitterName} is null and ${t.submitterPhone} is null and ${t.submitterUserId} is null)`),
  ],
);

/** The case's history: public steps make the submitter's timeline, the others are the handlers' own. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').$type<CaseEventKind>().notNull(),
    isPublic: boolean('is_public').notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.createdAt), check('case_events_kind_check', oneOf('kind', caseEventKinds))],
);

/** Evidence files, in the object store; only the handlers open them. */
export const caseEvidence = pgTable(
  'case_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('case_evidence_case_idx').on(t.caseId)],
);

/**
 * The deadline alerts the handlers were sent: one row per case, deadline and stage (due soon,
 * overdue). The primary key makes the deadline job idempotent, across runs and across servers.
 */
export const caseDeadlineAlerts = pgTable(
  'case_deadline_alerts',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    deadline: text('deadline').$type<CaseDeadlineKind>().notNull(),
    stage: text('stage').$type<'dueSoon' | 'overdue'>().notNull(),
    /** The deadline as it stood when the alert went out. */
    dueAt: instant('due_at').notNull(),
    sentAt: instant('sent_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'case_deadline_alerts_pkey', columns: [t.caseId, t.deadline, t.stage] }),
    check('case_deadline_alerts_deadline_check', oneOf('deadline', caseDeadlineKinds)),
    check('case_deadline_alerts_stage_check', oneOf('stage', ['dueSoon', 'overdue'])),
  ],
);
