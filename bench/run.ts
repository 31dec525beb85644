// `npm run bench [-- --postgres URL] [--duration 5] [--connections 10] [--out docs/benchmarks.md] [--note TEXT]`
// Starts the real server (demo city; PGlite in a temporary directory, or a fresh database on the
// given PostgreSQL server), measures /healthz and every endpoint of bench/endpoints.ts with wrk
// (or autocannon where wrk is not installed: harness.ts), then runs the scenarios (the map search at 100,000 institutions, on PGlite and on the
// PostgreSQL server when one is given), and writes the report.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Role } from '@youyu/contracts';
import { root, startServer } from '../e2e/server.ts';
import { sessionHeaders, signInThroughApi, type Session } from '../e2e/session.ts';
import { readDemoAccounts } from '../e2e/demo-accounts.ts';
import { endpoints, type BenchEndpoint } from './endpoints.ts';
import { freshPostgresDatabase, loadGeneratorOf, measure, warmUp, type Target } from './harness.ts';
import { runMapSearch } from './map-search.ts';
import { runBookingContention } from './booking-contention.ts';
import { renderReport, type Measurement } from './report.ts';

const { values: args } = parseArgs({
  options: {
    postgres: { type: 'string' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    // What else the machine was doing, for the report (e.g. "a CI run shared the cores").
    note: { type: 'string' },
  },
});
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const connections = Number(args.connections);

async function targetOf(base: string, endpoint: BenchEndpoint, session: Session | undefined): Promise<Target> {
  const label = `${endpoint.method} ${endpoint.path}`;
  const headers: Record<string, string> = { accept: 'application/json', ...(session ? sessionHeaders(session) : {}) };
  if (endpoint.body !== undefined) headers['content-type'] = 'application/json';
  const request = { url: `${base}${endpoint.path}`, method: endpoint.method, headers, body: endpoint.body === undefined ? undefined : JSON.stringify(endpoint.body), connections };
  const probe = await fetch(request.url, { method: request.method, headers, body: request.body });
  if (!probe.ok) console.warn(`  ${label} answers ${probe.status}: its row measures that answer`);
  return { label, role: endpoint.role ?? null, request };
}

/** Scenarios beyond the endpoint list, each on servers of its own; their sections follow the table. */
const scenarios = [runMapSearch, runBookingContention];

let report = '';
// Over 1 per core means other work shared the machine: the numbers are then slower than the code.
const loadAtStart = os.loadavg()[0]!.toFixed(1);
const database = args.postgres ? await freshPostgresDatabase(args.postgres) : null;
console.log('starting the server (demo city)…');
const server = await startServer({ databaseUrl: database?.url });
try {
  const sessions = new Map<Role, Session>();
  const sessionFor = async (role: Role | undefined) => {
    if (!role) return undefined;
    if (!sessions.has(role)) {
      const account = readDemoAccounts().find((a) => a.role === role);
      if (!account) throw new Error(`docs/DEMO.md lists no demo account for ${role}`);
      sessions.set(role, await signInThroughApi(server.url, account.credentials));
    }
    return sessions.get(role);
  };
  const targets = [await targetOf(server.url, { method: 'GET', path: '/healthz' }, undefined)];
  for (const endpoint of endpoints) targets.push(await targetOf(server.url, endpoint, await sessionFor(endpoint.role)));
  // One warm-up round over everything first: the JIT, the caches and a server just done seeding
  // settle before the first (floor) measurement, not during it.
  console.log(`warming up: ${warmup} s per endpoint`);
  for (const target of targets) await warmUp(target, warmup);
  console.log(`measuring: ${connections} connections, ${duration} s per endpoint`);
  const results: Measurement[] = [];
  for (const target of targets) results.push(await measure(target, duration));
  const [floor, ...measurements] = results as [Measurement, ...Measurement[]];

  const cpus = os.cpus();
  report = renderReport(
    {
      date: new Date(),
      machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}; load average ${loadAtStart} when the run started`,
      node: process.version,
      engine: database?.engine ?? 'PGlite (embedded, in a temporary data directory)',
      load: `${loadGeneratorOf(targets)}, ${connections} connections, ${duration} s per endpoint after a warm-up round of ${warmup} s per endpoint, from the same machine (load generator and server share the cores)`,
      note: args.note,
    },
    floor,
    measurements,
  );
} finally {
  await server.stop();
  await database?.drop();
}
const sections: string[] = [];
for (const scenario of scenarios) sections.push(await scenario({ postgres: args.postgres, duration, warmup, connections }));
const out = path.resolve(root, args.out);
await fs.writeFile(out, [report, ...sections].join('\n'));
console.log(`written to ${path.relative(process.cwd(), out)}`);
