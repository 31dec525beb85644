import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Registrar API keys: `yyk_<prefix>_<secret>`. The prefix (10 hex characters) identifies the key
 * in lists and finds its row; the secret (32 random bytes) is checked against its SHA-256. A slow
 * hash adds nothing for 256 random bits and would cost every push.
 */
const KEY_PATTERN = /^yyk_([0-9a-f]{10})_([A-Za-z0-9_-]{43})$/;

export type IssuedApiKey = { prefix: string; secret: string; secretHash: string };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function issueApiKey(): IssuedApiKey {
  const prefix = randomBytes(5).toString('hex');
  const secretPart = randomBytes(32).toString('base64url');
  return { prefix, secret: `yyk_${prefix}_${secretPart}`, secretHash: sha256(secretPart) };
}

/** The parts of a presented key, or null when it cannot be one of ours. */
export function parseApiKey(text: string): { prefix: string; secretPart: string } | null {
  const match = KEY_PATTERN.exec(text.trim());
  return match ? { prefix: match[1]!, secretPart: match[2]! } : null;
}

export function isSecretMatch(secretPart: string, secretHash: string): boolean {
  const presented = Buffer.from(sha256(secretPart), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
