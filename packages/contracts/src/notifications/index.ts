import { z } from 'zod';
import { IsoDateTime, Page, paginated } from '../common/index.ts';

/**
 * In-app notifications. Each has a kind whose title and body are i18n messages
 * (`notifications:kinds.<kind>`), filled from `params` in the reader's language.
 */
export const notificationKinds = [
  'filingSubmitted',
  'filingResubmitted',
  'filingReceived',
  'filingUnderReview',
  'filingReturned',
  'filingFiled',
  'filingRefused',
  'filingSuspended',
  'filingReinstated',
  'filingWithdrawn',
  'filingChangeFiled',
  'bookingRequested',
  'bookingWaitlisted',
  'bookingOffered',
  'bookingDeclined',
  'bookingOfferAccepted',
  'bookingOfferDeclined',
  'bookingOfferExpired',
  'bookingCancelled',
  'visitBooked',
  'visitCancelled',
  'visitCompleted',
  'caseSubmitted',
  'caseUrgent',
  'caseReplied',
  'caseAcknowledgeDueSoon',
  'caseAcknowledgeOverdue',
  'caseResolveDueSoon',
  'caseResolveOverdue',
] as const;
export const NotificationKind = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z
  .object({
    id: z.uuid(),
    kind: NotificationKind,
    title: z.string(),
    body: z.string(),
    link: z.string().nullable().describe('a path in the web app'),
    createdAt: IsoDateTime,
    isRead: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

export const NotificationQuery = Page.extend({ unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });
export const NotificationPage = paginated(Notification).extend({ unread: z.number().int() });
export const UnreadCount = z.object({ unread: z.number().int() });
