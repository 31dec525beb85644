import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { orderByDependencies, type ForeignKey } from './table-order.ts';

/** What a backup holds and a restore checks: the schema's tables, sequences and migration level. */
export type ColumnInfo = { name: string; type: string };
export type TableInfo = { name: string; columns: ColumnInfo[] };
export type MigrationRecord = { hash: string; createdAt: string };
export type SequenceState = { name: string; lastValue: string; isCalled: boolean };

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function rowsOf<T>(exec: Executor, query: SQL): Promise<T[]> {
  // Both drivers answer raw SQL with `{ rows }`.
  return ((await exec.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * Every table of the public schema, parents before children, with its insertable columns
 * (generated columns are recomputed on reload) and their full types, e.g. `character varying(20)`.
 */
export async function readTables(exec: Executor): Promise<TableInfo[]> {
  const names = await rowsOf<{ name: string }>(exec, sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  const columns = await rowsOf<{ table: string; name: string; type: string }>(
    exec,
    sql`select c.relname as "table", a.attname as name, format_type(a.atttypid, a.atttypmod) as type
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        order by c.relname, a.attnum`,
  );
  const foreignKeys = await rowsOf<ForeignKey>(
    exec,
    sql`select cc.relname as child, pc.relname as parent
        from pg_constraint k join pg_class cc on cc.oid = k.conrelid join pg_class pc on pc.oid = k.confrelid
        join pg_namespace n on n.oid = cc.relnamespace
        where k.contype = 'f' and n.nspname = 'public'`,
  );
  return orderByDependencies(names.map((t) => t.name), foreignKeys).map((name) => ({
    name,
    columns: columns.filter((c) => c.table === name).map(({ name: column, type }) => ({ name: column, type })),
  }));
}

export async function readSequences(exec: Executor): Promise<SequenceState[]> {
  // pg_class, not information_schema.sequences, which leaves out the sequences of identity columns.
  const names = await rowsOf<{ name: string }>(
    exec,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'S' order by 1`,
  );
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const [state] = await rowsOf<{ lastValue: string; isCalled: boolean }>(exec, sql.raw(`select last_value::text as "lastValue", is_called as "isCalled" from public.${quoteIdent(name)}`));
    states.push({ name, lastValue: state!.lastValue, isCalled: state!.isCalled });
  }
  return states;
}

export async function writeSequence(exec: Executor, state: SequenceState): Promise<void> {
  await exec.execute(sql`select setval(${`public.${quoteIdent(state.name)}`}::regclass, ${state.lastValue}::bigint, ${state.isCalled})`);
}

/** The migrations applied, in order, as drizzle's bookkeeping table records them. */
export function readMigrationLevel(exec: Executor): Promise<MigrationRecord[]> {
  return rowsOf<MigrationRecord>(exec, sql`select hash, created_at::text as "createdAt" from drizzle.__drizzle_migrations order by id`);
}

/**
 * Text I/O round-trips every PostgreSQL type exactly (timestamps keep their offset, floats their
 * shortest exact form); these settings make the text the same whatever the server's defaults.
 */
export async function useCanonicalTextFormat(exec: Executor): Promise<void> {
  await exec.execute(sql`set local datestyle = 'ISO, YMD'`);
  await exec.execute(sql`set local intervalstyle = 'postgres'`);
  await exec.execute(sql`set local extra_float_digits = 1`);
  await exec.execute(sql`set local bytea_output = 'hex'`);
}
