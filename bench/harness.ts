import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon, { type Options } from 'autocannon';
import pg from 'pg';
import { percentile, type Measurement } from './report.ts';

/** A new, empty database on the given server, dropped afterwards, so runs never share data. */
export async function freshPostgresDatabase(serverUrl: string) {
  const name = `youyu_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const { rows } = await admin.query<{ version: string }>(`select current_setting('server_version') as version`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    engine: `PostgreSQL ${rows[0]!.version} (fresh database on the given server)`,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * `timesRefusals`: a 4xx is an expected answer here (a full class), so its latency counts too.
 * `generator: 'autocannon'`: measured on autocannon even where wrk is installed, so that a table
 * whose scenario needs autocannon compares its floor on the same generator.
 */
export type Target = { label: string; role: string | null; request: Options; timesRefusals?: boolean; generator?: 'autocannon' };

/**
 * The load generator: wrk (Debian's package) where it is installed, else autocannon. wrk is
 * written in C and takes a fraction of the CPU autocannon does per request (measured here: about
 * 0.05 against 0.6–1.4 ms), which matters when the generator shares the machine's two cores with
 * the server and the database. Targets whose requests differ one from the next (a script per
 * request) always run on autocannon.
 */
const wrkPath = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((candidate) => existsSync(candidate));

const runsOnWrk = (target: Target) => !!wrkPath && target.generator !== 'autocannon' && !target.request.requests && !target.timesRefusals;

/** Which generator measured these targets, for the report. */
export const loadGeneratorOf = (targets: Target[]) => (targets.every(runsOnWrk) ? 'wrk' : targets.some(runsOnWrk) ? 'wrk and autocannon' : 'autocannon');

/** Load without measuring, so that caches, pools and JIT settle before the measurement. */
export async function warmUp(target: Target, duration: number): Promise<void> {
  if (runsOnWrk(target)) await runWrk(target, duration);
  else await autocannon({ ...target.request, duration });
}

/**
 * One endpoint under load for `duration` seconds. The mean and percentiles come from every
 * successful answer's own latency: wrk's histogram (in microseconds), or each answer timed on
 * autocannon (whose summary has no p95 and rounds to whole milliseconds), leaving refusals out
 * unless the target expects them.
 */
export async function measure(target: Target, duration: number): Promise<Measurement> {
  const m = runsOnWrk(target) ? await measureOnWrk(target, duration) : await measureOnAutocannon(target, duration);
  console.log(`  ${m.label.padEnd(60)} ${Math.round(m.rps)} req/s, p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms${m.failures ? `, ${m.failures} failed` : ''}`);
  return m;
}

/**
 * The endpoint measured `rounds` times in a row, keeping the round with the median p99: on a
 * shared host one slow spell (seen here: the floor itself halving for a minute) then moves no row.
 */
export async function measureMedian(target: Target, duration: number, rounds: number): Promise<Measurement> {
  const results: Measurement[] = [];
  for (let round = 0; round < rounds; round++) results.push(await measure(target, duration));
  return results.sort((a, b) => a.p99 - b.p99)[Math.floor(rounds / 2)]!;
}

async function measureOnAutocannon(target: Target, duration: number): Promise<Measurement> {
  const latencies: number[] = [];
  const run = autocannon({ ...target.request, duration }).on('response', (_client, statusCode, _bytes, ms) => {
    if ((statusCode >= 200 && statusCode < 300) || (target.timesRefusals && statusCode >= 400 && statusCode < 500)) latencies.push(ms);
  });
  const result = await run;
  const mean = latencies.length > 0 ? latencies.reduce((sum, ms) => sum + ms, 0) / latencies.length : 0;
  latencies.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(latencies, p)) as [number, number, number];
  return { label: target.label, role: target.role, rps: result.requests.average, mean, p50, p95, p99, failures: result.non2xx + result.errors + result.timeouts };
}

type WrkSummary = { requests: number; durationUs: number; failures: number; mean: number; p50: number; p95: number; p99: number };

async function runWrk(target: Target, duration: number): Promise<WrkSummary> {
  const { url, method = 'GET', headers = {}, body, connections = 10 } = target.request;
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${String(value)}`]);
  const args = ['-t1', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '-s', path.join(import.meta.dirname, 'wrk-report.lua'), ...headerArgs, url!];
  const { stdout } = await promisify(execFile)(wrkPath!, args, { env: { ...process.env, WRK_METHOD: method, WRK_BODY: typeof body === 'string' ? body : '' } });
  const line = stdout.trim().split('\n').at(-1)!;
  return JSON.parse(line) as WrkSummary;
}

async function measureOnWrk(target: Target, duration: number): Promise<Measurement> {
  const w = await runWrk(target, duration);
  const ms = (us: number) => us / 1000;
  return { label: target.label, role: target.role, rps: w.requests / (w.durationUs / 1e6), mean: ms(w.mean), p50: ms(w.p50), p95: ms(w.p95), p99: ms(w.p99), failures: w.failures };
}
