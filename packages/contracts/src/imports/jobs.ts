import { z } from 'zod';
import { IsoDateTime, Page, paginated } from '../common/index.ts';
import { CommitMode, RowProblem, TableFormat } from './tabular.ts';

/**
 * An import's path: the server validates every row in batches (`validating`), reports
 * (`validated`), and on the user's word writes everything in one transaction (`importing` →
 * `completed`), or stops (`failed`, with the reason).
 */
export const importJobStatuses = ['validating', 'validated', 'importing', 'completed', 'failed'] as const;
export const ImportJobStatus = z.enum(importJobStatuses);
export type ImportJobStatus = z.infer<typeof ImportJobStatus>;

export const ImportJob = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    format: TableFormat,
    jurisdictionCode: z.string().describe('rows outside it are refused'),
    status: ImportJobStatus,
    totalRows: z.number().int(),
    processedRows: z.number().int().describe('rows validated so far'),
    validRows: z.number().int(),
    errorRows: z.number().int(),
    importedRows: z.number().int(),
    progress: z.number().int().min(0).max(100).describe('percent of the current phase'),
    mode: CommitMode.nullable().describe('how it was (or is being) written'),
    failureCode: z.string().nullable(),
    failureMessage: z.string().nullable(),
    createdAt: IsoDateTime,
    createdByName: z.string().nullable(),
    finishedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'ImportJob' });
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportJobListQuery = Page;
export const ImportJobPage = paginated(ImportJob);
export type ImportJobPage = z.infer<typeof ImportJobPage>;

export const ImportProblemsQuery = Page.extend({ pageSize: z.coerce.number().int().min(1).max(500).default(100) });
export const ImportProblemPage = paginated(RowProblem);
export type ImportProblemPage = z.infer<typeof ImportProblemPage>;

export const CommitImportBody = z.strictObject({ mode: CommitMode });
export type CommitImportBody = z.infer<typeof CommitImportBody>;
