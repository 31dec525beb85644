import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { EditingErrors } from './institution-editing.errors.ts';
import { children, classes, fees, institutions, staff } from './institutions.tables.ts';
import { classCaregivers } from './institution-editing.tables.ts';

export type InstitutionRow = typeof institutions.$inferSelect;
export type ClassRow = typeof classes.$inferSelect;

/**
 * The institution's row, locked until the transaction ends: every edit of one institution's
 * classes, caregivers, fees or staff runs one at a time, so rules over the whole institution
 * (a family point's five places, one director) hold under concurrent edits.
 */
export async function lockInstitution(exec: Executor, id: string): Promise<InstitutionRow | null> {
  const [row] = await exec.select().from(institutions).where(eq(institutions.id, id)).for('update');
  return row ?? null;
}

export async function findInstitutionForEdit(exec: Executor, id: string): Promise<InstitutionRow | null> {
  const [row] = await exec.select().from(institutions).where(eq(institutions.id, id));
  return row ?? null;
}

/** Updates the institution if it is still at `revision`; null when someone changed it first. */
export async function updateInstitutionRow(exec: Executor, id: string, revision: number, changes: Partial<typeof institutions.$inferInsert>): Promise<InstitutionRow | null> {
  const [row] = await exec
    .update(institutions)
    .set({ ...changes, revision: sql`${institutions.revision} + 1`, updatedAt: new Date() })
    .where(and(eq(institutions.id, id), eq(institutions.revision, revision)))
    .returning();
  return row ?? null;
}

/** Moves the place codes of every row that carries them, after the institution moved subdistrict. */
export async function movePlacedRows(exec: Executor, institutionId: string, subdistrictCode: string): Promise<void> {
  for (const table of [classes, fees, staff, classCaregivers] as const) await exec.update(table).set({ subdistrictCode }).where(eq(table.institutionId, institutionId));
  await exec.update(children).set({ subdistrictCode }).where(and(eq(children.institutionId, institutionId), eq(children.status, 'enrolled')));
}

/** Classes with enrolled children and caregivers, in name order. */
export async function listClassesWithCaregivers(exec: Executor, institutionId: string) {
  const rows = await exec
    .select({ id: classes.id, name: classes.name, classType: classes.classType, capacity: classes.capacity })
    .from(classes)
    .where(eq(classes.institutionId, institutionId))
    .orderBy(asc(classes.name), asc(classes.id));
  const enrolled = await exec
    .select({ classId: children.classId, n: sql<number>`count(*)::int` })
    .from(children)
    .where(and(eq(children.institutionId, institutionId), eq(children.status, 'enrolled')))
    .groupBy(children.classId);
  const carers = await exec
    .select({ classId: classCaregivers.classId, id: staff.id, name: staff.name })
    .from(classCaregivers)
    .innerJoin(staff, eq(staff.id, classCaregivers.staffId))
    .where(eq(classCaregivers.institutionId, institutionId))
    .orderBy(asc(staff.name));
  return rows.map((c) => ({
    ...c,
    enrolled: enrolled.find((e) => e.classId === c.id)?.n ?? 0,
    caregivers: carers.filter((k) => k.classId === c.id).map(({ id, name }) => ({ id, name })),
  }));
}

export async function insertClassRow(exec: Executor, row: typeof classes.$inferInsert): Promise<ClassRow> {
  const [created] = await exec.insert(classes).values(row).returning();
  return created!;
}

export async function updateClassRow(exec: Executor, institutionId: string, classId: string, changes: Partial<Pick<ClassRow, 'name' | 'classType' | 'capacity'>>): Promise<ClassRow | null> {
  const [row] = await exec
    .update(classes)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(classes.id, classId), eq(classes.institutionId, institutionId)))
    .returning();
  return row ?? null;
}

export async function deleteClassRow(exec: Executor, institutionId: string, classId: string): Promise<void> {
  await exec.delete(classes).where(and(eq(classes.id, classId), eq(classes.institutionId, institutionId)));
}

/**
 * Puts exactly these caregivers in the class. A caregiver assigned elsewhere moves here: one
 * person works in one class at a time.
 */
export async function replaceClassCaregivers(exec: Executor, cls: Pick<ClassRow, 'id' | 'institutionId' | 'districtCode' | 'subdistrictCode'>, staffIds: readonly string[]): Promise<void> {
  await exec.delete(classCaregivers).where(eq(classCaregivers.classId, cls.id));
  if (staffIds.length === 0) return;
  await exec.delete(classCaregivers).where(inArray(classCaregivers.staffId, [...staffIds]));
  await exec.insert(classCaregivers).values(staffIds.map((staffId) => ({ classId: cls.id, staffId, institutionId: cls.institutionId, districtCode: cls.districtCode, subdistrictCode: cls.subdistrictCode })));
}

export async function replaceFeeRows(exec: Executor, institutionId: string, rows: (typeof fees.$inferInsert)[]): Promise<void> {
  await exec.delete(fees).where(eq(fees.institutionId, institutionId));
  if (rows.length > 0) await exec.insert(fees).values(rows);
}

export type StaffRow = typeof staff.$inferSelect;

export async function findStaffRow(exec: Executor, institutionId: string, staffId: string): Promise<StaffRow | null> {
  const [row] = await exec.select().from(staff).where(and(eq(staff.id, staffId), eq(staff.institutionId, institutionId)));
  return row ?? null;
}

export async function listActiveStaff(exec: Executor, institutionId: string): Promise<StaffRow[]> {
  return exec.select().from(staff).where(and(eq(staff.institutionId, institutionId), eq(staff.status, 'active'))).orderBy(asc(staff.role), asc(staff.name), asc(staff.id));
}

/** Where a person (by the keyed hash of the ID number) is active, other than this staff row. */
export async function findActiveElsewhere(exec: Executor, idNumberHash: string, exceptStaffId?: string): Promise<{ institutionId: string } | null> {
  const [row] = await exec
    .select({ institutionId: staff.institutionId })
    .from(staff)
    .where(and(eq(staff.idNumberHash, idNumberHash), eq(staff.status, 'active'), exceptStaffId ? ne(staff.id, exceptStaffId) : undefined));
  return row ?? null;
}

const isUniqueViolation = (error: unknown) => [error, (error as { cause?: unknown })?.cause].some((e) => (e as { code?: string })?.code === '23505');

/** Two institutions hiring the same person at once: the unique index lets one through. */
export async function insertStaffRow(exec: Executor, row: typeof staff.$inferInsert): Promise<StaffRow> {
  try {
    const [created] = await exec.insert(staff).values(row).returning();
    return created!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(EditingErrors.STAFF_ACTIVE_ELSEWHERE);
    throw error;
  }
}

export async function updateStaffRow(exec: Executor, staffId: string, changes: Partial<typeof staff.$inferInsert>): Promise<StaffRow> {
  const [row] = await exec
    .update(staff)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(staff.id, staffId))
    .returning();
  return row!;
}

export async function removeCaregiverAssignments(exec: Executor, staffId: string): Promise<void> {
  await exec.delete(classCaregivers).where(eq(classCaregivers.staffId, staffId));
}

export function listFeesOf(exec: Executor, institutionId: string) {
  return exec.select({ classType: fees.classType, serviceMode: fees.serviceMode, monthlyFeeFen: fees.monthlyFeeFen }).from(fees).where(eq(fees.institutionId, institutionId)).orderBy(asc(fees.classType), asc(fees.serviceMode));
}
