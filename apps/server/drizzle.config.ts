import { defineConfig } from 'drizzle-kit';

// Generates reviewed, forward-only SQL into migrations/; the app applies them itself at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./apps/server/src/platform/**/*.tables.ts', './apps/server/src/modules/**/*.tables.ts'],
  out: './apps/server/migrations',
  casing: 'snake_case',
});
