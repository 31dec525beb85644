import { describe, expect, it } from 'vitest';
import { isSecretMatch, issueApiKey, parseApiKey } from './api-key-secret.ts';

describe('registrar API key secrets', () => {
  it('issues keys that parse back and match their stored hash only', () => {
    const a = issueApiKey();
    const b = issueApiKey();
    expect(a.prefix).not.toBe(b.prefix);
    const parsed = parseApiKey(` ${a.secret} `)!;
    expect(parsed.prefix).toBe(a.prefix);
    expect(isSecretMatch(parsed.secretPart, a.secretHash)).toBe(true);
    expect(isSecretMatch(parsed.secretPart, b.secretHash)).toBe(false);
    expect(a.secretHash).not.toContain(parsed.secretPart);
  });

  it('refuses anything not shaped like a key', () => {
    expect(parseApiKey('')).toBeNull();
    expect(parseApiKey('yyk_short_secret')).toBeNull();
    expect(parseApiKey(`yyk_${'G'.repeat(10)}_${'a'.repeat(43)}`)).toBeNull();
    expect(isSecretMatch('x', 'not-hex')).toBe(false);
  });
});
