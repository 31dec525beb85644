import type { Command } from 'commander';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openConfiguredDatabase } from '../platform/db/index.ts';
import { prepareDemo } from './demo.ts';
import { startScheduler } from '../platform/jobs/index.ts';
import { scheduledJobList } from '../jobs.ts';

export function registerServe(program: Command) {
  program
    .command('serve', { isDefault: true })
    .description('start the server (applies migrations; in demo mode seeds the demo city on first start)')
    .action(async () => {
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      await database.migrate();
      if (config.isDemo) await prepareDemo(database, config);
      const app = await buildApp({ config, database });
      const stopScheduler = startScheduler(database.db, scheduledJobList, app.log);
      const shutdown = async (signal: string) => {
        app.log.info({ signal }, 'shutting down');
        stopScheduler();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      await app.listen({ port: config.port, host: config.host });
      app.log.info({ engine: database.engine, demo: config.isDemo }, `Youyu listening on http://localhost:${config.port}`);
    });
}
