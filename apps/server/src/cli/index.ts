import { Command } from 'commander';
import { ConfigError } from '../config.ts';
import { registerServe } from './serve.ts';
import { registerMigrate } from './migrate.ts';
import { registerAudit } from './audit.ts';
import { registerSeed } from './seed.ts';
import { registerBackup } from './backup.ts';
import { registerCreateAdmin } from './create-admin.ts';
import { registerPolicyLibrary } from './policy-library.ts';
import { registerLoadTest } from './load-test.ts';

const program = new Command('youyu')
  .description('Youyu (幼有所育): childcare service system. Configuration comes from environment variables (see .env.example).')
  .showHelpAfterError();

registerServe(program);
registerMigrate(program);
registerAudit(program);
registerSeed(program);
registerBackup(program);
registerCreateAdmin(program);
registerPolicyLibrary(program);
registerLoadTest(program);

try {
  await program.parseAsync();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
