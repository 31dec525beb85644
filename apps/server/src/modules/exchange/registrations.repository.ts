import { and, asc, count, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { FilingStatus, Registrar, RegistrationQueueQuery } from '@youyu/contracts';
import { notFiledStatuses } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { containsPattern, institutions, registrations, withinJurisdiction } from '../institutions/index.ts';
import { registrationEvents } from './exchange.tables.ts';

export type EventRow = typeof registrationEvents.$inferSelect;

export async function findEvent(exec: Executor, registrar: Registrar, eventId: string): Promise<EventRow | undefined> {
  const [row] = await exec.select().from(registrationEvents).where(and(eq(registrationEvents.registrar, registrar), eq(registrationEvents.eventId, eventId)));
  return row;
}

export async function findEvents(exec: Executor, registrar: Registrar, eventIds: readonly string[]): Promise<Map<string, EventRow>> {
  if (eventIds.length === 0) return new Map();
  const rows = await exec
    .select()
    .from(registrationEvents)
    .where(and(eq(registrationEvents.registrar, registrar), inArray(registrationEvents.eventId, [...eventIds])));
  return new Map(rows.map((r) => [r.eventId, r]));
}

/**
 * Records an event as received, once: null when (registrar, event id) is already there. A second
 * identical event arriving at the same moment waits here for the first to commit, then gets null.
 */
export async function claimEvent(exec: Executor, row: typeof registrationEvents.$inferInsert): Promise<string | null> {
  const [claimed] = await exec.insert(registrationEvents).values(row).onConflictDoNothing({ target: [registrationEvents.registrar, registrationEvents.eventId] }).returning({ id: registrationEvents.id });
  return claimed?.id ?? null;
}

export async function completeEvent(exec: Executor, id: string, result: NonNullable<EventRow['result']>): Promise<void> {
  await exec.update(registrationEvents).set({ outcome: result.outcome, result }).where(eq(registrationEvents.id, id));
}

/** The health commission's follow-up queue: institutions within `jurisdictionCode` not filed (yet), waiting longest first. */
export async function listQueueRows(exec: Executor, jurisdictionCode: string, query: RegistrationQueueQuery) {
  const conditions: (SQL | undefined)[] = [withinJurisdiction(institutions, jurisdictionCode), inArray(institutions.filingStatus, query.filingStatus ? [query.filingStatus] : [...notFiledStatuses])];
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(institutions.name, pattern), ilike(institutions.address, pattern), eq(institutions.creditCode, query.q.toUpperCase())));
  }
  if (query.district) conditions.push(eq(institutions.districtCode, query.district));
  if (query.subdistrict) conditions.push(eq(institutions.subdistrictCode, query.subdistrict));
  if (query.registrar) conditions.push(eq(institutions.registrar, query.registrar));
  if (query.kind) conditions.push(eq(institutions.kind, query.kind));
  const where = and(...conditions);
  const items = await exec
    .select({
      institutionId: institutions.id,
      registrationId: registrations.id,
      name: institutions.name,
      creditCode: institutions.creditCode,
      legalNature: institutions.legalNature,
      registrar: institutions.registrar,
      kind: institutions.kind,
      address: institutions.address,
      districtCode: institutions.districtCode,
      subdistrictCode: institutions.subdistrictCode,
      contactName: institutions.contactName,
      contactPhone: institutions.contactPhone,
      filingStatus: institutions.filingStatus,
      source: registrations.source,
      registrationDate: registrations.registrationDate,
      receivedAt: registrations.receivedAt,
      invitedAt: registrations.invitedAt,
    })
    .from(institutions)
    .leftJoin(registrations, eq(registrations.institutionId, institutions.id))
    .where(where)
    .orderBy(sql`${registrations.registrationDate} asc nulls last`, asc(institutions.name), asc(institutions.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(institutions).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Institutions within a jurisdiction that have not closed, by area and filing status. */
export function filingStatusCounts(exec: Executor, jurisdictionCode: string, areaLevel: 'district' | 'subdistrict') {
  const area = areaLevel === 'district' ? institutions.districtCode : institutions.subdistrictCode;
  return exec
    .select({ area, filingStatus: institutions.filingStatus, n: sql<number>`count(*)::int` })
    .from(institutions)
    .where(and(withinJurisdiction(institutions, jurisdictionCode), ne(institutions.filingStatus, 'withdrawn')))
    .groupBy(area, institutions.filingStatus);
}

export type InvitationTarget = { institutionId: string; registrationId: string | null; name: string; contactPhone: string; filingStatus: FilingStatus; subdistrictCode: string };

export async function findInvitationTarget(exec: Executor, institutionId: string): Promise<InvitationTarget | undefined> {
  const [row] = await exec
    .select({
      institutionId: institutions.id,
      registrationId: registrations.id,
      name: institutions.name,
      contactPhone: institutions.contactPhone,
      filingStatus: institutions.filingStatus,
      subdistrictCode: institutions.subdistrictCode,
    })
    .from(institutions)
    .leftJoin(registrations, eq(registrations.institutionId, institutions.id))
    .where(eq(institutions.id, institutionId));
  return row;
}
