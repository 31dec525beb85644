import { describe, expect, it } from 'vitest';
import { formatTrackingCode, newTrackingCode, normaliseTrackingCode } from './tracking-code.ts';

describe('tracking codes', () => {
  it('are 12 characters without look-alikes, and differ each time', () => {
    const codes = new Set(Array.from({ length: 1000 }, newTrackingCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
  });

  it('read back however they are typed', () => {
    expect(formatTrackingCode('K7QM4XRP9TDA')).toBe('K7QM-4XRP-9TDA');
    expect(normaliseTrackingCode('k7qm-4xrp-9tda')).toBe('K7QM4XRP9TDA');
    expect(normaliseTrackingCode(' K7QM 4XRP 9TDA ')).toBe('K7QM4XRP9TDA');
    expect(normaliseTrackingCode('K7QM-4XRP-9TD0')).toBeNull();
    expect(normaliseTrackingCode('K7QM')).toBeNull();
  });
});
