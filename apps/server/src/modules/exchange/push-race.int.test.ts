import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { institutions, registrations } from '../institutions/index.ts';
import { registrationEvents } from './exchange.tables.ts';
import { CHAOYANG, prepareExchange, pushBody } from './test-support.ts';

/**
 * Registrars retry: the same event may arrive several times at once, on several connections
 * (PostgreSQL runs them truly in parallel). Exactly one registration must come of it.
 */
describe('concurrent pushes', () => {
  let t: TestApp;
  let env: Awaited<ReturnType<typeof prepareExchange>>;
  let key: string;
  const count = async (table: typeof institutions | typeof registrations | typeof registrationEvents, creditCode: string) => (await t.database.db.select().from(table).where(eq(table.creditCode, creditCode))).length;

  beforeAll(async () => {
    t = await buildTestApp();
    env = await prepareExchange(t);
    key = (await env.issueKey('marketRegulation', CHAOYANG)).secret;
  });
  afterAll(() => t.close());

  it('makes one registration of the same event sent eight times at once', async () => {
    const body = pushBody();
    const answers = await Promise.all(Array.from({ length: 8 }, () => env.push(key, body)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const ids = new Set(answers.map((a) => a.json().institutionId));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a.json().isReplay)).toHaveLength(7);
    expect(await count(institutions, body.creditCode)).toBe(1);
    expect(await count(registrations, body.creditCode)).toBe(1);
    expect(await count(registrationEvents, body.creditCode)).toBe(1);
  });

  it('makes one registration of two different events about the same new institution arriving together', async () => {
    const first = pushBody({ occurredAt: '2025-03-01T09:00:00+08:00' });
    const second = { ...first, eventId: `${first.eventId}-2`, occurredAt: '2025-03-02T09:00:00+08:00', name: '北京市朝阳区第二名称托育有限公司' };
    const answers = await Promise.all([env.push(key, first), env.push(key, second)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(answers.map((a) => a.json().outcome).sort()).toEqual(expect.arrayContaining(['created']));
    expect(await count(institutions, first.creditCode)).toBe(1);
    expect(await count(registrations, first.creditCode)).toBe(1);
    expect(await count(registrationEvents, first.creditCode)).toBe(2);
    // Whichever arrived first, the newer event's facts stand.
    const [row] = await t.database.db.select().from(institutions).where(eq(institutions.creditCode, first.creditCode));
    expect(row!.name).toBe('北京市朝阳区第二名称托育有限公司');
  });
});
