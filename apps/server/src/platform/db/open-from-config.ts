import path from 'node:path';
import type { Config } from '../../config.ts';
import { openDatabase, type Database } from './database.ts';

/** PostgreSQL when DATABASE_URL is set, else the embedded database under the data directory. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ engine: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize })
    : openDatabase({ engine: 'pglite', dataDir: path.join(config.dataDir, 'pglite') });
}
