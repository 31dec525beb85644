import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ratingStatuses, type RatingStatus, type ScreeningFlag } from '@youyu/contracts';
import { institutions } from '../institutions/index.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const score = (name: string) => smallint(name).notNull();
const oneToFive = (column: string) => sql.raw(`"${column}" between 1 and 5`);

/**
 * A family's rating of an institution (评价): one per family and institution, editable. Screened
 * when saved; held ones wait for a regulator. The institution may reply once, publicly.
 */
export const ratings = pgTable(
  'ratings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    /** No foreign key: accounts are another module's table. */
    familyUserId: uuid('family_user_id').notNull(),
    /** Shown masked (张*) beside a published rating; kept as it was when rated. */
    familyName: text('family_name').notNull(),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    overall: score('overall'),
    care: score('care'),
    safety: score('safety'),
    food: score('food'),
    communication: score('communication'),
    environment: score('environment'),
    comment: text('comment').notNull().default(''),
    status: text('status').$type<RatingStatus>().notNull(),
    heldFor: jsonb('held_for').$type<ScreeningFlag[]>().notNull().default([]),
    rejectReason: text('reject_reason'),
    moderatedBy: uuid('moderated_by'),
    moderatedAt: instant('moderated_at'),
    reply: text('reply'),
    repliedBy: uuid('replied_by'),
    repliedAt: instant('replied_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Optimistic concurrency for moderators: a decision sends the revision it read. */
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    uniqueIndex('ratings_family_institution_key').on(t.institutionId, t.familyUserId),
    // With the overall score: the register's average per institution (list and sort) reads the index alone.
    index('ratings_published_idx').on(t.institutionId, t.createdAt, t.overall).where(sql`${t.status} = 'published'`),
    index('ratings_held_idx').on(t.districtCode, t.status),
    index('ratings_family_idx').on(t.familyUserId),
    check('ratings_status_check', sql.raw(`"status" in (${ratingStatuses.map((s) => `'${s}'`).join(', ')})`)),
    check('ratings_scores_check', sql`${oneToFive('overall')} and ${oneToFive('care')} and ${oneToFive('safety')} and ${oneToFive('food')} and ${oneToFive('communication')} and ${oneToFive('environment')}`),
    check('ratings_reply_check', sql`(${t.reply} is null) = (${t.repliedAt} is null)`),
  ],
);
