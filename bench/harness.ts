import { randomBytes } from 'node:crypto';
import autocannon, { type Options } from 'autocannon';
import pg from 'pg';
import type { Measurement } from './report.ts';

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

export type Target = { label: string; role: string | null; request: Options };

/** One endpoint under load for `duration` seconds. */
export async function measure(target: Target, duration: number): Promise<Measurement> {
  const result = await autocannon({ ...target.request, duration });
  const m: Measurement = { label: target.label, role: target.role, rps: result.requests.average, mean: result.latency.mean, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts };
  console.log(`  ${m.label.padEnd(60)} ${Math.round(m.rps)} req/s, mean ${m.mean.toFixed(2)} ms, p50 ${m.p50} ms, p99 ${m.p99} ms${m.failures ? `, ${m.failures} failed` : ''}`);
  return m;
}
