import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { commitModes, importJobStatuses, tableFormats, type CommitMode, type ImportJobStatus, type TableFormat } from '@youyu/contracts';
import { oneOf } from '../../platform/db/columns.ts';
import type { CellProblem } from './problems.ts';

/**
 * A bulk import: the file's rows wait in import_job_rows while the server validates them in
 * batches; counters here are what the page polls. `leaseUntil` lets exactly one app server work
 * on a job, and another pick it up if that server stops.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileName: text('file_name').notNull(),
    format: text('format').$type<TableFormat>().notNull(),
    jurisdictionCode: text('jurisdiction_code').notNull(),
    status: text('status').$type<ImportJobStatus>().notNull().default('validating'),
    totalRows: integer('total_rows').notNull(),
    processedRows: integer('processed_rows').notNull().default(0),
    validRows: integer('valid_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    importedRows: integer('imported_rows').notNull().default(0),
    mode: text('mode').$type<CommitMode>(),
    failureCode: text('failure_code'),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('import_jobs_jurisdiction_idx').on(t.jurisdictionCode, t.createdAt),
    index('import_jobs_status_idx').on(t.status),
    check('import_jobs_status_check', oneOf('status', importJobStatuses)),
    check('import_jobs_format_check', oneOf('format', tableFormats)),
    check('import_jobs_mode_check', oneOf('mode', commitModes)),
    check('import_jobs_counts_check', sql`${t.processedRows} between 0 and ${t.totalRows} and ${t.validRows} + ${t.errorRows} = ${t.processedRows}`),
  ],
);

/** One row of an import's file as read (cells by column key), and what validation found. */
export const importJobRows = pgTable(
  'import_job_rows',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    cells: jsonb('cells').$type<Record<string, string>>().notNull(),
    /** Normalised, so duplicates within the file are found by an index scan. */
    creditCode: text('credit_code'),
    filingNumber: text('filing_number'),
    /** Null until validated. */
    isValid: boolean('is_valid'),
    problems: jsonb('problems').$type<CellProblem[]>(),
  },
  (t) => [
    primaryKey({ name: 'import_job_rows_pkey', columns: [t.jobId, t.rowNumber] }),
    index('import_job_rows_credit_code_idx').on(t.jobId, t.creditCode),
    index('import_job_rows_filing_number_idx').on(t.jobId, t.filingNumber),
  ],
);
