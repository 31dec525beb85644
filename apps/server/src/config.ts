import path from 'node:path';
import { z } from 'zod';
import type { StorageConfig } from './platform/storage/from-config.ts';

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
  /** The address people reach the web app at, for links sent outside it (text messages). */
  YOUYU_PUBLIC_URL: z.string().url().optional(),
  YOUYU_WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where uploaded files (filing materials, evidence) go: the local disk, or an S3-compatible store. */
  YOUYU_STORAGE: z.enum(['local', 's3']).default('local'),
  YOUYU_S3_ENDPOINT: z.string().url().optional(),
  YOUYU_S3_REGION: z.string().default('us-east-1'),
  YOUYU_S3_BUCKET: z.string().optional(),
  YOUYU_S3_ACCESS_KEY_ID: z.string().optional(),
  YOUYU_S3_SECRET_ACCESS_KEY: z.string().optional(),
  YOUYU_S3_FORCE_PATH_STYLE: booleanFlag.default(true),
  YOUYU_S3_PREFIX: z.string().optional(),
  /** The base map under the public map: a MapLibre style URL (vector), or an XYZ raster template with {z}/{x}/{y}. */
  YOUYU_MAP_STYLE_URL: z.string().url().optional(),
  YOUYU_MAP_ATTRIBUTION: z.string().max(300).optional(),
  /** A Tianditu (天地图) browser key: its WMTS vector map and labels become the base map. */
  YOUYU_TIANDITU_KEY: z.string().regex(/^[0-9a-zA-Z]{8,64}$/).optional(),
});

type Env = z.infer<typeof envSchema>;

/**
 * What the web app draws under the institutions: a vector style, XYZ raster tiles, Tianditu, or
 * nothing (then jurisdiction boundaries alone, which works without internet access).
 */
export type BaseMap = { kind: 'style' | 'xyz'; url: string; attribution: string | null } | { kind: 'tianditu'; key: string } | null;

function baseMapFrom(e: Env): BaseMap {
  if (e.YOUYU_MAP_STYLE_URL && e.YOUYU_TIANDITU_KEY) throw new ConfigError('Invalid configuration (see .env.example):\n  set either YOUYU_MAP_STYLE_URL or YOUYU_TIANDITU_KEY, not both');
  if (e.YOUYU_TIANDITU_KEY) return { kind: 'tianditu', key: e.YOUYU_TIANDITU_KEY };
  if (!e.YOUYU_MAP_STYLE_URL) return null;
  // The template's braces are percent-encoded by URL parsing elsewhere; test the text as given.
  const isTemplate = /\{z\}/.test(e.YOUYU_MAP_STYLE_URL);
  return { kind: isTemplate ? 'xyz' : 'style', url: e.YOUYU_MAP_STYLE_URL, attribution: e.YOUYU_MAP_ATTRIBUTION ?? null };
}

/** S3 needs all of endpoint, bucket and both keys; a partial setting is refused at start. */
function storageFrom(e: Env, dataDir: string): StorageConfig {
  if (e.YOUYU_STORAGE === 'local') return { kind: 'local', dir: path.join(dataDir, 'objects') };
  const missing = (['YOUYU_S3_ENDPOINT', 'YOUYU_S3_BUCKET', 'YOUYU_S3_ACCESS_KEY_ID', 'YOUYU_S3_SECRET_ACCESS_KEY'] as const).filter((k) => !e[k]);
  if (missing.length > 0) throw new ConfigError(`Invalid configuration (see .env.example):\n  YOUYU_STORAGE=s3 needs ${missing.join(', ')}`);
  return {
    kind: 's3',
    endpoint: e.YOUYU_S3_ENDPOINT!,
    region: e.YOUYU_S3_REGION,
    bucket: e.YOUYU_S3_BUCKET!,
    credentials: { accessKeyId: e.YOUYU_S3_ACCESS_KEY_ID!, secretAccessKey: e.YOUYU_S3_SECRET_ACCESS_KEY! },
    forcePathStyle: e.YOUYU_S3_FORCE_PATH_STYLE,
    prefix: e.YOUYU_S3_PREFIX,
  };
}

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
  /** Without a trailing slash, e.g. https://tuoyu.example.gov.cn */
  publicUrl: string;
  webDist: string;
  logLevel: Env['LOG_LEVEL'];
  storage: StorageConfig;
  baseMap: BaseMap;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.YOUYU_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir,
    isDemo: e.YOUYU_DEMO,
    city: e.YOUYU_CITY,
    secretKey: e.YOUYU_SECRET_KEY,
    trustProxy: e.YOUYU_TRUST_PROXY,
    publicUrl: (e.YOUYU_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    webDist: path.resolve(e.YOUYU_WEB_DIST ?? path.join(import.meta.dirname, '../../web/dist')),
    logLevel: e.LOG_LEVEL,
    storage: storageFrom(e, dataDir),
    baseMap: baseMapFrom(e),
  };
}
