import fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/platform/db/index.ts';
import { testEngine, testPostgresUrl, withDatabaseName } from './engine.ts';

/**
 * A migrated database of the engine under test, all this caller's own: restored from the PGlite
 * snapshot, or a PostgreSQL database cloned from the template and dropped on close.
 */
export async function openTestDatabase(options: { poolSize?: number } = {}): Promise<Database> {
  if (testEngine === 'pglite') {
    const snapshot = new Blob([await fs.readFile(inject('pgliteSnapshot'))]);
    return openDatabase({ engine: 'pglite', snapshot });
  }
  const { default: pg } = await import('pg');
  const name = `youyu_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
  await admin.end();
  const database = await openDatabase({ engine: 'postgres', url: withDatabaseName(testPostgresUrl, name), poolSize: options.poolSize ?? 10 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: testPostgresUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
