import { and, asc, count, desc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { institutions } from '../institutions/index.ts';
import { visitSlots, visits } from './bookings.tables.ts';
import { qualified } from './qualified.ts';

export type VisitSlotRow = typeof visitSlots.$inferSelect;
export type VisitRow = typeof visits.$inferSelect;

const bookedIn = sql<number>`(select count(*)::int from ${visits} where ${visits.slotId} = ${qualified(visitSlots.id)} and ${visits.state} <> 'cancelled')`;

/** An institution's slots with their booked count; upcoming only unless `past`, the soonest first (past: the latest first). */
export async function listSlotRows(exec: Executor, institutionId: string, options: { past: boolean; includeWithdrawn: boolean }) {
  const now = new Date();
  return exec
    .select({ slot: visitSlots, booked: bookedIn })
    .from(visitSlots)
    .where(and(eq(visitSlots.institutionId, institutionId), options.past ? undefined : gt(visitSlots.endsAt, now), options.includeWithdrawn ? undefined : isNull(visitSlots.withdrawnAt)))
    .orderBy(options.past ? desc(visitSlots.startsAt) : asc(visitSlots.startsAt), asc(visitSlots.id))
    .limit(200);
}

export async function listVisitsOfSlots(exec: Executor, slotIds: string[]): Promise<VisitRow[]> {
  if (slotIds.length === 0) return [];
  return exec.select().from(visits).where(inArray(visits.slotId, slotIds)).orderBy(asc(visits.bookedAt), asc(visits.id));
}

export async function insertSlot(exec: Executor, row: typeof visitSlots.$inferInsert): Promise<VisitSlotRow> {
  const [inserted] = await exec.insert(visitSlots).values(row).returning();
  return inserted!;
}

/** The slot, locked: bookings into one slot are counted one after the other, so it is never overbooked. */
export async function lockSlot(exec: Executor, id: string): Promise<VisitSlotRow | null> {
  const [row] = await exec.select().from(visitSlots).where(eq(visitSlots.id, id)).for('update');
  return row ?? null;
}

/** Visits that take a place in the slot: booked or already completed. */
export async function countBooked(exec: Executor, slotId: string): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(visits)
    .where(and(eq(visits.slotId, slotId), ne(visits.state, 'cancelled')));
  return row?.n ?? 0;
}

export async function markSlotWithdrawn(exec: Executor, id: string): Promise<VisitSlotRow> {
  const [row] = await exec.update(visitSlots).set({ withdrawnAt: sql`now()` }).where(eq(visitSlots.id, id)).returning();
  return row!;
}

export async function insertVisit(exec: Executor, row: typeof visits.$inferInsert): Promise<VisitRow | null> {
  const [inserted] = await exec.insert(visits).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export async function lockVisit(exec: Executor, id: string): Promise<VisitRow | null> {
  const [row] = await exec.select().from(visits).where(eq(visits.id, id)).for('update');
  return row ?? null;
}

export async function setVisitState(exec: Executor, id: string, state: 'completed' | 'cancelled'): Promise<VisitRow> {
  const [row] = await exec
    .update(visits)
    .set(state === 'completed' ? { state, completedAt: sql`now()` } : { state, cancelledAt: sql`now()` })
    .where(eq(visits.id, id))
    .returning();
  return row!;
}

/** The booked visits of a slot, for withdrawing it. */
export async function listBookedVisits(exec: Executor, slotId: string): Promise<VisitRow[]> {
  return exec
    .select()
    .from(visits)
    .where(and(eq(visits.slotId, slotId), eq(visits.state, 'booked')));
}

/** A family's visits with the institution and the slot's time, the latest first. */
export async function listFamilyVisitRows(exec: Executor, familyUserId: string) {
  return exec
    .select({ visit: visits, startsAt: visitSlots.startsAt, endsAt: visitSlots.endsAt, institutionName: institutions.name, institutionAddress: institutions.address })
    .from(visits)
    .innerJoin(visitSlots, eq(visitSlots.id, visits.slotId))
    .innerJoin(institutions, eq(institutions.id, visits.institutionId))
    .where(eq(visits.familyUserId, familyUserId))
    .orderBy(desc(visitSlots.startsAt), asc(visits.id));
}

/** A visit's slot time and institution, for notices about it. */
export async function findVisitFacts(exec: Executor, visitId: string) {
  const [row] = await exec
    .select({ startsAt: visitSlots.startsAt, institutionName: institutions.name, institutionPhone: institutions.contactPhone })
    .from(visits)
    .innerJoin(visitSlots, eq(visitSlots.id, visits.slotId))
    .innerJoin(institutions, eq(institutions.id, visits.institutionId))
    .where(eq(visits.id, visitId));
  return row!;
}

export async function findSlotPlace(exec: Executor, id: string) {
  const [row] = await exec.select({ institutionId: visitSlots.institutionId, subdistrictCode: visitSlots.subdistrictCode }).from(visitSlots).where(eq(visitSlots.id, id));
  return row ?? null;
}

export async function findVisitPlace(exec: Executor, id: string) {
  const [row] = await exec.select({ institutionId: visits.institutionId, subdistrictCode: visits.subdistrictCode, familyUserId: visits.familyUserId }).from(visits).where(eq(visits.id, id));
  return row ?? null;
}
