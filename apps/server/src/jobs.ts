import type { Job } from './platform/jobs/index.ts';
import { disableDormantAccounts, pruneExpiredAuthState } from './modules/accounts/index.ts';

/** The periodic work of every module; `youyu serve` runs it, once per interval across all servers. */
export const scheduledJobList: readonly Job[] = [
  { name: 'accounts.disableDormant', everySeconds: 3600, run: disableDormantAccounts },
  { name: 'accounts.pruneExpiredAuthState', everySeconds: 3600, run: pruneExpiredAuthState },
];
