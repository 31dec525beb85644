export { runDueJobs, startScheduler, type Job } from './scheduler.ts';
export { scheduledJobs } from './jobs.tables.ts';
