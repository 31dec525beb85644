import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { pendingFilingStates, type FilingQueueQuery, type FilingState, type FilingStatus } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { containsPattern, institutions, withinJurisdiction } from '../institutions/index.ts';
import { FilingErrors } from './filings.errors.ts';
import { filingEvents, filingMaterials, filingNumberCounters, filings, filingSettings } from './filings.tables.ts';

export type FilingRow = typeof filings.$inferSelect;
export type MaterialRow = typeof filingMaterials.$inferSelect;
export type EventRow = typeof filingEvents.$inferSelect;
export type SettingsRow = typeof filingSettings.$inferSelect;

const isUniqueViolation = (error: unknown) => [error, (error as { cause?: unknown })?.cause].some((e) => (e as { code?: string })?.code === '23505');

/** Opens an application; the partial unique index lets one open application per institution through. */
export async function insertFiling(exec: Executor, row: typeof filings.$inferInsert): Promise<FilingRow> {
  try {
    const [created] = await exec.insert(filings).values(row).returning();
    return created!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(FilingErrors.FILING_OPEN_EXISTS);
    throw error;
  }
}

export async function findFiling(exec: Executor, id: string): Promise<FilingRow | null> {
  const [row] = await exec.select().from(filings).where(eq(filings.id, id));
  return row ?? null;
}

/** Where a filing belongs, for the access guard. */
export async function findFilingPlace(exec: Executor, id: string) {
  const [row] = await exec.select({ subdistrictCode: filings.subdistrictCode, institutionId: filings.institutionId }).from(filings).where(eq(filings.id, id));
  return row ?? null;
}

/**
 * Changes a filing only if it is still at `revision` (and in one of `states`): under concurrent
 * reviewers the second waits on the row lock, then finds the revision moved and changes nothing.
 */
export async function updateFilingAt(exec: Executor, id: string, revision: number, states: readonly FilingState[], changes: Partial<typeof filings.$inferInsert>): Promise<FilingRow | null> {
  const [row] = await exec
    .update(filings)
    .set({ ...changes, revision: sql`${filings.revision} + 1`, updatedAt: new Date() })
    .where(and(eq(filings.id, id), eq(filings.revision, revision), inArray(filings.state, [...states])))
    .returning();
  return row ?? null;
}

/** The filing in force of an institution: its filed (or suspended) initial filing, if it has one in Youyu. */
export async function findFilingInForce(exec: Executor, institutionId: string): Promise<FilingRow | null> {
  const [row] = await exec
    .select()
    .from(filings)
    .where(and(eq(filings.institutionId, institutionId), eq(filings.kind, 'initial'), inArray(filings.state, ['filed', 'suspended'])))
    .orderBy(desc(filings.filedAt))
    .limit(1);
  return row ?? null;
}

export async function listFilingsOf(exec: Executor, institutionId: string): Promise<FilingRow[]> {
  return exec.select().from(filings).where(eq(filings.institutionId, institutionId)).orderBy(desc(filings.createdAt));
}

export type QueueScope = { kind: 'institution'; institutionId: string } | { kind: 'jurisdiction'; code: string } | { kind: 'nothing' };

function queueConditions(scope: QueueScope, query: FilingQueueQuery, today: string, soonUntil: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    scope.kind === 'institution' ? eq(filings.institutionId, scope.institutionId) : scope.kind === 'jurisdiction' ? withinJurisdiction(filings, scope.code) : sql`false`,
  ];
  if (query.state) conditions.push(eq(filings.state, query.state));
  if (query.pending) conditions.push(inArray(filings.state, [...pendingFilingStates]));
  if (query.kind) conditions.push(eq(filings.kind, query.kind));
  if (query.district) conditions.push(eq(filings.districtCode, query.district));
  if (query.subdistrict) conditions.push(eq(filings.subdistrictCode, query.subdistrict));
  if (query.institution) conditions.push(eq(filings.institutionId, query.institution));
  if (query.institutionKind) conditions.push(eq(institutions.kind, query.institutionKind));
  if (query.q) conditions.push(or(ilike(institutions.name, containsPattern(query.q)), eq(institutions.creditCode, query.q.toUpperCase())));
  if (query.deadline) {
    const pending = inArray(filings.state, [...pendingFilingStates]);
    if (query.deadline === 'overdue') conditions.push(pending, lt(filings.dueOn, today));
    if (query.deadline === 'dueSoon') conditions.push(pending, gte(filings.dueOn, today), lte(filings.dueOn, soonUntil));
    if (query.deadline === 'onTime') conditions.push(pending, sql`${filings.dueOn} > ${soonUntil}`);
  }
  return and(...conditions);
}

/**
 * The queue: pending applications first, most urgent deadline first; then the rest, newest first.
 * `soonUntil` is the last date still "due soon" (today + the due-soon working days).
 */
