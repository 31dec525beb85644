import { and, asc, eq, sql } from 'drizzle-orm';
import type { Sex } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { children, classes, institutions } from './institutions.tables.ts';

// The children a family account adds itself (to book places), and their enrollment by booking.

export type FamilyChildRow = typeof children.$inferSelect;
export type FamilyChildFields = { name: string; birthDate: string; sex: Sex };

export async function listFamilyChildRows(exec: Executor, familyUserId: string) {
  return exec
    .select({ id: children.id, name: children.name, birthDate: children.birthDate, sex: children.sex, status: children.status, institutionName: institutions.name })
    .from(children)
    .leftJoin(institutions, eq(institutions.id, children.institutionId))
    .where(eq(children.familyUserId, familyUserId))
    .orderBy(asc(children.birthDate), asc(children.id));
}

export async function insertFamilyChild(exec: Executor, row: FamilyChildFields & { familyUserId: string; guardianName: string; guardianPhone: string }): Promise<FamilyChildRow> {
  const [inserted] = await exec.insert(children).values(row).returning();
  return inserted!;
}

export async function updateFamilyChild(exec: Executor, id: string, fields: FamilyChildFields): Promise<FamilyChildRow | null> {
  const [updated] = await exec
    .update(children)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(eq(children.id, id))
    .returning();
  return updated ?? null;
}

export async function deleteFamilyChild(exec: Executor, id: string): Promise<void> {
  await exec.delete(children).where(eq(children.id, id));
}

/** The child, locked until the transaction ends: bookings of one child are decided one at a time. */
export async function lockChild(exec: Executor, id: string): Promise<FamilyChildRow | null> {
  const [row] = await exec.select().from(children).where(eq(children.id, id)).for('update');
  return row ?? null;
}

/** Whose child it is, for the access guard (a family reaches only its own children). */
export async function findChildOwner(exec: Executor, id: string): Promise<string | null> {
  const [row] = await exec.select({ familyUserId: children.familyUserId }).from(children).where(eq(children.id, id));
  return row?.familyUserId ?? null;
}

/** Enrolls the child in a class of an institution; the row carries the institution's place codes while enrolled. */
export async function enrollChild(exec: Executor, childId: string, enrollment: { classId: string; enrolledAt: string }): Promise<void> {
  const [klass] = await exec
    .select({ institutionId: classes.institutionId, districtCode: classes.districtCode, subdistrictCode: classes.subdistrictCode })
    .from(classes)
    .where(eq(classes.id, enrollment.classId));
  await exec
    .update(children)
    .set({ status: 'enrolled', institutionId: klass!.institutionId, classId: enrollment.classId, enrolledAt: enrollment.enrolledAt, districtCode: klass!.districtCode, subdistrictCode: klass!.subdistrictCode, updatedAt: sql`now()` })
    .where(eq(children.id, childId));
}

/** The child leaves the institution it is enrolled in (as on a withdrawal: the institution stays as history). */
export async function releaseChild(exec: Executor, childId: string, institutionId: string): Promise<void> {
  await exec
    .update(children)
    .set({ status: 'left', districtCode: null, subdistrictCode: null, updatedAt: sql`now()` })
    .where(and(eq(children.id, childId), eq(children.institutionId, institutionId), eq(children.status, 'enrolled')));
}
