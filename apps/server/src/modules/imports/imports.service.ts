import { institutionImportColumns, MAX_IMPORT_ROWS, normaliseCreditCode, type CommitMode, type ImportJob, type ImportJobPage, type ImportProblemPage, type TableFormat } from '@youyu/contracts';
import { translate, type Locale } from '@youyu/i18n';
import { recordAudit } from '../../platform/audit/index.ts';
import { scopePrefix, type RecordScope } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { ImportRunner } from './import-runner.ts';
import { exampleInstitutionRow } from './example-row.ts';
import { ImportErrors } from './imports.errors.ts';
import * as repo from './imports.repository.ts';
import { toRowProblem } from './problems.ts';
import { readTable, type UploadedFile } from './table-reader.ts';
import { buildTemplate, type TemplateFile } from './template.ts';

const ENTITY = 'importJob';

function progressOf(job: repo.ImportJobRow): number {
  if (job.status === 'validated' || job.status === 'completed') return 100;
  if (job.status === 'importing' || job.totalRows === 0) return 0;
  return Math.floor((job.processedRows / job.totalRows) * 100);
}

export function toImportJob(job: repo.ImportJobRow, locale: Locale): ImportJob {
  return {
    id: job.id,
    fileName: job.fileName,
    format: job.format,
    jurisdictionCode: job.jurisdictionCode,
    status: job.status,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    validRows: job.validRows,
    errorRows: job.errorRows,
    importedRows: job.importedRows,
    progress: progressOf(job),
    mode: job.mode,
    failureCode: job.failureCode,
    failureMessage: job.failureCode ? translate(locale, `imports:failures.${job.failureCode}`) : null,
    createdAt: job.createdAt.toISOString(),
    createdByName: job.createdByName,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** Where a job belongs, for the guard: its jurisdiction. */
export async function importJobScope(exec: Executor, id: string): Promise<RecordScope | null> {
  const job = await repo.findJob(exec, id);
  return job ? { jurisdictionCode: job.jurisdictionCode } : null;
}

async function getJob(ctx: RequestContext, id: string): Promise<repo.ImportJobRow> {
  const job = await repo.findJob(ctx.db, id);
  if (!job) throw notFound();
  return job;
}

/**
 * Takes a city's file of existing institutions: reads it, keeps its rows, and starts validating
 * them in the background. Nothing reaches the registry until the user commits.
 */
export async function createImport(ctx: RequestContext, runner: ImportRunner, file: UploadedFile): Promise<ImportJob> {
  const jurisdictionCode = ctx.actor?.jurisdictionCode;
  if (!jurisdictionCode) throw new DomainError(ImportErrors.IMPORT_JURISDICTION_REQUIRED);
  const table = await readTable(file, institutionImportColumns, MAX_IMPORT_ROWS);
  const job = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertJob(
      tx,
      { fileName: file.fileName, format: table.format, jurisdictionCode, totalRows: table.rows.length, createdBy: ctx.actor!.userId, createdByName: ctx.actor!.displayName },
      table.rows.map((r) => ({ rowNumber: r.row, cells: r.values, creditCode: r.values.creditCode ? normaliseCreditCode(r.values.creditCode) : null, filingNumber: r.values.filingNumber || null })),
    );
    await recordAudit(tx, ctx, { action: 'imports.upload', entityType: ENTITY, entityId: created.id, jurisdictionCode, details: { fileName: file.fileName, rows: table.rows.length } });
    return created;
  });
  runner.start(job.id);
  return toImportJob(job, ctx.locale);
}

export async function getImport(ctx: RequestContext, id: string): Promise<ImportJob> {
  return toImportJob(await getJob(ctx, id), ctx.locale);
}

export async function listImports(ctx: RequestContext, page: { page: number; pageSize: number }): Promise<ImportJobPage> {
  const code = ctx.actor?.jurisdictionCode;
  if (!code) return { items: [], total: 0 };
  const { items, total } = await repo.listJobRows(ctx.db, scopePrefix(code), page);
  return { items: items.map((job) => toImportJob(job, ctx.locale)), total };
}

export async function listImportProblems(ctx: RequestContext, id: string, page: { page: number; pageSize: number }): Promise<ImportProblemPage> {
  const { items, total } = await repo.listProblemRows(ctx.db, id, page);
  return { total, items: items.map((item) => toRowProblem(ctx.locale, item.row, item.problem)) };
}

/** The user's word to write: all rows (only if none failed) or the rows that passed. */
export async function commitImport(ctx: RequestContext, runner: ImportRunner, id: string, mode: CommitMode): Promise<ImportJob> {
  const job = await ctx.db.transaction(async (tx) => {
    const started = await repo.startCommit(tx, id, mode);
    if (!started) {
      const current = await repo.findJob(tx, id);
      if (!current) throw notFound();
      if (current.status !== 'validated') throw new DomainError(ImportErrors.IMPORT_NOT_READY);
      if (current.validRows === 0) throw new DomainError(ImportErrors.IMPORT_NOTHING_TO_IMPORT);
      throw new DomainError(ImportErrors.IMPORT_HAS_ERRORS, { errorRows: current.errorRows });
    }
    await recordAudit(tx, ctx, { action: 'imports.commit', entityType: ENTITY, entityId: id, jurisdictionCode: started.jurisdictionCode, details: { mode, validRows: started.validRows, errorRows: started.errorRows } });
    return started;
  });
  runner.start(job.id);
  return toImportJob(job, ctx.locale);
}

/** The blank file, with a worked example and (in Excel) a sheet explaining every column. */
export function importTemplate(ctx: RequestContext, format: TableFormat): Promise<TemplateFile> {
  return buildTemplate(
    { columns: institutionImportColumns, textColumns: ['creditCode', 'subdistrictCode', 'contactPhone', 'filingNumber', 'registrationDate', 'leaseEndDate', 'filedAt'], examples: [exampleInstitutionRow], describedAt: 'imports:columns', sheetNameKey: 'imports:template.dataSheet' },
    format,
    ctx.locale,
    translate(ctx.locale, 'imports:template.fileName'),
  );
}
