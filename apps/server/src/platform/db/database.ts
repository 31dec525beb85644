import fs from 'node:fs/promises';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';

/** The one database type services and repositories see, whichever engine is underneath. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<PgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;
/** Repositories take either the database or an open transaction. */
export type Executor = Db | Tx;

export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
  /** Runs the raw SQL of a backup file or a snapshot; used by the CLI and tests only. */
  exec(text: string): Promise<void>;
  /** Applies the repository's migrations (see migrateDatabase). */
  migrate(): Promise<void>;
  /** PGlite only: the data directory as a tarball, so tests can start from a migrated snapshot. */
  dumpDataDir?(): Promise<Blob>;
};

export const migrationsFolder = path.resolve(import.meta.dirname, '../../../migrations');

export type OpenOptions =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'pglite'; dataDir?: string; snapshot?: Blob };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.engine === 'postgres' ? openPostgres(options.url, options.poolSize ?? 10) : openPglite(options);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // Dates stay ISO strings (no time-zone shifts through JS Date) and bigints stay exact.
  pg.types.setTypeParser(1082, (v: string) => v);
  pg.types.setTypeParser(20, (v: string) => v);
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Queries report their own errors.
  });
  const db = drizzle(pool) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    close: () => pool.end(),
    migrate: async () => {
      // Several app servers may start at once: a session-level advisory lock on one dedicated
      // connection makes exactly one of them apply the migrations; the others wait, then find none.
      const { migrate } = await import('drizzle-orm/node-postgres/migrator');
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(7301001)');
        await migrate(drizzle(client), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock(7301001)').catch(() => undefined);
        client.release();
      }
    },
    exec: async (text) => {
      await pool.query(text);
    },
  };
}

async function openPglite(options: { dataDir?: string; snapshot?: Blob }): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (options.dataDir) await fs.mkdir(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.snapshot,
    extensions: { pg_trgm },
    parsers: { 1082: (v: string) => v, 20: (v: string) => v },
  });
  const db = drizzle(client) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    close: () => client.close(),
    migrate: async () => {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(drizzle(client), { migrationsFolder });
    },
    exec: async (text) => {
      await client.exec(text);
    },
    dumpDataDir: () => client.dumpDataDir('none') as Promise<Blob>,
  };
}
