import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { FilingAction, FilingChanges, FilingKind, FilingSnapshot, FilingState, HealthEvaluationRating, ItemReason, MaterialCategory, MaterialContentType } from '@youyu/contracts';
import { filingActions, filingKinds, filingStates, healthEvaluationRatings, materialCategories, materialContentTypes, openFilingStates } from '@youyu/contracts';
import { instant, oneOf } from '../../platform/db/columns.ts';
import { institutions } from '../institutions/index.ts';

export type Commitment = { signerName: string; signedAt: string; version: string; ip: string };

/**
 * Filing applications (备案申请): an institution's initial filing and its later change filings.
 * The initial filing that was filed is the filing in force; its state follows the institution's
 * suspension and withdrawal. Carries the place codes so the district's queue is an index scan.
 */
export const filings = pgTable(
  'filings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    kind: text('kind').$type<FilingKind>().notNull(),
    state: text('state').$type<FilingState>().notNull().default('draft'),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    healthEvaluationRating: text('health_evaluation_rating').$type<HealthEvaluationRating>(),
    healthEvaluationIssuedOn: date('health_evaluation_issued_on', { mode: 'string' }),
    commitment: jsonb('commitment').$type<Commitment>(),
    /** The institution as submitted (a change filing: as it would be once filed). */
    snapshot: jsonb('snapshot').$type<FilingSnapshot>(),
    changes: jsonb('changes').$type<FilingChanges>(),
    returnItems: jsonb('return_items').$type<ItemReason[]>().notNull().default([]),
    refusal: jsonb('refusal').$type<ItemReason[]>().notNull().default([]),
    /** The last submission or resubmission: the review time limit runs from it. */
    submittedAt: instant('submitted_at'),
    dueOn: date('due_on', { mode: 'string' }),
    reviewerUserId: uuid('reviewer_user_id'),
    reviewerName: text('reviewer_name'),
    decidedAt: instant('decided_at'),
    filingNumber: text('filing_number'),
    filedAt: instant('filed_at'),
    createdBy: uuid('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Optimistic concurrency: of two reviewers acting on one revision, exactly one gets through. */
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('filings_institution_idx').on(t.institutionId, t.createdAt),
    index('filings_district_state_idx').on(t.districtCode, t.state, t.dueOn),
    index('filings_subdistrict_idx').on(t.subdistrictCode),
    // One open application per institution at a time.
    uniqueIndex('filings_one_open_key')
      .on(t.institutionId)
      .where(sql.raw(`"state" in (${openFilingStates.map((s) => `'${s}'`).join(', ')})`)),
    check('filings_kind_check', oneOf('kind', filingKinds)),
    check('filings_state_check', oneOf('state', filingStates)),
    check('filings_rating_check', oneOf('health_evaluation_rating', healthEvaluationRatings)),
  ],
);

/** Uploaded materials: metadata here, bytes in the object store under storage_key. */
export const filingMaterials = pgTable(
  'filing_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    filingId: uuid('filing_id')
      .notNull()
      .references(() => filings.id),
    institutionId: uuid('institution_id').notNull(),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    category: text('category').$type<MaterialCategory>().notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').$type<MaterialContentType>().notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedByName: text('uploaded_by_name'),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
  },
  (t) => [
    index('filing_materials_filing_idx').on(t.filingId, t.category),
    uniqueIndex('filing_materials_storage_key').on(t.storageKey),
    check('filing_materials_category_check', oneOf('category', materialCategories)),
    check('filing_materials_type_check', oneOf('content_type', materialContentTypes)),
    check('filing_materials_size_check', sql`${t.sizeBytes} > 0`),
  ],
);

/**
 * Every transition of a filing or of the institution's standing: who, when, why. Standing changes
 * of an institution filed before Youyu (no filing record) carry no filing id.
 */
export const filingEvents = pgTable(
  'filing_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    filingId: uuid('filing_id').references(() => filings.id),
    institutionId: uuid('institution_id').notNull(),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    action: text('action').$type<FilingAction>().notNull(),
    fromState: text('from_state').$type<FilingState>(),
    toState: text('to_state').$type<FilingState>().notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role'),
    reason: text('reason'),
    items: jsonb('items').$type<ItemReason[]>().notNull().default([]),
    at: instant('at').notNull().defaultNow(),
  },
  (t) => [index('filing_events_filing_idx').on(t.filingId, t.at), index('filing_events_institution_idx').on(t.institutionId, t.at), check('filing_events_action_check', oneOf('action', filingActions))],
);

/** A city's filing number format and working-day calendar; absent: the shipped defaults. */
export const filingSettings = pgTable('filing_settings', {
  cityCode: text('city_code').primaryKey(),
  numberFormat: text('number_format').notNull(),
  holidays: jsonb('holidays').$type<string[]>().notNull(),
  makeUpWorkdays: jsonb('make_up_workdays').$type<string[]>().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
  revision: integer('revision').notNull().default(1),
});

/**
 * The last sequence number used per number scope: the format rendered without its sequence
 * (e.g. 京托备〔2025〕110105#). Incremented inside the filing's transaction, so a rolled-back
 * filing gives its number back: numbers are unique and without gaps.
 */
export const filingNumberCounters = pgTable('filing_number_counters', {
  scope: text('scope').primaryKey(),
  last: integer('last').notNull(),
});
