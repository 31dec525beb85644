import { describe, expect, it } from 'vitest';
import { createVault } from './vault.ts';
import { parseSecretKey, resolveSecretKey } from './secret-key.ts';
import { ConfigError } from '../../config.ts';

const keyA = Buffer.alloc(32, 1);
const keyB = Buffer.alloc(32, 2);

describe('vault', () => {
  it('round-trips, with a fresh IV each time', () => {
    const vault = createVault(keyA);
    const first = vault.encrypt('11010519491231002X');
    const second = vault.encrypt('11010519491231002X');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^v1\.[\w-]+\.[\w-]+$/);
    expect(vault.decrypt(first)).toBe('11010519491231002X');
    expect(first).not.toContain('1101051949');
  });

  it('refuses a token made with another key or altered', () => {
    const token = createVault(keyA).encrypt('secret');
    expect(() => createVault(keyB).decrypt(token)).toThrow(/another YOUYU_SECRET_KEY/);
    const [v, iv, body] = token.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => createVault(keyA).decrypt(`${v}.${iv}.${flipped.toString('base64url')}`)).toThrow();
    expect(() => createVault(keyA).decrypt('v0.x.y')).toThrow(/known version/);
  });

  it('hashes for look-up: stable per key, different across keys', () => {
    expect(createVault(keyA).lookupHash('x')).toBe(createVault(keyA).lookupHash('x'));
    expect(createVault(keyA).lookupHash('x')).not.toBe(createVault(keyB).lookupHash('x'));
    expect(createVault(keyA).lookupHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('secret key', () => {
  it('reads 64 hex characters or base64 of 32 bytes', () => {
    expect(parseSecretKey('ab'.repeat(32))).toEqual(Buffer.alloc(32, 0xab));
    expect(parseSecretKey(Buffer.alloc(32, 7).toString('base64'))).toEqual(Buffer.alloc(32, 7));
    expect(() => parseSecretKey('too-short')).toThrow(ConfigError);
    expect(() => parseSecretKey(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
  });

  it('uses the public demo key only in demo mode, and says so', () => {
    const warnings: string[] = [];
    const demoKey = resolveSecretKey({ secretKey: undefined, isDemo: true }, (m) => warnings.push(m));
    expect(demoKey).toHaveLength(32);
    expect(warnings).toHaveLength(1);
    expect(() => resolveSecretKey({ secretKey: undefined, isDemo: false }, () => undefined)).toThrow(/YOUYU_SECRET_KEY is not set/);
  });
});
