import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NotificationKind } from '@youyu/contracts';

/**
 * In-app notifications, addressed to one account, to every account of an institution, or to the
 * accounts of a jurisdiction that hold a permission (e.g. the district's filing reviewers). Kept
 * once per notice and fanned out when read, so a new colleague sees the queue's history too.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<NotificationKind>().notNull(),
    params: jsonb('params').$type<Record<string, string>>().notNull(),
    link: text('link'),
    recipientUserId: uuid('recipient_user_id'),
    recipientInstitutionId: uuid('recipient_institution_id'),
    recipientJurisdictionCode: text('recipient_jurisdiction_code'),
    /** With a jurisdiction: only accounts holding this permission (and department, when set). */
    recipientPermission: text('recipient_permission'),
    recipientDepartment: text('recipient_department'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_idx').on(t.recipientUserId, t.createdAt),
    index('notifications_institution_idx').on(t.recipientInstitutionId, t.createdAt),
    index('notifications_jurisdiction_idx').on(t.recipientJurisdictionCode, t.createdAt),
  ],
);

/** Who has read which notification. */
export const notificationReads = pgTable(
  'notification_reads',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'notification_reads_pkey', columns: [t.notificationId, t.userId] })],
);
