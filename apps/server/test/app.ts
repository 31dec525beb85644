import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { Database } from '../src/platform/db/index.ts';
import { openTestDatabase } from './database.ts';

export type TestApp = { app: FastifyInstance; database: Database; config: Config; close(): Promise<void> };

/** The real app on its own migrated database, without logs or the web build. */
export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = loadConfig({ YOUYU_SECRET_KEY: 'a'.repeat(64), YOUYU_WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
