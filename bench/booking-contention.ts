import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startServer } from '../e2e/server.ts';
import { readDemoAccounts } from '../e2e/demo-accounts.ts';
import { sessionHeaders, signInThroughApi } from '../e2e/session.ts';
import { freshPostgresDatabase, measure, warmUp, type Target } from './harness.ts';
import type { ScenarioOptions } from './map-search.ts';
import { renderTable, type Measurement } from './report.ts';

const PLACES = 10;
const REQUESTS = 5000;

/**
 * A class of 10 places and 5,000 requests at the demo institution, written straight into the
 * database; then the institution offers places to them, many connections at once. Only as many
 * offers as places succeed; the rest answer 409 BOOKING_CLASS_FULL after waiting for the class
 * row's lock, which is what this measures.
 */
async function prepare(databaseUrl: string, institutionId: string): Promise<{ classId: string; bookingIds: string[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ district_code: string; subdistrict_code: string }>('select district_code, subdistrict_code from institutions where id = $1', [institutionId]);
    const place = [rows[0]!.district_code, rows[0]!.subdistrict_code];
    const classId = randomUUID();
    await client.query(`insert into institution_classes (id, institution_id, name, class_type, capacity, district_code, subdistrict_code) values ($1, $2, '压测班', 'toddlerClass', $3, $4, $5)`, [classId, institutionId, PLACES, ...place]);
    const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const born = new Date(Date.now() - 500 * 86_400_000).toISOString().slice(0, 10);
    const ids = Array.from({ length: REQUESTS }, () => ({ child: randomUUID(), family: randomUUID(), booking: randomUUID() }));
    await client.query(
      `insert into children (id, name, birth_date, sex, family_user_id, guardian_name, guardian_phone)
       select c, '压测幼儿', $2::date, 'female', f, '压测家长', '13900000000' from unnest($1::uuid[], $3::uuid[]) as t(c, f)`,
      [ids.map((i) => i.child), born, ids.map((i) => i.family)],
    );
    await client.query(
      `insert into bookings (id, child_id, family_user_id, institution_id, district_code, subdistrict_code, class_type, service_mode, start_date)
       select b, c, f, $4, $5, $6, 'toddlerClass', 'fullDay', $7::date from unnest($1::uuid[], $2::uuid[], $3::uuid[]) as t(b, c, f)`,
      [ids.map((i) => i.booking), ids.map((i) => i.child), ids.map((i) => i.family), institutionId, ...place, start],
    );
    return { classId, bookingIds: ids.map((i) => i.booking) };
  } finally {
    await client.end();
  }
}

async function countOffers(databaseUrl: string, classId: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from bookings where class_id = $1 and state in ('offered', 'enrolled')`, [classId]);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** Booking under contention (issue 4), on PostgreSQL only: the race needs real parallel connections. */
export async function runBookingContention(options: ScenarioOptions): Promise<string> {
  const lines = ['## Booking under contention', ''];
  if (!options.postgres) return [...lines, 'Skipped: run with `--postgres URL` (the race needs a server with parallel connections; PGlite runs one transaction at a time).', ''].join('\n');
  console.log('booking under contention: PostgreSQL, demo city…');
  const database = await freshPostgresDatabase(options.postgres);
  const server = await startServer({ databaseUrl: database.url });
  try {
    const account = readDemoAccounts().find((a) => a.role === 'institutionDirector')!;
    const session = await signInThroughApi(server.url, account.credentials);
    const headers = { accept: 'application/json', 'content-type': 'application/json', ...sessionHeaders(session) };
    const me = (await (await fetch(`${server.url}/api/v1/auth/me`, { headers })).json()) as { institutionId: string };
    const { classId, bookingIds } = await prepare(database.url, me.institutionId);
    let next = 0;
    const offer: Target = {
      label: `POST /api/v1/bookings/:id/offer (${PLACES} places, ${REQUESTS.toLocaleString('en')} requests)`,
      role: 'institutionDirector',
      timesRefusals: true,
      request: {
        url: server.url,
        connections: options.connections,
        requests: [{ method: 'POST', headers, setupRequest: (request) => ({ ...request, path: `/api/v1/bookings/${bookingIds[next++ % REQUESTS]}/offer`, body: JSON.stringify({ classId, revision: 1 }) }) }],
      },
    };
    const floor: Target = { label: 'GET /healthz', role: null, request: { url: `${server.url}/healthz`, connections: options.connections }, generator: 'autocannon' };
    await warmUp(floor, options.warmup);
    const results: Measurement[] = [await measure(floor, options.duration), await measure(offer, options.duration)];
    const held = await countOffers(database.url, classId);
    lines.push(
      `\`bench/booking-contention.ts\`, ${database.engine}: the demo institution gets a class of ${PLACES} places and ${REQUESTS.toLocaleString('en')} booking requests; then its director offers places to them on ${options.connections} connections at once for ${options.duration} s. Every offer locks the class row and counts its held places, so offers into one class queue. Once the class is full every further offer answers 409 \`BOOKING_CLASS_FULL\`: "failed" counts those refusals, the expected answer, and the latencies include them (each waited for the lock like an offer). After the run the class holds **${held}** offers for ${PLACES} places (never more).`,
      '',
      ...renderTable(results[0]!, results.slice(1)),
      '',
    );
  } finally {
    await server.stop();
    await database.drop();
  }
  return lines.join('\n');
}
