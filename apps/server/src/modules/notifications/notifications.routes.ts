import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, NotificationPage, NotificationQuery, Problem, UnreadCount } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { listNotifications, readAllNotifications, readNotification, unreadCount } from './notifications.service.ts';

const tags = ['notifications'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
// Every account has its own notifications; which ones is decided by whom they are addressed to.
const own = { access: { signedIn: true } } as const;

export async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/notifications', { schema: { tags, summary: 'My notifications, newest first, with the unread count', querystring: NotificationQuery, response: { 200: NotificationPage, ...errors } }, config: own }, (request) =>
    listNotifications(contextOf(request), request.query),
  );
  r.get('/notifications/unread-count', { schema: { tags, summary: 'How many of my notifications are unread (for the bell)', response: { 200: UnreadCount, ...errors } }, config: own }, (request) =>
    unreadCount(contextOf(request)),
  );
  r.post('/notifications/:id/read', { schema: { tags, summary: 'Mark one notification read', params: IdParams, response: { 200: UnreadCount, ...errors } }, config: own }, (request) =>
    readNotification(contextOf(request), request.params.id),
  );
  r.post('/notifications/read-all', { schema: { tags, summary: 'Mark all my notifications read', response: { 200: UnreadCount, ...errors } }, config: own }, (request) =>
    readAllNotifications(contextOf(request)),
  );
}
