import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { permissionKeysSeen, rolePermissions } from './accounts.tables.ts';

export type Grant = { role: string; permission: string };

export async function allGrants(exec: Executor): Promise<Grant[]> {
  return exec.select().from(rolePermissions).orderBy(rolePermissions.role, rolePermissions.permission);
}

export async function replaceRolePermissions(exec: Executor, role: string, permissions: readonly string[]): Promise<void> {
  await exec.delete(rolePermissions).where(eq(rolePermissions.role, role));
  if (permissions.length > 0) await exec.insert(rolePermissions).values(permissions.map((permission) => ({ role, permission })));
}

// One lock id for applying default grants, so app servers starting together take turns.
const DEFAULTS_LOCK = 7301003;

export async function lockPermissionDefaults(exec: Executor): Promise<void> {
  await exec.execute(sql`select pg_advisory_xact_lock(${DEFAULTS_LOCK})`);
}

export async function seenPermissionKeys(exec: Executor, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await exec.select({ key: permissionKeysSeen.key }).from(permissionKeysSeen).where(inArray(permissionKeysSeen.key, [...keys]));
  return new Set(rows.map((r) => r.key));
}

export async function insertDefaultGrants(exec: Executor, keys: readonly string[], grants: readonly Grant[]): Promise<void> {
  if (grants.length > 0) await exec.insert(rolePermissions).values([...grants]).onConflictDoNothing();
  if (keys.length > 0) await exec.insert(permissionKeysSeen).values(keys.map((key) => ({ key }))).onConflictDoNothing();
}
