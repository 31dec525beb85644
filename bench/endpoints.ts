import type { Role } from '@youyu/contracts';

/**
 * What `npm run bench` measures, beside the /healthz floor. `role`: signed in as that role's demo
 * account (docs/DEMO.md). Paths refer to the demo city (Beijing, 110000).
 */
export type BenchEndpoint = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  role?: Role;
  body?: unknown;
};

export const endpoints: BenchEndpoint[] = [
  { method: 'GET', path: '/api/v1/meta' },
  { method: 'GET', path: '/api/v1/public/jurisdictions/110000/districts' },
  // What every signed-in request pays: resolving the session and the account's permissions.
  { method: 'GET', path: '/api/v1/auth/me', role: 'regulator' },
];
