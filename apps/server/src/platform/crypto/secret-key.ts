import { createHash } from 'node:crypto';
import { ConfigError, type Config } from '../../config.ts';

const KEY_BYTES = 32;
// Demo mode only: a key anyone can derive, so a demo database works without setup. It protects
// nothing, which is why demo data is synthetic and a warning is logged at every start.
const DEMO_KEY_SEED = 'youyu demo key: public, protects nothing, synthetic data only';

const howToGenerate = 'generate one with `openssl rand -hex 32` and keep it safe: without it the stored ID numbers cannot be read';

/** Reads YOUYU_SECRET_KEY: 64 hexadecimal characters, or base64 of exactly 32 bytes. */
export function parseSecretKey(text: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed, 'base64');
    if (bytes.length === KEY_BYTES) return bytes;
  }
  throw new ConfigError(`YOUYU_SECRET_KEY must be 32 bytes written as 64 hexadecimal characters or as base64; ${howToGenerate}.`);
}

export type SecretKeyWarning = (message: string) => void;

/**
 * The key that protects personal data. Missing: in demo mode a fixed, public demo key (with a
 * warning); otherwise a ConfigError, so the server refuses to start rather than store ID numbers
 * it could never read again.
 */
export function resolveSecretKey(config: Pick<Config, 'secretKey' | 'isDemo'>, warn: SecretKeyWarning): Buffer {
  if (config.secretKey) return parseSecretKey(config.secretKey);
  if (!config.isDemo) throw new ConfigError(`YOUYU_SECRET_KEY is not set. It encrypts ID numbers and keys their look-up hashes; ${howToGenerate}.`);
  warn('YOUYU_SECRET_KEY is not set: demo mode uses a public demo key. Never store real personal data in this database.');
  return createHash('sha256').update(DEMO_KEY_SEED).digest();
}
