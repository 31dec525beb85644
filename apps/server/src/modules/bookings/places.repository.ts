import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { ClassType } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { children, classes } from '../institutions/index.ts';
import { bookings, visits } from './bookings.tables.ts';
import { qualified } from './qualified.ts';

/** Children enrolled in the class, as SQL correlated to `classId`. */
const enrolledIn = (classId: unknown) => sql`(select count(*) from ${children} where ${children.classId} = ${classId} and ${children.status} = 'enrolled')`;
/** Open offers in the class: an offered place is held until it is accepted, declined or expires. */
const offeredIn = (classId: unknown) => sql`(select count(*) from ${bookings} where ${bookings.classId} = ${classId} and ${bookings.state} = 'offered')`;

/**
 * Places held in each class: its enrolled children plus its open offers. A subquery (columns
 * `classId`, `institutionId`, `classType`, `capacity`, `held`) to join on; the counts are correlated
 * subqueries rather than a grouped join, so PostgreSQL computes them only for the classes the
 * outer query keeps (a search over 100,000 institutions joins a few hundred classes).
 */
export function heldPlacesByClass(exec: Executor) {
  return exec
    .select({
      classId: sql<string>`${classes.id}`.as('class_id'),
      institutionId: sql<string>`${classes.institutionId}`.as('institution_id'),
      classType: sql<ClassType>`${classes.classType}`.as('class_type'),
      capacity: sql<number>`${classes.capacity}`.as('capacity'),
      held: sql<number>`(${enrolledIn(qualified(classes.id))} + ${offeredIn(qualified(classes.id))})::int`.as('held'),
    })
    .from(classes)
    .as('held_places');
}

/** Free places per institution: Σ over its classes of max(0, capacity − held); 0 for an institution without classes. */
export async function vacanciesOf(exec: Executor, institutionIds: readonly string[]): Promise<Map<string, number>> {
  const result = new Map(institutionIds.map((id) => [id, 0]));
  if (institutionIds.length === 0) return result;
  const held = heldPlacesByClass(exec);
  const rows = await exec
    .select({ institutionId: held.institutionId, vacancies: sql<number>`sum(greatest(0, ${held.capacity} - ${held.held}))::int` })
    .from(held)
    .where(inArray(held.institutionId, [...new Set(institutionIds)]))
    .groupBy(held.institutionId);
  for (const row of rows) result.set(row.institutionId, row.vacancies);
  return result;
}

/** One class's capacity and held places, read under a row lock so offers into it queue one behind another. */
export async function lockClassLoad(exec: Executor, classId: string): Promise<{ id: string; institutionId: string; classType: ClassType; name: string; capacity: number; held: number } | null> {
  const [locked] = await exec
    .select({ id: classes.id, institutionId: classes.institutionId, classType: classes.classType, name: classes.name, capacity: classes.capacity })
    .from(classes)
    .where(eq(classes.id, classId))
    .for('update');
  if (!locked) return null;
  // Counted after the lock is granted, so the count sees every offer committed before it.
  const [count] = await exec.select({ held: sql<number>`(${enrolledIn(sql`${classId}::uuid`)} + ${offeredIn(sql`${classId}::uuid`)})::int` }).from(sql`(select 1) as one`);
  return { ...locked, held: count!.held };
}

/**
 * A family may rate an institution once it has known it: a child enrolled there (now, or through
 * a booking that reached enrollment) or a visit there that the institution marked completed.
 */
export async function canRate(exec: Executor, familyUserId: string, institutionId: string): Promise<boolean> {
  const enrolledNow = exec
    .select({ one: sql`1` })
    .from(children)
    .where(and(eq(children.familyUserId, familyUserId), eq(children.institutionId, institutionId), eq(children.status, 'enrolled')));
  const enrolledByBooking = exec
    .select({ one: sql`1` })
    .from(bookings)
    .where(and(eq(bookings.familyUserId, familyUserId), eq(bookings.institutionId, institutionId), isNotNull(bookings.enrolledAt)));
  const visited = exec
    .select({ one: sql`1` })
    .from(visits)
    .where(and(eq(visits.familyUserId, familyUserId), eq(visits.institutionId, institutionId), eq(visits.state, 'completed')));
  const [row] = await exec.select({ ok: sql<boolean>`${or(sql`exists ${enrolledNow}`, sql`exists ${enrolledByBooking}`, sql`exists ${visited}`)}` }).from(sql`(select 1) as one`);
  return row?.ok === true;
}

/** Each class of an institution with its capacity and held places, by class type then name. */
export async function listClassPlaces(exec: Executor, institutionId: string) {
  const held = heldPlacesByClass(exec);
  return exec
    .select({ id: classes.id, name: classes.name, classType: classes.classType, capacity: classes.capacity, held: held.held })
    .from(classes)
    .innerJoin(held, eq(held.classId, classes.id))
    .where(eq(classes.institutionId, institutionId))
    .orderBy(classes.classType, classes.name, classes.id);
}
