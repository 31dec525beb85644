import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/index.ts';
import { classCaregivers } from './institution-editing.tables.ts';
import { children, classes, fees, institutions, staff } from './institutions.tables.ts';

/** Rows as stored (ID numbers already encrypted, hashed and masked by the caller). */
export type RegistryRows = {
  institutions: (typeof institutions.$inferInsert)[];
  classes: (typeof classes.$inferInsert)[];
  fees: (typeof fees.$inferInsert)[];
  staff: (typeof staff.$inferInsert)[];
  children: (typeof children.$inferInsert)[];
  /** Which caregiver works in which class; none given, none stored. */
  classCaregivers?: (typeof classCaregivers.$inferInsert)[];
};

const BATCH = 2000;

/**
 * Inserts many rows as one JSON parameter per batch (jsonb_populate_recordset): several times
 * faster than a bound parameter per value on PGlite, and plain SQL on PostgreSQL 15. Columns a
 * batch leaves out take their defaults; the rows' keys are the table's property names.
 */
export async function bulkInsert<T extends PgTable>(exec: Executor, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH) as Record<string, unknown>[];
    const keys = [...new Set(batch.flatMap((row) => Object.keys(row)))].filter((key) => key in columns);
    const names = keys.map((key) => columns[key]!.name);
    const payload = batch.map((row) => Object.fromEntries(keys.map((key, k) => [names[k], row[key] ?? null])));
    const list = sql.join(names.map((name) => sql.identifier(name)), sql`, `);
    await exec.execute(sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${sql.identifier(getTableName(table))}, ${JSON.stringify(payload)}::jsonb)`);
  }
}

/**
 * Inserts a whole registry in dependency order: the demo seed's and the importers' path. Run it
 * inside a transaction so that a failure leaves nothing half-written.
 */
export async function insertRegistryRows(exec: Executor, rows: RegistryRows): Promise<void> {
  await bulkInsert(exec, institutions, rows.institutions);
  await bulkInsert(exec, classes, rows.classes);
  await bulkInsert(exec, fees, rows.fees);
  await bulkInsert(exec, staff, rows.staff);
  await bulkInsert(exec, children, rows.children);
  await bulkInsert(exec, classCaregivers, rows.classCaregivers ?? []);
}
