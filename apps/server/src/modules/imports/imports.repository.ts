import { and, asc, count, desc, eq, inArray, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { CommitMode, ImportJobStatus } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { bulkInsert } from '../institutions/index.ts';
import { importJobRows, importJobs } from './imports.tables.ts';
import type { CellProblem } from './problems.ts';
import type { FirstRows } from './row-checks.ts';

export type ImportJobRow = typeof importJobs.$inferSelect;
export type NewImportJobRow = typeof importJobRows.$inferInsert;

// How long a server may work on a job without a sign of life before another takes it over.
const LEASE = sql`now() + interval '2 minutes'`;

export async function insertJob(exec: Executor, job: typeof importJobs.$inferInsert, rows: Omit<NewImportJobRow, 'jobId'>[]): Promise<ImportJobRow> {
  const [inserted] = await exec.insert(importJobs).values(job).returning();
  await bulkInsert(exec, importJobRows, rows.map((row) => ({ ...row, jobId: inserted!.id })));
  return inserted!;
}

export async function findJob(exec: Executor, id: string): Promise<ImportJobRow | undefined> {
  const [row] = await exec.select().from(importJobs).where(eq(importJobs.id, id));
  return row;
}

/** Jobs whose jurisdiction starts with `prefix` (all for null), newest first. */
export async function listJobRows(exec: Executor, prefix: string | null, page: { page: number; pageSize: number }) {
  const where: SQL | undefined = prefix === null ? undefined : like(importJobs.jurisdictionCode, `${prefix}%`);
  const items = await exec
    .select()
    .from(importJobs)
    .where(where)
    .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await exec.select({ n: count() }).from(importJobs).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Takes (or renews) the job's lease if it is in one of `statuses` and nobody else holds it. */
export async function claimJob(exec: Executor, id: string, statuses: readonly ImportJobStatus[], renew = false): Promise<ImportJobRow | undefined> {
  const free = or(isNull(importJobs.leaseUntil), lt(importJobs.leaseUntil, sql`now()`));
  const [row] = await exec
    .update(importJobs)
    .set({ leaseUntil: LEASE, updatedAt: new Date() })
    .where(and(eq(importJobs.id, id), inArray(importJobs.status, [...statuses]), renew ? undefined : free))
    .returning();
  return row;
}

/** Jobs left working by a server that stopped: their lease ran out. */
export async function listStalledJobIds(exec: Executor): Promise<string[]> {
  const rows = await exec
    .select({ id: importJobs.id })
    .from(importJobs)
    .where(and(inArray(importJobs.status, ['validating', 'importing']), or(isNull(importJobs.leaseUntil), lt(importJobs.leaseUntil, sql`now()`))));
  return rows.map((r) => r.id);
}

export function nextRowsToValidate(exec: Executor, jobId: string, limit: number) {
  return exec
    .select({ rowNumber: importJobRows.rowNumber, cells: importJobRows.cells })
    .from(importJobRows)
    .where(and(eq(importJobRows.jobId, jobId), isNull(importJobRows.isValid)))
    .orderBy(asc(importJobRows.rowNumber))
    .limit(limit);
}

/** The first row of the file carrying each of these credit codes and filing numbers. */
export async function firstRowsOf(exec: Executor, jobId: string, creditCodes: string[], filingNumbers: string[]): Promise<FirstRows> {
  const first = async (column: typeof importJobRows.creditCode | typeof importJobRows.filingNumber, values: string[]) => {
    if (values.length === 0) return new Map<string, number>();
    const rows = await exec
      .select({ value: column, row: sql<number>`min(${importJobRows.rowNumber})::int` })
      .from(importJobRows)
      .where(and(eq(importJobRows.jobId, jobId), inArray(column, values)))
      .groupBy(column);
    return new Map(rows.map((r) => [r.value as string, r.row]));
  };
  return { creditCodes: await first(importJobRows.creditCode, creditCodes), filingNumbers: await first(importJobRows.filingNumber, filingNumbers) };
}

/** Stores a batch's verdicts in one statement and moves the job's counters with them. */
export async function saveVerdicts(exec: Executor, jobId: string, verdicts: { rowNumber: number; problems: CellProblem[] }[]): Promise<void> {
  if (verdicts.length === 0) return;
  const payload = JSON.stringify(verdicts.map((v) => ({ row_number: v.rowNumber, problems: v.problems.length > 0 ? v.problems : null })));
  await exec.execute(sql`
    update ${importJobRows} set is_valid = v.problems is null, problems = v.problems
    from jsonb_to_recordset(${payload}::jsonb) as v(row_number int, problems jsonb)
    where ${importJobRows.jobId} = ${jobId} and ${importJobRows.rowNumber} = v.row_number`);
  const errors = verdicts.filter((v) => v.problems.length > 0).length;
  await exec
    .update(importJobs)
    .set({
      processedRows: sql`${importJobs.processedRows} + ${verdicts.length}`,
      validRows: sql`${importJobs.validRows} + ${verdicts.length - errors}`,
      errorRows: sql`${importJobs.errorRows} + ${errors}`,
      updatedAt: new Date(),
    })
    .where(eq(importJobs.id, jobId));
}

/** Rows that passed once but must not be written now; they count as errors from here on. */
export async function rejectRows(exec: Executor, jobId: string, verdicts: { rowNumber: number; problems: CellProblem[] }[]): Promise<void> {
  const payload = JSON.stringify(verdicts.map((v) => ({ row_number: v.rowNumber, problems: v.problems })));
  await exec.execute(sql`
    update ${importJobRows} set is_valid = false, problems = v.problems
    from jsonb_to_recordset(${payload}::jsonb) as v(row_number int, problems jsonb)
    where ${importJobRows.jobId} = ${jobId} and ${importJobRows.rowNumber} = v.row_number`);
  await exec
    .update(importJobs)
    .set({ validRows: sql`${importJobs.validRows} - ${verdicts.length}`, errorRows: sql`${importJobs.errorRows} + ${verdicts.length}`, updatedAt: new Date() })
    .where(eq(importJobs.id, jobId));
}

export async function setJobStatus(exec: Executor, id: string, status: ImportJobStatus, extra: Partial<Pick<ImportJobRow, 'failureCode' | 'importedRows' | 'finishedAt' | 'mode'>> = {}): Promise<void> {
  const isDone = status !== 'validating' && status !== 'importing';
  await exec
    .update(importJobs)
    .set({ status, ...extra, updatedAt: new Date(), ...(isDone ? { leaseUntil: null } : {}) })
    .where(eq(importJobs.id, id));
}

/** validated → importing, once: when the mode allows the job's errors and something is left to write. */
export async function startCommit(exec: Executor, id: string, mode: CommitMode): Promise<ImportJobRow | undefined> {
  const [row] = await exec
    .update(importJobs)
    .set({ status: 'importing', mode, failureCode: null, updatedAt: new Date() })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'validated'), mode === 'allOrNothing' ? eq(importJobs.errorRows, 0) : undefined, sql`${importJobs.validRows} > 0`))
    .returning();
  return row;
}

export function validRowsOf(exec: Executor, jobId: string) {
  return exec
    .select({ rowNumber: importJobRows.rowNumber, cells: importJobRows.cells })
    .from(importJobRows)
    .where(and(eq(importJobRows.jobId, jobId), eq(importJobRows.isValid, true)))
    .orderBy(asc(importJobRows.rowNumber));
}

/** Every problem of the job's rows, in row order, one page at a time. */
export async function listProblemRows(exec: Executor, jobId: string, page: { page: number; pageSize: number }) {
  const rows = (await exec.execute(sql`
    select r.row_number as "row", p.problem
    from ${importJobRows} r cross join lateral jsonb_array_elements(r.problems) with ordinality as p(problem, n)
    where r.job_id = ${jobId} and r.is_valid = false
    order by r.row_number, p.n
    limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`)) as unknown as { rows: { row: number; problem: CellProblem }[] };
  const totals = (await exec.execute(sql`
    select coalesce(sum(jsonb_array_length(problems)), 0)::int as n from ${importJobRows} where job_id = ${jobId} and is_valid = false`)) as unknown as { rows: { n: number }[] };
  return { items: rows.rows, total: totals.rows[0]?.n ?? 0 };
}
