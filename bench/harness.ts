import { randomBytes } from 'node:crypto';
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

/** `timesRefusals`: a 4xx is an expected answer here (a full class), so its latency counts too. */
export type Target = { label: string; role: string | null; request: Options; timesRefusals?: boolean };

/**
 * One endpoint under load for `duration` seconds. The mean and percentiles come from every
 * successful answer's own latency (autocannon's summary has no p95 and rounds to whole
 * milliseconds); like autocannon's, they leave refusals out unless the target expects them.
 */
export async function measure(target: Target, duration: number): Promise<Measurement> {
  const latencies: number[] = [];
  const run = autocannon({ ...target.request, duration }).on('response', (_client, statusCode, _bytes, ms) => {
    if ((statusCode >= 200 && statusCode < 300) || (target.timesRefusals && statusCode >= 400 && statusCode < 500)) latencies.push(ms);
  });
  const result = await run;
  const mean = latencies.length > 0 ? latencies.reduce((sum, ms) => sum + ms, 0) / latencies.length : 0;
  latencies.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(latencies, p)) as [number, number, number];
  const m: Measurement = { label: target.label, role: target.role, rps: result.requests.average, mean, p50, p95, p99, failures: result.non2xx + result.errors + result.timeouts };
  console.log(`  ${m.label.padEnd(60)} ${Math.round(m.rps)} req/s, p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms${m.failures ? `, ${m.failures} failed` : ''}`);
  return m;
}
