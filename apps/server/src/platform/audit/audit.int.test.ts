import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../../../test/database.ts';
import { systemContext } from '../http/context.ts';
import type { Database } from '../db/index.ts';
import { recordAuditAlone, verifyAuditChain } from './audit.ts';

describe('audit chain', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    const ctx = systemContext(database.db);
    for (let i = 0; i < 5; i += 1) await recordAuditAlone(ctx, { action: 'test.write', entityType: 'thing', entityId: String(i), after: { i }, details: { note: `n${i}` } });
  });
  afterAll(() => database.close());

  it('verifies an untouched chain', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 5, firstBadSeq: null, reason: null });
  });

  it('detects an edited entry', async () => {
    await database.db.execute(sql`update audit_log set details = '{"note":"forged"}' where seq = 3`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 3, reason: 'contentChanged' });
  });

  it('detects a deleted entry', async () => {
    await database.db.execute(sql`delete from audit_log where seq = 3`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, firstBadSeq: 4, reason: 'chainBroken' });
  });
});
