import type { Job } from './platform/jobs/index.ts';
import { disableDormantAccounts, pruneExpiredAuthState } from './modules/accounts/index.ts';
import { resumeImportJobs } from './modules/imports/index.ts';
import { expireOffers } from './modules/bookings/index.ts';
import { alertCaseDeadlines } from './modules/cases/index.ts';

/** The periodic work of every module; `youyu serve` runs it, once per interval across all servers. */
export const scheduledJobList: readonly Job[] = [
  { name: 'accounts.disableDormant', everySeconds: 3600, run: disableDormantAccounts },
  { name: 'accounts.pruneExpiredAuthState', everySeconds: 3600, run: pruneExpiredAuthState },
  // An import cut off by a stopped server is taken up again by whichever server runs this next.
  { name: 'imports.resume', everySeconds: 120, run: resumeImportJobs },
  // An offered place not accepted in time passes to the waitlist.
  { name: 'bookings.expireOffers', everySeconds: 300, run: expireOffers },
  // Complaints and reports near or past their deadline alert their handlers, once per deadline and stage.
  { name: 'cases.alertDeadlines', everySeconds: 900, run: alertCaseDeadlines },
];
