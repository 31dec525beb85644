import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/platform/db/index.ts';
import { testPostgresUrl, withDatabaseName } from './engine.ts';

/**
 * Migrates once per run: a PGlite snapshot every test file restores (a new data directory costs
 * seconds), or a PostgreSQL template database every test file clones.
 */
export default async function setup(project: TestProject) {
  // Global setup runs in the main process, where only the project's config says which engine.
  const engine = project.config.env?.YOUYU_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
  if (engine === 'pglite') {
    const database = await openDatabase({ engine: 'pglite' });
    await database.migrate();
    const snapshot = await database.dumpDataDir!();
    await database.close();
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'youyu-test-')), 'snapshot.tar');
    await fs.writeFile(file, Buffer.from(await snapshot.arrayBuffer()));
    project.provide('pgliteSnapshot', file);
    return async () => fs.rm(path.dirname(file), { recursive: true, force: true });
  }
  const { default: pg } = await import('pg');
  const template = `youyu_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect().catch((error: Error) => {
    throw new Error(`PostgreSQL tests need a server at ${testPostgresUrl} (set YOUYU_TEST_DATABASE_URL): ${error.message}`);
  });
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const database = await openDatabase({ engine: 'postgres', url: withDatabaseName(testPostgresUrl, template), poolSize: 1 });
  await database.migrate();
  await database.close();
  project.provide('postgresTemplate', template);
  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}
