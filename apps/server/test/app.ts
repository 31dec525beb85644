import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { Database } from '../src/platform/db/index.ts';
import { openTestDatabase } from './database.ts';

export type TestApp = { app: FastifyInstance; database: Database; config: Config; dataDir: string; close(): Promise<void> };

/**
 * The real app on its own migrated database and its own data directory (uploaded files go to its
 * object store), without logs or the web build; close removes both.
 */
export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'youyu-test-'));
  const config = loadConfig({ YOUYU_SECRET_KEY: 'a'.repeat(64), YOUYU_WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent', YOUYU_DATA_DIR: dataDir, ...env });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return {
    app,
    database,
    config,
    dataDir,
    close: async () => {
      await app.close();
      await database.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
