import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Personal data at rest: AES-256-GCM for values that must be read back (ID numbers), and an
 * HMAC-SHA256 keyed hash to find a record by such a value without decrypting anything. Both keys
 * are derived from the one secret key, so neither can be used as the other.
 */
export type Vault = {
  /** A self-describing token `v1.<iv>.<ciphertext+tag>` (base64url); a new random IV each time. */
  encrypt(plaintext: string): string;
  /** Throws when the token was not made with this key or was altered. */
  decrypt(token: string): string;
  /** Stable for a given key and value: the look-up column. Normalise the value first. */
  lookupHash(value: string): string;
};

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const subkey = (secretKey: Buffer, purpose: string) => Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), `youyu:${purpose}`, 32));

export class VaultError extends Error {
  override name = 'VaultError';
}

export function createVault(secretKey: Buffer): Vault {
  if (secretKey.length !== 32) throw new VaultError('the secret key must be 32 bytes');
  const encryptionKey = subkey(secretKey, 'aes-256-gcm:v1');
  const hashKey = subkey(secretKey, 'lookup-hmac:v1');
  return {
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    decrypt(token) {
      const [version, ivText, bodyText] = token.split('.');
      if (version !== VERSION || !ivText || !bodyText) throw new VaultError('not a personal-data token of a known version');
      const iv = Buffer.from(ivText, 'base64url');
      const body = Buffer.from(bodyText, 'base64url');
      if (iv.length !== IV_BYTES || body.length < TAG_BYTES) throw new VaultError('personal-data token is truncated');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, iv);
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new VaultError('personal data could not be decrypted: altered, or encrypted under another YOUYU_SECRET_KEY');
      }
    },
    lookupHash(value) {
      return createHmac('sha256', hashKey).update(value, 'utf8').digest('hex');
    },
  };
}
