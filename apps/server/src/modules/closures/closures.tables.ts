import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { classTypes, closureCaseStatuses, placementOutcomes, type ClassType, type ClosureCaseStatus, type PlacementOutcome } from '@youyu/contracts';
import { oneOf } from '../../platform/db/columns.ts';
import { children, institutions } from '../institutions/index.ts';

/**
 * A closure case (关停应急处置): a regulator's handling of an institution that stops operating,
 * from the decision to the placement of its last child. Closing the case withdraws the filing.
 */
export const closureCases = pgTable(
  'closure_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    reason: text('reason').notNull(),
    /** First day without service: prepayments are consumed up to the day before. */
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    status: text('status').$type<ClosureCaseStatus>().notNull().default('open'),
    note: text('note'),
    /** Null when the system opened it (the demo seed). */
    openedBy: uuid('opened_by'),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Optimistic concurrency: closing sends the revision it read; every placement moves it on. */
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    // One case in progress per institution; closed cases stay as history.
    uniqueIndex('closure_cases_open_key').on(t.institutionId).where(sql`${t.status} = 'open'`),
    index('closure_cases_institution_idx').on(t.institutionId),
    index('closure_cases_district_idx').on(t.districtCode),
    index('closure_cases_subdistrict_idx').on(t.subdistrictCode),
    check('closure_cases_status_check', oneOf('status', closureCaseStatuses)),
    check('closure_cases_closed_check', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
  ],
);

/** Where one child of a closing institution goes; a transfer names the receiving institution and class type. */
export const closurePlacements = pgTable(
  'closure_placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => closureCases.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    outcome: text('outcome').$type<PlacementOutcome>().notNull(),
    targetInstitutionId: uuid('target_institution_id').references(() => institutions.id),
    targetClassType: text('target_class_type').$type<ClassType>(),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    unique('closure_placements_child_key').on(t.caseId, t.childId),
    index('closure_placements_target_idx').on(t.targetInstitutionId),
    check('closure_placements_outcome_check', oneOf('outcome', placementOutcomes)),
    check('closure_placements_class_type_check', oneOf('target_class_type', classTypes)),
    check('closure_placements_target_check', sql`(${t.outcome} = 'transferred') = (${t.targetInstitutionId} is not null) and (${t.targetInstitutionId} is null) = (${t.targetClassType} is null)`),
  ],
);
