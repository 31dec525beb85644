import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** When each periodic job last ran, shared by every app server so a job runs once per interval. */
export const scheduledJobs = pgTable('scheduled_jobs', {
  name: text('name').primaryKey(),
  lastStartedAt: timestamp('last_started_at', { withTimezone: true, mode: 'date' }).notNull(),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true, mode: 'date' }),
  lastError: text('last_error'),
});
