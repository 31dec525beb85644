import { z } from 'zod';
import { institutionKinds, legalNatures, registrars, registrationBatchColumns, RegistrationFacts, type BatchMode, type BatchReport, type RowProblem } from '@youyu/contracts';
import { digestOf, recordAudit } from '../../platform/audit/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { cellReaders, readRow, readTable, toRowProblem, vocabulary, type CellProblem, type UploadedFile } from '../imports/index.ts';
import { batchUploaderOf } from './exchange.policy.ts';
import type { Invitations } from './invitations.ts';
import { checkRegistration, placeResolver, type CheckedRegistration } from './registration-checks.ts';
import { receiveEvent, type ReceivedEvent } from './registration-events.ts';
import { findEvents } from './registrations.repository.ts';

/** A registrar's batch is a day's or a month's registrations; the city's history goes through the bulk import. */
const MAX_BATCH_ROWS = 1000;

const BatchRow = RegistrationFacts.extend({ eventId: z.string().trim().min(1).max(100).optional() });

const readers = {
  eventId: cellReaders.text(),
  creditCode: cellReaders.code(),
  name: cellReaders.text(),
  legalNature: cellReaders.oneOf(vocabulary(legalNatures, (c) => c.legalNatures)),
  registrar: cellReaders.oneOf(vocabulary(registrars, (c) => c.registrars)),
  registrationDate: cellReaders.date(),
  businessScope: cellReaders.text(),
  address: cellReaders.text(),
  districtCode: cellReaders.code(),
  subdistrictCode: cellReaders.code(),
  lat: cellReaders.number(),
  lng: cellReaders.number(),
  kind: cellReaders.oneOf(vocabulary(institutionKinds, (c) => c.kinds)),
  contactName: cellReaders.text(),
  contactPhone: cellReaders.code(),
} satisfies Record<(typeof registrationBatchColumns)[number]['key'], unknown>;

type ReadyRow = { row: number; eventId: string; digest: string; registration: CheckedRegistration; isReplay: boolean };

/**
 * A registrar's uploaded batch: every row is checked as a push would be, and reported by row and
 * column. `check` writes nothing; `allOrNothing` writes only a file without problems;
 * `validRowsOnly` writes the rows that pass. Rows are events like pushes (the event id column, or
 * one derived from the row's content), so uploading the same file again changes nothing.
 */
export async function uploadRegistrationBatch(ctx: RequestContext, invitations: Invitations, file: UploadedFile, mode: BatchMode): Promise<BatchReport> {
  const uploader = batchUploaderOf(ctx.actor);
  const table = await readTable(file, registrationBatchColumns, MAX_BATCH_ROWS);
  const resolver = placeResolver(ctx.db);
  const problems: RowProblem[] = [];
  const report = (row: number, list: CellProblem[]) => problems.push(...list.map((p) => toRowProblem(ctx.locale, row, p)));
  const ready: ReadyRow[] = [];
  const firstRowOf = new Map<string, number>();

  for (const { row, values } of table.rows) {
    const read = readRow({ ...values, registrar: values.registrar || uploader.registrar }, readers, BatchRow);
    if ('problems' in read) {
      // A registration's phone must take the SMS invitation: say so rather than "bad format".
      report(row, read.problems.map((p) => (p.field === 'contactPhone' && p.code === 'invalid_format' ? { ...p, code: 'mobileRequired' } : p)));
      continue;
    }
    const { eventId, ...facts } = read.data;
    const rowProblems: CellProblem[] = [];
    if (facts.registrar !== uploader.registrar) rowProblems.push({ field: 'registrar', code: 'registrarNotYours', params: {} });
    const checked = await checkRegistration(resolver, facts, uploader.jurisdictionCode);
    if (!checked.ok) rowProblems.push(...checked.problems);
    else {
      const first = firstRowOf.get(checked.registration.facts.creditCode);
      if (first !== undefined) rowProblems.push({ field: 'creditCode', code: 'duplicateInFile', params: { row: first } });
      else firstRowOf.set(checked.registration.facts.creditCode, row);
    }
    if (rowProblems.length > 0 || !checked.ok) {
      report(row, rowProblems);
      continue;
    }
    const digest = digestOf(read.data)!;
    ready.push({ row, eventId: eventId ?? `batch-${digest.slice(0, 40)}`, digest, registration: checked.registration, isReplay: false });
  }

  // Rows sent before: the same content is a replay (nothing to write), other content under the same id a mistake.
  const prior = await findEvents(ctx.db, uploader.registrar, ready.map((r) => r.eventId));
  for (const item of ready) {
    const event = prior.get(item.eventId);
    if (!event) continue;
    if (event.payloadDigest === item.digest) item.isReplay = true;
    else report(item.row, [{ field: 'eventId', code: 'eventIdReused', params: { eventId: item.eventId } }]);
  }
  const valid = ready.filter((item) => !problems.some((p) => p.row === item.row));
  problems.sort((a, b) => a.row - b.row);
  const base = { fileName: file.fileName, mode, totalRows: table.rows.length, validRows: valid.length, problems, created: 0, updated: 0, unchanged: 0 };
  const toWrite = valid.filter((item) => !item.isReplay);
  if (mode === 'check' || (mode === 'allOrNothing' && problems.length > 0) || valid.length === 0) return { ...base, isWritten: false };

  const occurredAt = new Date();
  const received = await ctx.db.transaction(async (tx) => {
    const outcomes: ReceivedEvent[] = [];
    for (const item of toWrite) {
      outcomes.push(await receiveEvent(tx, { registrar: uploader.registrar, eventId: item.eventId, source: 'batch', apiKeyId: null, uploadedBy: uploader.userId, occurredAt, digest: item.digest, registration: item.registration }));
    }
    const counts = countOutcomes(outcomes, valid.length);
    await recordAudit(tx, ctx, { action: 'exchange.registrationBatch.upload', entityType: 'registrationBatch', jurisdictionCode: uploader.jurisdictionCode, details: { fileName: file.fileName, mode, rows: table.rows.length, ...counts } });
    return { outcomes, counts };
  });
  for (const outcome of received.outcomes) {
    if (!outcome.isNew || outcome.result.outcome !== 'created') continue;
    const facts = toWrite.find((item) => item.eventId === outcome.result.eventId)!.registration.facts;
    await invitations.send(ctx.db, { registrationId: outcome.result.registrationId, name: facts.name, contactPhone: facts.contactPhone });
  }
  return { ...base, ...received.counts, isWritten: true };
}

function countOutcomes(outcomes: ReceivedEvent[], validRows: number) {
  const created = outcomes.filter((o) => o.isNew && o.result.outcome === 'created').length;
  const updated = outcomes.filter((o) => o.isNew && o.result.outcome === 'updated').length;
  return { created, updated, unchanged: validRows - created - updated };
}
