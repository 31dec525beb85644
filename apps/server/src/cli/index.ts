import { Command } from 'commander';
import { ConfigError } from '../config.ts';
import { registerServe } from './serve.ts';
import { registerMigrate } from './migrate.ts';
import { registerAudit } from './audit.ts';

const program = new Command('youyu')
  .description('Youyu (幼有所育): childcare service system. Configuration comes from environment variables (see .env.example).')
  .showHelpAfterError();

registerServe(program);
registerMigrate(program);
registerAudit(program);

try {
  await program.parseAsync();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
