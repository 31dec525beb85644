import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Department } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { rolePermissions, users } from './accounts.tables.ts';

/**
 * Mobile numbers of the active staff rooted at a jurisdiction whose role holds a permission, in
 * the given departments: whom to text when something cannot wait for the in-app notice.
 */
export async function findStaffPhones(exec: Executor, where: { jurisdictionCode: string; permission: string; departments: readonly Department[] }): Promise<string[]> {
  if (where.departments.length === 0) return [];
  const rows = await exec
    .selectDistinct({ phone: users.phone })
    .from(users)
    .innerJoin(rolePermissions, and(eq(rolePermissions.role, users.role), eq(rolePermissions.permission, where.permission)))
    .where(and(eq(users.jurisdictionCode, where.jurisdictionCode), eq(users.status, 'active'), inArray(users.department, [...where.departments]), isNotNull(users.phone)));
  return rows.map((r) => r.phone!);
}
