import { defineConfig } from 'vitest/config';

// unit: no database. pglite / postgres: the same *.int.test.ts files on each engine.
// e2e: the built app in headless Chromium.
const dbTests = ['apps/**/*.int.test.ts', 'packages/**/*.int.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['apps/**/*.test.ts', 'packages/**/*.test.ts', 'bench/**/*.test.ts'], exclude: [...dbTests, '**/node_modules/**'], environment: 'node' } },
      { test: { name: 'pglite', include: dbTests, env: { YOUYU_TEST_ENGINE: 'pglite' }, globalSetup: ['apps/server/test/global-setup.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'postgres', include: dbTests, env: { YOUYU_TEST_ENGINE: 'postgres' }, globalSetup: ['apps/server/test/global-setup.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'e2e', include: ['e2e/**/*.e2e.test.ts'], globalSetup: ['e2e/global-setup.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
