import type { Department, Notification, NotificationKind } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import type { FastifyBaseLogger } from 'fastify';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import type { SmsSender } from '../../platform/sms/index.ts';
import { countUnread, insertNotifications, listNotificationRows, markAllRead, markRead } from './notifications.repository.ts';

/** Who a notice is for: one account, an institution's accounts, or a jurisdiction's holders of a permission. */
export type Recipient =
  | { userId: string }
  | { institutionId: string }
  | { jurisdictionCode: string; permission: string; department?: Department };

/** One thing to tell someone: in the app, and by text message when a mobile number is given. */
export type Notice = {
  kind: NotificationKind;
  /** Fills the kind's message; plain text, shown as it is. */
  params: Record<string, string>;
  link?: string | null;
  to: Recipient;
  smsTo?: string | null;
};

const MOBILE = /^1[3-9]\d{9}$/;

/** Records in-app notices; call it inside the transaction that makes the change they announce. */
export async function recordNotices(exec: Executor, notices: readonly Notice[]): Promise<void> {
  await insertNotifications(
    exec,
    notices.map((n) => ({
      kind: n.kind,
      params: n.params,
      link: n.link ?? null,
      recipientUserId: 'userId' in n.to ? n.to.userId : null,
      recipientInstitutionId: 'institutionId' in n.to ? n.to.institutionId : null,
      recipientJurisdictionCode: 'jurisdictionCode' in n.to ? n.to.jurisdictionCode : null,
      recipientPermission: 'permission' in n.to ? n.to.permission : null,
      recipientDepartment: 'department' in n.to ? (n.to.department ?? null) : null,
    })),
  );
}

/**
 * Sends the text messages of notices once their change has committed (a rolled-back change
 * announces nothing). A failed message is logged, not raised: the change stands, and the in-app
 * notice is there.
 */
export async function sendNoticeTexts(sms: SmsSender, notices: readonly Notice[], log: Pick<FastifyBaseLogger, 'warn'>): Promise<void> {
  for (const notice of notices) {
    if (!notice.smsTo || !MOBILE.test(notice.smsTo)) continue;
    try {
      await sms.send({ phone: notice.smsTo, template: `notice.${notice.kind}`, params: notice.params });
    } catch (err) {
      log.warn({ err, kind: notice.kind }, 'notice text message not sent');
    }
  }
}

function actorOf(ctx: RequestContext) {
  if (!ctx.actor) throw new DomainError('UNAUTHENTICATED');
  return ctx.actor;
}

export async function listNotifications(ctx: RequestContext, query: { page: number; pageSize: number; unread?: boolean }): Promise<{ items: Notification[]; total: number; unread: number }> {
  const actor = actorOf(ctx);
  const page = await listNotificationRows(ctx.db, actor, query);
  return {
    total: page.total,
    unread: await countUnread(ctx.db, actor),
    items: page.items.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: translate(ctx.locale, `notifications:kinds.${row.kind}.title`, row.params),
      body: translate(ctx.locale, `notifications:kinds.${row.kind}.body`, row.params),
      link: row.link,
      createdAt: row.createdAt.toISOString(),
      isRead: row.readAt !== null,
    })),
  };
}

export async function unreadCount(ctx: RequestContext): Promise<{ unread: number }> {
  return { unread: await countUnread(ctx.db, actorOf(ctx)) };
}

/**
 * Marking read changes only the reader's own view (no record of the institution or the case),
 * so it is not an audited write.
 */
export async function readNotification(ctx: RequestContext, id: string): Promise<{ unread: number }> {
  const actor = actorOf(ctx);
  if (!(await markRead(ctx.db, actor, id))) throw notFound();
  return { unread: await countUnread(ctx.db, actor) };
}

export async function readAllNotifications(ctx: RequestContext): Promise<{ unread: number }> {
  const actor = actorOf(ctx);
  await markAllRead(ctx.db, actor);
  return { unread: 0 };
}
