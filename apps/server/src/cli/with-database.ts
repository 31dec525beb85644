import { loadConfig, type Config } from '../config.ts';
import { openConfiguredDatabase, type Database } from '../platform/db/index.ts';

/** Opens the configured database, migrated, for one CLI command, and always closes it. */
export async function withDatabase<T>(work: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    return await work(database, config);
  } finally {
    await database.close();
  }
}
