import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { rolePermissions, sessions, users } from './accounts.tables.ts';
import type { UserRow } from './users.repository.ts';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(exec: Executor, values: typeof sessions.$inferInsert): Promise<SessionRow> {
  const [row] = await exec.insert(sessions).values(values).returning();
  return row!;
}

/** The session, its account and the account's permissions, in one round trip (this runs on every request). */
export async function findSessionByTokenHash(exec: Executor, tokenHash: string): Promise<{ session: SessionRow; user: UserRow; permissions: string[] } | undefined> {
  const [row] = await exec
    .select({
      session: sessions,
      user: users,
      permissions: sql<string[]>`array(select ${rolePermissions.permission} from ${rolePermissions} where ${rolePermissions.role} = ${users.role} order by 1)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function touchSession(exec: Executor, id: string, at: Date): Promise<void> {
  await exec.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function deleteSession(exec: Executor, id: string): Promise<void> {
  await exec.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of an account, or every one but the caller's own. */
export async function deleteSessionsOfUser(exec: Executor, userId: string, keepSessionId?: string): Promise<number> {
  const removed = await exec
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepSessionId ? ne(sessions.id, keepSessionId) : undefined))
    .returning({ id: sessions.id });
  return removed.length;
}

export async function permissionsOfRole(exec: Executor, role: string): Promise<string[]> {
  const rows = await exec.select({ permission: rolePermissions.permission }).from(rolePermissions).where(eq(rolePermissions.role, role)).orderBy(rolePermissions.permission);
  return rows.map((r) => r.permission);
}

/** Sessions past their idle timeout or lifetime that nobody presented again (those are deleted on sight). */
export async function deleteStaleSessions(exec: Executor, idleSince: Date, createdBefore: Date): Promise<number> {
  const removed = await exec
    .delete(sessions)
    .where(or(lt(sessions.lastSeenAt, idleSince), lt(sessions.createdAt, createdBefore)))
    .returning({ id: sessions.id });
  return removed.length;
}
