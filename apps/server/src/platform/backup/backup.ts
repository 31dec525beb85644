import fs from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import type { RequestContext } from '../http/context.ts';
import { recordAuditAlone } from '../audit/index.ts';
import { quoteIdent, readMigrationLevel, readSequences, readTables, rowsOf, useCanonicalTextFormat } from './catalogue.ts';
import { jsonLine, totalRows, type Header, type Row } from './format.ts';
import { operatorName } from './operator.ts';

export type BackupSummary = { file: string; tables: number; rows: number; migrations: number };

const FETCH_SIZE = 1000;

/**
 * Writes every table of the public schema to a gzip'd JSON-lines file, from one read-only
 * snapshot (so rows of different tables agree), a cursor batch at a time. The file appears under
 * its name only when complete. The backup is audited as `system.backup`.
 */
export async function backupToFile(ctx: RequestContext, file: string): Promise<BackupSummary> {
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  try {
    const summary = await ctx.db.transaction(
      async (tx) => {
        await useCanonicalTextFormat(tx);
        const rows: Record<string, number> = {};
        const migrations = await readMigrationLevel(tx);
        await pipeline(dumpLines(tx, migrations, rows), createGzip(), createWriteStream(partial));
        return { file: target, tables: Object.keys(rows).length, rows: totalRows(rows), migrations: migrations.length };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await fs.rename(partial, target);
    await recordAuditAlone(ctx, { action: 'system.backup', details: { file: path.basename(target), tables: summary.tables, rows: summary.rows, operator: operatorName() } });
    return summary;
  } catch (error) {
    await fs.rm(partial, { force: true });
    await recordAuditAlone(ctx, { action: 'system.backup', outcome: 'failure', details: { file: path.basename(target), reason: (error as Error).message, operator: operatorName() } }).catch(() => undefined);
    throw error;
  }
}

async function* dumpLines(tx: Executor, migrations: Header['migrations'], rows: Record<string, number>): AsyncGenerator<string> {
  const [version] = await rowsOf<{ server: string }>(tx, sql`select version() as server`);
  const header: Header = { format: 'youyu-backup', version: 1, createdAt: new Date().toISOString(), server: version!.server, migrations };
  yield jsonLine(header);
  for (const table of await readTables(tx)) {
    yield jsonLine({ table: table.name, columns: table.columns });
    let count = 0;
    const select = table.columns.map((c) => `${quoteIdent(c.name)}::text`).join(', ');
    await tx.execute(sql.raw(`declare youyu_backup no scroll cursor for select ${select} from public.${quoteIdent(table.name)}`));
    for (;;) {
      const batch = await rowsOf<Record<string, string | null>>(tx, sql.raw(`fetch forward ${FETCH_SIZE} from youyu_backup`));
      if (batch.length === 0) break;
      yield batch.map((r) => jsonLine(table.columns.map((c) => r[c.name] ?? null) satisfies Row)).join('');
      count += batch.length;
    }
    await tx.execute(sql`close youyu_backup`);
    rows[table.name] = count;
  }
  yield jsonLine({ sequences: await readSequences(tx) });
  yield jsonLine({ end: true, rows });
}
