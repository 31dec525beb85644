import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../../../test/database.ts';
import type { Database } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';
import { installShippedProfiles } from './index.ts';
import { createDraft, publishDraft, updateDraft } from './policies.service.ts';
import { policyProfileVersions as versions } from './policies.tables.ts';
import { actorFor, auditActions, contextFor } from './test-support.ts';

describe('publishing one draft twice at once', () => {
  let database: Database;
  beforeAll(async () => {
    // Several connections, so on PostgreSQL the publications really run side by side.
    database = await openTestDatabase({ poolSize: 4 });
    await importJurisdictions(database.db, 'tianjin');
    await installShippedProfiles(database.db, 'tianjin');
  });
  afterAll(() => database.close());

  it('lets exactly one publication through; the others get CONFLICT', async () => {
    const editors = [0, 1, 2, 3].map((i) => contextFor(database, actorFor('regulator', '120000', `editor-${i}`)));
    const draft = await createDraft(editors[0]!, { jurisdictionCode: '120000', effectiveFrom: '2030-01-01' });
    const edited = await updateDraft(editors[0]!, draft.id, { revision: draft.revision, values: { 'safety.videoRetentionDays': { value: 180, basis: { document: '测试文件', article: null, isSecondHand: false, note: null, noteKey: null }, loosensReason: null } } });

    // Hold the draft's row while the publications start, so that they all read the same revision
    // and queue on the lock instead of running one after another by chance.
    let racing: Promise<PromiseSettledResult<unknown>[]> | undefined;
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select id from policy_profile_versions where id = ${draft.id} for update`);
      racing = Promise.allSettled(editors.map((ctx) => publishDraft(ctx, draft.id, { revision: edited.revision })));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const results = await racing!;
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r.reason instanceof DomainError ? r.reason.code : String(r.reason)))).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);

    const rows = await database.db.select({ status: versions.status, effectiveTo: versions.effectiveTo }).from(versions).where(eq(versions.jurisdictionCode, '120000')).orderBy(asc(versions.version));
    expect(rows).toEqual([
      { status: 'superseded', effectiveTo: '2029-12-31' },
      { status: 'active', effectiveTo: null },
    ]);
    expect(await auditActions(database, { entityId: draft.id, action: 'policies.publish' })).toEqual(['policies.publish']);
  });
});
