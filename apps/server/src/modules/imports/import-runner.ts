import type { FastifyBaseLogger } from 'fastify';
import { normaliseCreditCode } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { systemContext } from '../../platform/http/context.ts';
import { bulkInsert, findTakenCreditCodes, findTakenFilingNumbers, insertRegistryRows, registrations } from '../institutions/index.ts';
import { ImportRow, readers, registryRowsOf, type ImportRegistryRows } from './institution-rows.ts';
import * as repo from './imports.repository.ts';
import type { CellProblem } from './problems.ts';
import { checkImportRows, loadImportContext } from './row-checks.ts';
import { readRow } from './row-reader.ts';

/** Rows validated per step: small enough that a step takes well under a second and the page sees progress. */
const BATCH = 250;

/**
 * Lets the server answer requests between steps. PGlite runs queries on this thread and settles
 * them as microtasks, so a loop of queries alone would starve every other request until it ends.
 */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The driver's unique-violation code, whichever engine raised it. */
const isUniqueViolation = (error: unknown) => [error, (error as { cause?: unknown })?.cause].some((e) => (e as { code?: string } | undefined)?.code === '23505');

async function validateJob(db: Db, job: repo.ImportJobRow): Promise<void> {
  const context = await loadImportContext(db, job.jurisdictionCode);
  for (;;) {
    await yieldToRequests();
    const rows = await repo.nextRowsToValidate(db, job.id, BATCH);
    if (rows.length === 0) break;
    const codes = rows.map((r) => normaliseCreditCode(r.cells.creditCode ?? '')).filter(Boolean);
    const numbers = rows.map((r) => r.cells.filingNumber ?? '').filter(Boolean);
    const verdicts = await checkImportRows(db, context, rows, await repo.firstRowsOf(db, job.id, codes, numbers));
    await db.transaction(async (tx) => {
      await repo.saveVerdicts(tx, job.id, verdicts);
      await repo.claimJob(tx, job.id, ['validating'], true);
    });
  }
  await repo.setJobStatus(db, job.id, 'validated');
}

/**
 * Writes the valid rows in one transaction: everything or, on any failure, nothing. Rows whose
 * credit code or filing number the registry took since validation are turned back first; under
 * all-or-nothing that stops the write and the user decides again.
 */
async function commitJob(db: Db, job: repo.ImportJobRow): Promise<void> {
  const context = await loadImportContext(db, job.jurisdictionCode);
  const parsed = (await repo.validRowsOf(db, job.id)).map((r) => ({ rowNumber: r.rowNumber, result: readRow(r.cells, readers, ImportRow) }));
  const rows = parsed.flatMap((p) => ('data' in p.result ? [{ rowNumber: p.rowNumber, row: p.result.data, creditCode: normaliseCreditCode(p.result.data.creditCode) }] : []));
  const [takenCodes, takenNumbers] = await Promise.all([findTakenCreditCodes(db, rows.map((r) => r.creditCode)), findTakenFilingNumbers(db, rows.flatMap((r) => (r.row.filingNumber ? [r.row.filingNumber] : [])))]);
  const changed = rows.flatMap((r) => {
    const problems: CellProblem[] = [];
    if (takenCodes.has(r.creditCode)) problems.push({ field: 'creditCode', code: 'creditCodeTaken' });
    if (r.row.filingNumber && r.row.filingStatus !== 'registered' && takenNumbers.has(r.row.filingNumber)) problems.push({ field: 'filingNumber', code: 'filingNumberTaken' });
    return problems.length > 0 ? [{ rowNumber: r.rowNumber, problems }] : [];
  });
  if (changed.length > 0) {
    await repo.rejectRows(db, job.id, changed);
    if (job.mode === 'allOrNothing' || changed.length === rows.length) {
      await repo.setJobStatus(db, job.id, 'validated', { failureCode: 'IMPORT_ROWS_CHANGED' });
      return;
    }
  }
  const rejected = new Set(changed.map((c) => c.rowNumber));
  const built: ImportRegistryRows = { institutions: [], classes: [], registrations: [] };
  for (const r of rows) if (!rejected.has(r.rowNumber)) registryRowsOf(r.row, r.creditCode, context.districtOf.get(r.row.subdistrictCode)!, built);
  try {
    await db.transaction(async (tx) => {
      await insertRegistryRows(tx, { institutions: built.institutions, classes: built.classes, fees: [], staff: [], children: [] });
      await bulkInsert(tx, registrations, built.registrations);
      await repo.setJobStatus(tx, job.id, 'completed', { importedRows: built.institutions.length, finishedAt: new Date() });
      await recordAudit(tx, { ...systemContext(db), requestId: `import:${job.id}` }, {
        action: 'imports.complete',
        entityType: 'importJob',
        entityId: job.id,
        jurisdictionCode: job.jurisdictionCode,
        details: { fileName: job.fileName, mode: job.mode, institutions: built.institutions.length, classes: built.classes.length },
      });
    });
  } catch (error) {
    // Someone registered one of these codes in the moment between the check and the write.
    if (!isUniqueViolation(error)) throw error;
    await repo.setJobStatus(db, job.id, 'validated', { failureCode: 'IMPORT_ROWS_CHANGED' });
  }
}

/** Works a job to its next resting point (validated, completed or failed), if no other server is on it. */
export async function runImportJob(db: Db, jobId: string): Promise<void> {
  const job = await repo.claimJob(db, jobId, ['validating', 'importing']);
  if (!job) return;
  try {
    if (job.status === 'validating') await validateJob(db, job);
    else await commitJob(db, job);
  } catch (error) {
    await repo.setJobStatus(db, jobId, 'failed', { failureCode: 'IMPORT_FAILED', finishedAt: new Date() });
    throw error;
  }
}

/** For the scheduler: picks up jobs whose server stopped mid-way. */
export async function resumeImportJobs(db: Db): Promise<{ resumed: number }> {
  const ids = await repo.listStalledJobIds(db);
  for (const id of ids) await runImportJob(db, id);
  return { resumed: ids.length };
}

/** Runs jobs in the background of this server; `drain` waits for them (on close). */
export type ImportRunner = { start(jobId: string): void; drain(): Promise<void> };

export function createImportRunner(db: Db, log: Pick<FastifyBaseLogger, 'error'>): ImportRunner {
  const running = new Set<Promise<void>>();
  return {
    start(jobId) {
      const work: Promise<void> = runImportJob(db, jobId)
        .catch((error: unknown) => log.error({ err: error, importJobId: jobId }, 'import job failed'))
        .finally(() => running.delete(work));
      running.add(work);
    },
    async drain() {
      await Promise.allSettled([...running]);
    },
  };
}
