import type { Engine } from '../src/platform/db/index.ts';

export const testEngine: Engine = process.env.YOUYU_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
export const testPostgresUrl = process.env.YOUYU_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Same server, another database name. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
