import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, sql } from 'drizzle-orm';
import { openTestDatabase } from '../../../test/database.ts';
import type { Database, Db } from '../db/index.ts';
import { systemContext } from '../http/context.ts';
import { auditLog, recordAuditAlone, verifyAuditChain } from '../audit/index.ts';
import { BackupError, backupToFile, restoreFromFile } from './index.ts';

// Tables beside the migrated ones, with the types a backup must carry exactly: a child that sorts
// before its parent, a self-reference, an identity column, a generated column, arrays, jsonb,
// bigints beyond 2^53, timestamps with microseconds, numeric, float, bytea and nulls.
const probeTables = `
  create table probe_parent (id uuid primary key, name text not null, tags text[], scores integer[]);
  create table probe_child (
    id bigint generated always as identity primary key,
    parent_id uuid not null references probe_parent(id),
    next_id bigint references probe_child(id),
    big bigint, doc jsonb, at timestamptz, day date, price numeric(12,2), ratio double precision,
    blob bytea, note varchar(40), flag boolean,
    doubled bigint generated always as (big * 2) stored
  );`;

const probeRows = `
  insert into probe_parent values
    ('00000000-0000-4000-8000-000000000001', '朝阳区托育中心', '{普惠,"with, comma",NULL}', '{1,2,3}'),
    ('00000000-0000-4000-8000-000000000002', 'empty', '{}', null);
  insert into probe_child (parent_id, next_id, big, doc, at, day, price, ratio, blob, note, flag)
    select case when i % 2 = 0 then '00000000-0000-4000-8000-000000000001'::uuid else '00000000-0000-4000-8000-000000000002'::uuid end,
           null, 9007199254740993 + i,
           case when i % 7 = 0 then null else jsonb_build_object('i', i, 'name', '幼有所育', 'nested', jsonb_build_array(1, 'a', null, true)) end,
           '2024-02-29 12:34:56.789123+08'::timestamptz + make_interval(secs => i),
           date '2024-01-01' + i, i * 1.25, 0.1 + i, '\\xdeadbeef'::bytea, 'note "' || i || E'"\\n', i % 3 = 0
    from generate_series(1, 2500) as i;
  update probe_child set next_id = id + 1 where id < 2500;`;

async function tableRows(db: Db, table: string): Promise<unknown[]> {
  return ((await db.execute(sql.raw(`select * from ${table} order by id`))) as unknown as { rows: unknown[] }).rows;
}

const auditRows = (db: Db) => db.select().from(auditLog).orderBy(asc(auditLog.seq));

describe('backup and restore', () => {
  let source: Database;
  let target: Database;
  let dir: string;
  let file: string;
  let before: { parents: unknown[]; children: unknown[]; audit: Awaited<ReturnType<typeof auditRows>> };

  beforeAll(async () => {
    [source, target] = await Promise.all([openTestDatabase(), openTestDatabase()]);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'youyu-backup-'));
    file = path.join(dir, 'backup.jsonl.gz');
    for (const database of [source, target]) await database.exec(probeTables);
    await source.exec(probeRows);
    for (let i = 0; i < 3; i += 1) await recordAuditAlone(systemContext(source.db), { action: 'test.write', entityId: String(i), after: { i }, details: { 名称: `记录${i}` } });
    // The target holds data of its own, which the restore must replace.
    await target.exec(`insert into probe_parent values ('00000000-0000-4000-8000-0000000000ff', 'stale', null, null)`);
    await recordAuditAlone(systemContext(target.db), { action: 'test.stale' });
    before = { parents: await tableRows(source.db, 'probe_parent'), children: await tableRows(source.db, 'probe_child'), audit: await auditRows(source.db) };
    await backupToFile(systemContext(source.db), file);
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('audits the backup itself', async () => {
    expect((await auditRows(source.db)).at(-1)).toMatchObject({ action: 'system.backup', outcome: 'success', details: { file: 'backup.jsonl.gz', rows: 2505 } });
    await expect(fs.access(`${file}.partial`)).rejects.toThrow();
  });

  it('refuses a backup from another migration level, changing nothing', async () => {
    await target.exec(`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-the-future', 4102444800000)`);
    try {
      await expect(restoreFromFile(systemContext(target.db), file)).rejects.toThrow(/migration level .* this database is at/);
    } finally {
      await target.exec(`delete from drizzle.__drizzle_migrations where hash = 'from-the-future'`);
    }
    expect(await tableRows(target.db, 'probe_parent')).toHaveLength(1);
    expect((await auditRows(target.db)).at(-1)).toMatchObject({ action: 'system.restore', outcome: 'failure' });
  });

  it('refuses a cut-off file and a file that is no backup, changing nothing', async () => {
    const lines = gunzipSync(await fs.readFile(file)).toString('utf8').trimEnd().split('\n');
    const cut = path.join(dir, 'cut.jsonl.gz');
    await fs.writeFile(cut, gzipSync(`${lines.slice(0, -2).join('\n')}\n`));
    await expect(restoreFromFile(systemContext(target.db), cut)).rejects.toThrow(/incomplete/);
    const plain = path.join(dir, 'plain.txt');
    await fs.writeFile(plain, 'not a backup');
    await expect(restoreFromFile(systemContext(target.db), plain)).rejects.toBeInstanceOf(BackupError);
    await expect(restoreFromFile(systemContext(target.db), path.join(dir, 'missing.gz'))).rejects.toThrow(/cannot read/);
    expect(await tableRows(target.db, 'probe_parent')).toHaveLength(1);
  });

  it('restores every row exactly into a fresh database', async () => {
    const summary = await restoreFromFile(systemContext(target.db), file);
    expect(summary).toMatchObject({ rows: 2505 });
    expect(await tableRows(target.db, 'probe_parent')).toEqual(before.parents);
    expect(await tableRows(target.db, 'probe_child')).toEqual(before.children);
    const audit = await auditRows(target.db);
    expect(audit.slice(0, -1)).toEqual(before.audit);
    expect(audit.at(-1)).toMatchObject({ action: 'system.restore', outcome: 'success', details: { file: 'backup.jsonl.gz', rows: 2505 } });
  });

  it('leaves a verifiable audit chain and sequences that continue after the restored rows', async () => {
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true, checked: before.audit.length + 1 });
    await target.exec(`insert into probe_child (parent_id) values ('00000000-0000-4000-8000-000000000001')`);
    const [last] = ((await target.db.execute(sql`select max(id)::text as id from probe_child`)) as unknown as { rows: { id: string }[] }).rows;
    expect(last!.id).toBe('2501');
  });
});
