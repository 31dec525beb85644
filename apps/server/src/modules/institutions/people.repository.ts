import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { ChildStatus, StaffMemberRole, StaffStatus } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { children, classes, staff } from './institutions.tables.ts';

type PageQuery = { page: number; pageSize: number };

export async function listStaffRows(exec: Executor, institutionId: string, query: PageQuery & { status?: StaffStatus; role?: StaffMemberRole }) {
  const where = and(eq(staff.institutionId, institutionId), query.status ? eq(staff.status, query.status) : undefined, query.role ? eq(staff.role, query.role) : undefined);
  const items = await exec
    .select({
      id: staff.id,
      name: staff.name,
      role: staff.role,
      idNumberMasked: staff.idNumberMasked,
      certificates: staff.certificates,
      trainingHours: staff.trainingHours,
      hiredAt: staff.hiredAt,
      status: staff.status,
    })
    .from(staff)
    .where(where)
    .orderBy(asc(staff.status), asc(staff.role), asc(staff.name), asc(staff.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(staff).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function listChildRows(exec: Executor, institutionId: string, query: PageQuery & { status?: ChildStatus; classId?: string }) {
  const conditions: (SQL | undefined)[] = [eq(children.institutionId, institutionId)];
  if (query.status) conditions.push(eq(children.status, query.status));
  if (query.classId) conditions.push(eq(children.classId, query.classId));
  const where = and(...conditions);
  const items = await exec
    .select({
      id: children.id,
      name: children.name,
      birthDate: children.birthDate,
      sex: children.sex,
      idNumberMasked: children.idNumberMasked,
      classId: children.classId,
      className: classes.name,
      enrolledAt: children.enrolledAt,
      status: children.status,
      guardianName: children.guardianName,
      guardianPhone: children.guardianPhone,
    })
    .from(children)
    .leftJoin(classes, eq(classes.id, children.classId))
    .where(where)
    .orderBy(asc(children.status), asc(classes.name), asc(children.name), asc(children.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(children).where(where);
  return { items, total: total?.n ?? 0 };
}

/** The encrypted ID number of a staff member of this institution; null when no such person. */
export async function findStaffIdNumber(exec: Executor, institutionId: string, staffId: string) {
  const [row] = await exec
    .select({ cipher: staff.idNumberCipher, subdistrictCode: staff.subdistrictCode })
    .from(staff)
    .where(and(eq(staff.id, staffId), eq(staff.institutionId, institutionId)));
  return row ?? null;
}

/** The encrypted ID number of a child of this institution (null cipher when none was recorded). */
export async function findChildIdNumber(exec: Executor, institutionId: string, childId: string) {
  const [row] = await exec
    .select({ cipher: children.idNumberCipher, subdistrictCode: children.subdistrictCode })
    .from(children)
    .where(and(eq(children.id, childId), eq(children.institutionId, institutionId)));
  return row ?? null;
}
