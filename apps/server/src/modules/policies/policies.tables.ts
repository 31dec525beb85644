import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PolicyEntry } from '@youyu/contracts';

/**
 * One row per version of a jurisdiction's policy profile (政策配置). Versions are never deleted
 * once published: `effective_from`/`effective_to` say when each applied, so any past date resolves
 * to the numbers in force then. Only drafts change or disappear.
 */
export const policyProfileVersions = pgTable(
  'policy_profile_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'national' for the national rule set, else a 6-digit city or district code. */
    jurisdictionCode: text('jurisdiction_code').notNull(),
    level: text('level').$type<'national' | 'city' | 'district'>().notNull(),
    version: integer('version').notNull(),
    status: text('status').$type<'draft' | 'active' | 'superseded'>().notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** Last day the version applies (inclusive); null while open-ended. */
    effectiveTo: date('effective_to', { mode: 'string' }),
    values: jsonb('values').$type<Record<string, PolicyEntry>>().notNull(),
    reason: text('reason'),
    notes: text('notes'),
    /** Bumped by every change; edits and publication must name the revision they saw. */
    revision: integer('revision').notNull().default(1),
    /** Set for versions installed from the shipped data, so installing again finds them. */
    shippedKey: text('shipped_key'),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    publishedBy: uuid('published_by'),
    publishedByName: text('published_by_name'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('policy_profile_versions_version_uq').on(t.jurisdictionCode, t.version),
    // At most one open draft and one active version per jurisdiction.
    uniqueIndex('policy_profile_versions_draft_uq').on(t.jurisdictionCode).where(sql`status = 'draft'`),
    uniqueIndex('policy_profile_versions_active_uq').on(t.jurisdictionCode).where(sql`status = 'active'`),
    uniqueIndex('policy_profile_versions_shipped_uq').on(t.shippedKey),
    index('policy_profile_versions_effective_idx').on(t.jurisdictionCode, t.effectiveFrom),
    check('policy_profile_versions_status_ck', sql`status in ('draft', 'active', 'superseded')`),
    check('policy_profile_versions_level_ck', sql`level in ('national', 'city', 'district')`),
    check('policy_profile_versions_range_ck', sql`effective_to is null or effective_to >= effective_from`),
  ],
);

export type PolicyProfileRow = typeof policyProfileVersions.$inferSelect;