export async function listQueue(exec: Executor, scope: QueueScope, query: FilingQueueQuery, today: string, soonUntil: string) {
  const where = queueConditions(scope, query, today, soonUntil);
  const isPending = sql`${filings.state} in ('submitted', 'resubmitted', 'underReview')`;
  const rows = await exec
    .select({ filing: filings, institutionName: institutions.name, institutionKind: institutions.kind, creditCode: institutions.creditCode })
    .from(filings)
    .innerJoin(institutions, eq(institutions.id, filings.institutionId))
    .where(where)
    .orderBy(sql`case when ${isPending} then 0 else 1 end`, asc(filings.dueOn), desc(filings.updatedAt), asc(filings.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(filings).innerJoin(institutions, eq(institutions.id, filings.institutionId)).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Counts for the queue's header: pending, overdue, due soon, returned (waiting for the applicant). */
export async function queueCounts(exec: Executor, scope: QueueScope, today: string, soonUntil: string) {
  const base = queueConditions(scope, { page: 1, pageSize: 1 }, today, soonUntil);
  const pending = sql`${filings.state} in ('submitted', 'resubmitted', 'underReview')`;
  const [row] = await exec
    .select({
      pending: sql<number>`count(*) filter (where ${pending})::int`,
      overdue: sql<number>`count(*) filter (where ${pending} and ${filings.dueOn} < ${today})::int`,
      dueSoon: sql<number>`count(*) filter (where ${pending} and ${filings.dueOn} >= ${today} and ${filings.dueOn} <= ${soonUntil})::int`,
      returned: sql<number>`count(*) filter (where ${filings.state} = 'returned')::int`,
    })
    .from(filings)
    .where(base);
  return row ?? { pending: 0, overdue: 0, dueSoon: 0, returned: 0 };
}

export async function insertEvent(exec: Executor, row: typeof filingEvents.$inferInsert): Promise<void> {
  await exec.insert(filingEvents).values(row);
}

export async function listEventsOfFiling(exec: Executor, filingId: string): Promise<EventRow[]> {
  return exec.select().from(filingEvents).where(eq(filingEvents.filingId, filingId)).orderBy(asc(filingEvents.at), asc(filingEvents.id));
}

export async function listEventsOfInstitution(exec: Executor, institutionId: string): Promise<EventRow[]> {
  return exec.select().from(filingEvents).where(eq(filingEvents.institutionId, institutionId)).orderBy(desc(filingEvents.at), desc(filingEvents.id));
}

export async function listMaterials(exec: Executor, filingId: string): Promise<MaterialRow[]> {
  return exec.select().from(filingMaterials).where(eq(filingMaterials.filingId, filingId)).orderBy(asc(filingMaterials.category), asc(filingMaterials.uploadedAt));
}

export async function countMaterials(exec: Executor, filingId: string): Promise<number> {
  const [row] = await exec.select({ n: count() }).from(filingMaterials).where(eq(filingMaterials.filingId, filingId));
  return row?.n ?? 0;
}

export async function findMaterial(exec: Executor, filingId: string, materialId: string): Promise<MaterialRow | null> {
  const [row] = await exec.select().from(filingMaterials).where(and(eq(filingMaterials.id, materialId), eq(filingMaterials.filingId, filingId)));
  return row ?? null;
}

export async function insertMaterial(exec: Executor, row: typeof filingMaterials.$inferInsert): Promise<MaterialRow> {
  const [created] = await exec.insert(filingMaterials).values(row).returning();
  return created!;
}

export async function deleteMaterial(exec: Executor, id: string): Promise<void> {
  await exec.delete(filingMaterials).where(eq(filingMaterials.id, id));
}

/** Locks the filing until the transaction ends, so material changes wait for a transition in flight. */
export async function lockFiling(exec: Executor, id: string): Promise<FilingRow | null> {
  const [row] = await exec.select().from(filings).where(eq(filings.id, id)).for('update');
  return row ?? null;
}

export async function findSettings(exec: Executor, cityCode: string): Promise<SettingsRow | null> {
  const [row] = await exec.select().from(filingSettings).where(eq(filingSettings.cityCode, cityCode));
  return row ?? null;
}

/** Saves a city's settings at the revision the caller saw (0: none saved yet); null when someone saved first. */
export async function saveSettings(exec: Executor, row: Omit<typeof filingSettings.$inferInsert, 'revision'>, revision: number): Promise<SettingsRow | null> {
  if (revision === 0) {
    const [created] = await exec.insert(filingSettings).values({ ...row, revision: 1 }).onConflictDoNothing().returning();
    return created ?? null;
  }
  const [updated] = await exec
    .update(filingSettings)
    .set({ ...row, revision: sql`${filingSettings.revision} + 1`, updatedAt: new Date() })
    .where(and(eq(filingSettings.cityCode, row.cityCode), eq(filingSettings.revision, revision)))
    .returning();
  return updated ?? null;
}

/** The next sequence number of a scope; the counter row stays locked until the transaction ends. */
export async function nextSequence(exec: Executor, scope: string): Promise<number> {
  const [row] = await exec
    .insert(filingNumberCounters)
    .values({ scope, last: 1 })
    .onConflictDoUpdate({ target: filingNumberCounters.scope, set: { last: sql`${filingNumberCounters.last} + 1` } })
    .returning({ last: filingNumberCounters.last });
  return row!.last;
}

export async function isFilingNumberTaken(exec: Executor, filingNumber: string): Promise<boolean> {
  const [row] = await exec.select({ id: institutions.id }).from(institutions).where(eq(institutions.filingNumber, filingNumber)).limit(1);
  return !!row;
}

/** Institutions in a jurisdiction whose filing status says an application is under way, though none is recorded (the demo seed's). */
export async function listInstitutionsWithoutFilings(exec: Executor, jurisdictionCode: string, statuses: readonly FilingStatus[]) {
  return exec
    .select({ id: institutions.id, filingStatus: institutions.filingStatus })
    .from(institutions)
    .leftJoin(filings, eq(filings.institutionId, institutions.id))
    .where(and(withinJurisdiction(institutions, jurisdictionCode), inArray(institutions.filingStatus, [...statuses]), isNull(filings.id)))
    .orderBy(asc(institutions.districtCode), asc(institutions.name), asc(institutions.id));
}
