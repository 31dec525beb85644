import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { notificationReads, notifications } from './notifications.tables.ts';

export type NewNotificationRow = typeof notifications.$inferInsert;

export async function insertNotifications(exec: Executor, rows: NewNotificationRow[]): Promise<void> {
  if (rows.length > 0) await exec.insert(notifications).values(rows);
}

/** The notifications addressed to an account: to it, to its institution, or to its jurisdiction and permissions. */
function addressedTo(actor: Actor): SQL {
  const audiences: (SQL | undefined)[] = [eq(notifications.recipientUserId, actor.userId)];
  if (actor.institutionId && (actor.role === 'institutionDirector' || actor.role === 'institutionStaff')) audiences.push(eq(notifications.recipientInstitutionId, actor.institutionId));
  if (actor.jurisdictionCode && actor.permissions.size > 0) {
    audiences.push(
      and(
        eq(notifications.recipientJurisdictionCode, actor.jurisdictionCode),
        inArray(notifications.recipientPermission, [...actor.permissions]),
        actor.department ? or(isNull(notifications.recipientDepartment), eq(notifications.recipientDepartment, actor.department)) : isNull(notifications.recipientDepartment),
      ),
    );
  }
  return or(...audiences)!;
}

const readJoin = (actor: Actor) => and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.userId, actor.userId));

export async function listNotificationRows(exec: Executor, actor: Actor, query: { page: number; pageSize: number; unread?: boolean }) {
  const where = and(addressedTo(actor), query.unread ? isNull(notificationReads.userId) : undefined);
  const items = await exec
    .select({ id: notifications.id, kind: notifications.kind, params: notifications.params, link: notifications.link, createdAt: notifications.createdAt, readAt: notificationReads.readAt })
    .from(notifications)
    .leftJoin(notificationReads, readJoin(actor))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await exec.select({ n: count() }).from(notifications).leftJoin(notificationReads, readJoin(actor)).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function countUnread(exec: Executor, actor: Actor): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(notifications)
    .leftJoin(notificationReads, readJoin(actor))
    .where(and(addressedTo(actor), isNull(notificationReads.userId)));
  return row?.n ?? 0;
}

/** Marks one notification read; false when it is not addressed to the account (or does not exist). */
export async function markRead(exec: Executor, actor: Actor, id: string): Promise<boolean> {
  const [found] = await exec.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, id), addressedTo(actor)));
  if (!found) return false;
  await exec.insert(notificationReads).values({ notificationId: id, userId: actor.userId }).onConflictDoNothing();
  return true;
}

export async function markAllRead(exec: Executor, actor: Actor): Promise<void> {
  await exec.execute(sql`
    insert into ${notificationReads} (notification_id, user_id)
    select ${notifications.id}, ${actor.userId}::uuid from ${notifications} where ${addressedTo(actor)}
    on conflict do nothing`);
}
