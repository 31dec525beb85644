import type { Command } from 'commander';
import { withDatabase } from './with-database.ts';

export function registerMigrate(program: Command) {
  program
    .command('migrate')
    .description('apply the database migrations (also done at every start)')
    .action(() => withDatabase(async (database) => console.log(`migrations applied (${database.engine})`)));
}
