export { openDatabase, migrationsFolder, type Database, type Db, type Tx, type Executor, type Engine, type OpenOptions } from './database.ts';
export { openConfiguredDatabase } from './open-from-config.ts';
