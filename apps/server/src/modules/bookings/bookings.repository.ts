import { and, asc, count, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { openBookingStates, type BookingState, type ClassType } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { children, classes, institutions } from '../institutions/index.ts';
import { bookings } from './bookings.tables.ts';
import { qualified } from './qualified.ts';

export type BookingRow = typeof bookings.$inferSelect;
export type NewBookingRow = typeof bookings.$inferInsert;

const ahead = alias(bookings, 'ahead');
/** 1 + the waitlisted bookings of the same institution and class type waitlisted earlier (ties by id). */
const waitlistPosition = sql<number | null>`case when ${bookings.state} = 'waitlisted' then (
  select count(*)::int from ${bookings} as "ahead"
  where ${ahead.institutionId} = ${qualified(bookings.institutionId)} and ${ahead.classType} = ${qualified(bookings.classType)} and ${ahead.state} = 'waitlisted'
    and (${ahead.waitlistedAt}, ${ahead.id}) <= (${qualified(bookings.waitlistedAt)}, ${qualified(bookings.id)})
) end`;

/** A booking with what its readers show: the child, its guardian, the institution, the class and the waitlist position. */
function selectViews(exec: Executor) {
  return exec
    .select({
      booking: bookings,
      childName: children.name,
      childBirthDate: children.birthDate,
      childSex: children.sex,
      guardianName: children.guardianName,
      guardianPhone: children.guardianPhone,
      institutionName: institutions.name,
      institutionAddress: institutions.address,
      institutionPhone: institutions.contactPhone,
      className: classes.name,
      waitlistPosition,
    })
    .from(bookings)
    .innerJoin(children, eq(children.id, bookings.childId))
    .innerJoin(institutions, eq(institutions.id, bookings.institutionId))
    .leftJoin(classes, eq(classes.id, bookings.classId));
}
export type BookingView = Awaited<ReturnType<ReturnType<typeof selectViews>['where']>>[number];

export async function findBookingView(exec: Executor, id: string): Promise<BookingView | null> {
  const [row] = await selectViews(exec).where(eq(bookings.id, id));
  return row ?? null;
}

/** A family's bookings: open ones first, then the latest changes. */
export async function listFamilyBookingViews(exec: Executor, familyUserId: string): Promise<BookingView[]> {
  const isOpen = sql`case when ${inArray(bookings.state, [...openBookingStates])} then 0 else 1 end`;
  return selectViews(exec).where(eq(bookings.familyUserId, familyUserId)).orderBy(asc(isOpen), desc(bookings.updatedAt), asc(bookings.id));
}

/** An institution's bookings: the waitlist in its order, new requests first come first, others by latest change. */
export async function listInstitutionBookingViews(exec: Executor, institutionId: string, query: { state?: BookingState; page: number; pageSize: number }) {
  const where = and(eq(bookings.institutionId, institutionId), query.state ? eq(bookings.state, query.state) : undefined);
  const order: SQL[] =
    query.state === 'waitlisted' ? [asc(bookings.classType), asc(bookings.waitlistedAt), asc(bookings.id)] : query.state === 'requested' ? [asc(bookings.createdAt), asc(bookings.id)] : [desc(bookings.updatedAt), asc(bookings.id)];
  const items = await selectViews(exec)
    .where(where)
    .orderBy(...order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(bookings).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function insertBooking(exec: Executor, row: NewBookingRow): Promise<BookingRow | null> {
  const [inserted] = await exec.insert(bookings).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

/** The booking, locked until the transaction ends. */
export async function lockBooking(exec: Executor, id: string): Promise<BookingRow | null> {
  const [row] = await exec.select().from(bookings).where(eq(bookings.id, id)).for('update');
  return row ?? null;
}

/** Moves a booking on; every change takes the revision one step. */
export async function updateBooking(exec: Executor, id: string, set: Partial<NewBookingRow>): Promise<BookingRow> {
  const [row] = await exec
    .update(bookings)
    .set({ ...set, revision: sql`${bookings.revision} + 1`, updatedAt: sql`now()` })
    .where(eq(bookings.id, id))
    .returning();
  return row!;
}

export async function countOpenBookings(exec: Executor, childId: string): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.childId, childId), inArray(bookings.state, [...openBookingStates])));
  return row?.n ?? 0;
}

/** The child's other open bookings, locked: accepting one place closes the others. */
export async function lockOtherOpenBookings(exec: Executor, childId: string, exceptId: string): Promise<BookingRow[]> {
  return exec
    .select()
    .from(bookings)
    .where(and(eq(bookings.childId, childId), inArray(bookings.state, [...openBookingStates]), sql`${bookings.id} <> ${exceptId}`))
    .orderBy(asc(bookings.id))
    .for('update');
}

/**
 * The first waitlisted booking for a class type, locked. Bookings another transaction holds are
 * skipped rather than waited for (that transaction is deciding them), so moving the waitlist
 * never waits on a booking while it holds a class.
 */
export async function lockWaitlistHead(exec: Executor, institutionId: string, classType: ClassType): Promise<BookingRow | null> {
  const [row] = await exec
    .select()
    .from(bookings)
    .where(and(eq(bookings.institutionId, institutionId), eq(bookings.classType, classType), eq(bookings.state, 'waitlisted')))
    .orderBy(asc(bookings.waitlistedAt), asc(bookings.id))
    .limit(1)
    .for('update', { skipLocked: true });
  return row ?? null;
}

/** Offers whose time has run out, oldest first. */
export async function findExpiredOfferIds(exec: Executor, now: Date, limit: number): Promise<string[]> {
  const rows = await exec
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.state, 'offered'), lte(bookings.offerExpiresAt, now)))
    .orderBy(asc(bookings.offerExpiresAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Where a booking belongs, for the access guard. */
export async function findBookingPlace(exec: Executor, id: string) {
  const [row] = await exec
    .select({ institutionId: bookings.institutionId, subdistrictCode: bookings.subdistrictCode, familyUserId: bookings.familyUserId })
    .from(bookings)
    .where(eq(bookings.id, id));
  return row ?? null;
}

export async function childHasBookings(exec: Executor, childId: string): Promise<boolean> {
  const [row] = await exec.select({ id: bookings.id }).from(bookings).where(eq(bookings.childId, childId)).limit(1);
  return !!row;
}

/** Open bookings per child of a family, for its children list. */
export async function bookingCountsByChild(exec: Executor, familyUserId: string): Promise<Map<string, { open: number; all: number }>> {
  const rows = await exec
    .select({ childId: bookings.childId, open: sql<number>`count(*) filter (where ${inArray(bookings.state, [...openBookingStates])})::int`, all: sql<number>`count(*)::int` })
    .from(bookings)
    .where(eq(bookings.familyUserId, familyUserId))
    .groupBy(bookings.childId);
  return new Map(rows.map((r) => [r.childId, { open: r.open, all: r.all }]));
}

/** A booked child's birth date: an offer checks the class type against the child's age. */
export async function findChildBirthDate(exec: Executor, childId: string): Promise<string> {
  const [row] = await exec.select({ birthDate: children.birthDate }).from(children).where(eq(children.id, childId));
  return row!.birthDate;
}

export async function findBookingChildId(exec: Executor, id: string): Promise<string | null> {
  const [row] = await exec.select({ childId: bookings.childId }).from(bookings).where(eq(bookings.id, id));
  return row?.childId ?? null;
}
