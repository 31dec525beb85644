import { sql } from 'drizzle-orm';
import { check, customType, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PolicyDocumentStatus } from '@youyu/contracts';

/** PostgreSQL's text-search document; written as a literal built from jieba's words (policy-terms.ts). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A document of the policy library (托育政策查询). Chinese has no spaces, so PostgreSQL cannot cut
 * it into words: the server cuts it with jieba and stores the words as `search_vector` (title
 * weighted A, tags and issuer B, body C), kept in step by every write. `search_text` is the same
 * text normalised, for phrase look-ups (ILIKE); its trigram index (gin_trgm_ops) is created in
 * the migration SQL after `create extension pg_trgm`, which drizzle-kit does not write.
 */
export const policyDocuments = pgTable(
  'policy_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    /** 文号; null for documents without one (drafts for comment, reports). */
    documentNumber: text('document_number'),
    issuedOn: date('issued_on', { mode: 'string' }),
    /** 'national', or the 6-digit code of the issuing city or district. */
    jurisdictionCode: text('jurisdiction_code').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'`),
    body: text('body').notNull().default(''),
    source: text('source'),
    sourceUrl: text('source_url'),
    status: text('status').$type<PolicyDocumentStatus>().notNull().default('draft'),
    /** Bumped by every change; edits, publishing and unpublishing name the revision they saw. */
    revision: integer('revision').notNull().default(1),
    /** Set for documents installed from the shipped data, so installing again finds them. */
    shippedKey: text('shipped_key'),
    searchVector: tsvector('search_vector').notNull(),
    searchText: text('search_text').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('policy_documents_search_idx').using('gin', t.searchVector),
    index('policy_documents_tags_idx').using('gin', t.tags),
    index('policy_documents_listing_idx').on(t.status, t.issuedOn),
    index('policy_documents_jurisdiction_idx').on(t.jurisdictionCode),
    // One document per number: a second one with the same 文号 is a duplicate entry.
    uniqueIndex('policy_documents_number_key').on(t.documentNumber),
    uniqueIndex('policy_documents_shipped_key').on(t.shippedKey),
    check('policy_documents_status_check', sql`${t.status} in ('draft', 'published')`),
    check('policy_documents_published_check', sql`(${t.status} = 'published') = (${t.publishedAt} is not null)`),
    check('policy_documents_jurisdiction_check', sql`${t.jurisdictionCode} = 'national' or ${t.jurisdictionCode} ~ '^[0-9]{6}$'`),
  ],
);

export type PolicyDocumentRow = typeof policyDocuments.$inferSelect;
