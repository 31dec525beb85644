import { describe, expect, it } from 'vitest';
import { groupSecret } from './totp-secret.ts';

describe('groupSecret', () => {
  it('groups a base32 secret in fours for typing by hand', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('JBSWY3DPEHPK3PX')).toBe('JBSW Y3DP EHPK 3PX');
    expect(groupSecret(' JBSW Y3DP ')).toBe('JBSW Y3DP');
  });
});
