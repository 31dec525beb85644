import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../db/index.ts';
import type { RequestContext } from '../http/context.ts';
import { recordAudit, recordAuditAlone } from '../audit/index.ts';
import { quoteIdent, readMigrationLevel, readTables, useCanonicalTextFormat, writeSequence, type SequenceState, type TableInfo } from './catalogue.ts';
import { BackupError, describeLevel, End, Header, isSameLevel, readLines, Sequences, TableStart, totalRows, type Row } from './format.ts';
import { operatorName } from './operator.ts';

export type RestoreSummary = { file: string; backupCreatedAt: string; tables: number; rows: number };

/**
 * Replaces the whole content of the database with a backup, in one transaction: a file from
 * another migration level, a cut-off file or any bad line rolls everything back and leaves the
 * database as it was. Audited as `system.restore` (the entry is appended to the restored chain).
 */
export async function restoreFromFile(ctx: RequestContext, file: string): Promise<RestoreSummary> {
  const source = path.resolve(file);
  try {
    await fs.access(source).catch((error: Error) => {
      throw new BackupError(`cannot read ${source}: ${error.message}`);
    });
    return await ctx.db.transaction(async (tx) => {
      await useCanonicalTextFormat(tx);
      const checksOff = await switchOffForeignKeyChecks(tx);
      const loaded = await loadLines(tx, readLines(source), await readTables(tx));
      if (checksOff) await tx.execute(sql`set local session_replication_role = origin`);
      for (const sequence of loaded.sequences) await writeSequence(tx, sequence);
      const summary = { file: source, backupCreatedAt: loaded.header.createdAt, tables: Object.keys(loaded.rows).length, rows: totalRows(loaded.rows) };
      await recordAudit(tx, ctx, { action: 'system.restore', details: { file: path.basename(source), backupCreatedAt: summary.backupCreatedAt, tables: summary.tables, rows: summary.rows, operator: operatorName() } });
      return summary;
    });
  } catch (error) {
    await recordAuditAlone(ctx, { action: 'system.restore', outcome: 'failure', details: { file: path.basename(source), reason: (error as Error).message, operator: operatorName() } }).catch(() => undefined);
    throw error;
  }
}

/**
 * Reloading rows with foreign keys (and triggers) off is the only way that works for tables that
 * reference themselves or each other; it needs a superuser (or a granted SET). Without it the
 * backup's parents-first table order still satisfies every non-circular reference.
 */
async function switchOffForeignKeyChecks(tx: Executor): Promise<boolean> {
  try {
    await tx.transaction((savepoint) => savepoint.execute(sql`set local session_replication_role = replica`));
    return true;
  } catch {
    return false;
  }
}

type Loaded = { header: Header; rows: Record<string, number>; sequences: SequenceState[] };

async function loadLines(tx: Executor, lines: AsyncIterable<string>, tables: TableInfo[]): Promise<Loaded> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  let header: Header | null = null;
  let current: { table: TableInfo; batch: Row[] } | null = null;
  let sequences: SequenceState[] = [];
  let end: z.infer<typeof End> | null = null;
  const rows: Record<string, number> = {};
  const flush = async () => {
    if (current && current.batch.length > 0) await insertRows(tx, current.table, current.batch);
    if (current) current.batch = [];
  };

  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    const bad = (what: string) => new BackupError(`line ${lineNo} of the backup: ${what}`);
    if (end) throw bad('content after the end line');
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw bad('not JSON');
    }
    if (!header) {
      header = parseLine(Header, value, () => bad('not a Youyu backup header'));
      const level = await readMigrationLevel(tx);
      if (!isSameLevel(header.migrations, level)) {
        throw new BackupError(
          `This backup was made at migration level ${describeLevel(header.migrations)}; this database is at ${describeLevel(level)}. ` +
            'Restore it with the version of Youyu that made it (then upgrade), or use a backup made by this version.',
        );
      }
      if (tables.length > 0) await tx.execute(sql.raw(`truncate ${tables.map((t) => `public.${quoteIdent(t.name)}`).join(', ')}`));
      continue;
    }
    if (Array.isArray(value)) {
      if (!current) throw bad('a row before any table');
      if (value.length !== current.table.columns.length || !value.every((v) => v === null || typeof v === 'string')) throw bad(`not a row of ${current.table.name}`);
      current.batch.push(value as Row);
      rows[current.table.name]! += 1;
      if (current.batch.length >= batchSize(current.table)) await flush();
      continue;
    }
    await flush();
    if (value && typeof value === 'object' && 'table' in value) {
      const start = parseLine(TableStart, value, () => bad('not a table line'));
      const table = byName.get(start.table);
      if (!table) throw new BackupError(`the backup has a table this database lacks: ${start.table}`);
      if (start.table in rows) throw bad(`table ${start.table} appears twice`);
      const theirs = start.columns.map((c) => `${c.name} ${c.type}`).join(', ');
      const ours = table.columns.map((c) => `${c.name} ${c.type}`).join(', ');
      if (theirs !== ours) throw new BackupError(`table ${start.table} differs: the backup has (${theirs}), this database (${ours})`);
      current = { table, batch: [] };
      rows[table.name] = 0;
    } else if (value && typeof value === 'object' && 'sequences' in value) {
      sequences = parseLine(Sequences, value, () => bad('not a sequences line')).sequences;
      current = null;
    } else {
      end = parseLine(End, value, () => bad('not a backup line'));
    }
  }
  if (!header) throw new BackupError('the backup is empty');
  if (!end) throw new BackupError(`the backup is incomplete (cut off after line ${lineNo}); nothing was restored`);
  for (const t of tables) if (!(t.name in rows)) throw new BackupError(`the backup has no table ${t.name}`);
  for (const [name, count] of Object.entries(end.rows)) {
    if (rows[name] !== count) throw new BackupError(`table ${name}: the backup announces ${count} rows but holds ${rows[name] ?? 0}`);
  }
  return { header, rows, sequences };
}

function parseLine<T extends z.ZodType>(schema: T, value: unknown, onError: () => BackupError): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw onError();
  return parsed.data;
}

// PostgreSQL takes at most 65,535 parameters per statement.
const batchSize = (table: TableInfo) => Math.max(1, Math.min(500, Math.floor(30_000 / Math.max(1, table.columns.length))));

/** Every value arrives as text and is cast to its column's type, which reads exactly what the backup wrote. */
async function insertRows(tx: Executor, table: TableInfo, batch: Row[]): Promise<void> {
  const columns = table.columns.map((c) => quoteIdent(c.name)).join(', ');
  const values = batch.map((row) => sql`(${sql.join(row.map((v, i) => sql`${v}::text::${sql.raw(table.columns[i]!.type)}`), sql`, `)})`);
  await tx.execute(sql`insert into ${sql.raw(`public.${quoteIdent(table.name)} (${columns})`)} overriding system value values ${sql.join(values, sql`, `)}`);
}
