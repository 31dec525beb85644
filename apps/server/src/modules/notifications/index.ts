import type { FastifyPluginAsync } from 'fastify';
import { notificationRoutes } from './notifications.routes.ts';

/** In-app notifications (the bell) and their text messages; other modules send notices through recordNotices and sendNoticeTexts. */
export const notificationsModule: FastifyPluginAsync = async (app) => {
  await app.register(notificationRoutes);
};

export { recordNotices, sendNoticeTexts, type Notice, type Recipient } from './notifications.service.ts';
export { notifications } from './notifications.tables.ts';
