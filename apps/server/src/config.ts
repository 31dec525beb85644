import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Parsed once at start; a bad value stops the process with a
 * message naming the variable, instead of failing later in some request.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  YOUYU_DATA_DIR: z.string().default('./data'),
  YOUYU_DEMO: booleanFlag.default(false),
  /** The city this deployment serves (its map, its policy profile); demo mode seeds it. */
  YOUYU_CITY: z.enum(['beijing', 'tianjin', 'chongqing']).default('beijing'),
  /** 32 bytes, hex or base64: encrypts ID numbers (AES-256-GCM) and keys their look-up hashes. */
  YOUYU_SECRET_KEY: z.string().optional(),
  YOUYU_TRUST_PROXY: booleanFlag.default(false),
  YOUYU_WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  isDemo: boolean;
  city: 'beijing' | 'tianjin' | 'chongqing';
  secretKey: string | undefined;
  trustProxy: boolean;
  webDist: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.YOUYU_DATA_DIR),
    isDemo: e.YOUYU_DEMO,
    city: e.YOUYU_CITY,
    secretKey: e.YOUYU_SECRET_KEY,
    trustProxy: e.YOUYU_TRUST_PROXY,
    webDist: path.resolve(e.YOUYU_WEB_DIST ?? path.join(import.meta.dirname, '../../web/dist')),
    logLevel: e.LOG_LEVEL,
  };
}
