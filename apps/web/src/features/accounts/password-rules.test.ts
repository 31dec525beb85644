import { describe, expect, it } from 'vitest';
import { checkPassword, meetsPolicy } from './password-rules.ts';

const policy = { minLength: 8, requiredClasses: 3, rejectCommon: true, rejectUsername: true, historyCount: 5, maxAgeDays: 90 };
const verdicts = (password: string, username?: string | null) => Object.fromEntries(checkPassword(policy, password, username).map((c) => [c.key, c.ok]));

describe('checkPassword', () => {
  it('checks length (in characters, not bytes), character classes and the username as the user types', () => {
    expect(verdicts('', 'zhang.san')).toEqual({ minLength: false, classes: false, username: false, common: null, history: null });
    expect(verdicts('abcdefg1', 'zhang.san')).toMatchObject({ minLength: true, classes: false, username: true });
    expect(verdicts('托育服务平台密码1A', 'zhang.san')).toMatchObject({ minLength: true, classes: true });
    expect(verdicts('Zhang.San2025!', 'zhang.san')).toMatchObject({ minLength: true, classes: true, username: false });
  });

  it('leaves to the server what only it can check, and lists only the rules in force', () => {
    expect(meetsPolicy(checkPassword(policy, 'Kq7#vLp2x', 'zhang.san'))).toBe(true);
    expect(checkPassword({ ...policy, rejectCommon: false, historyCount: 0, requiredClasses: 1 }, 'x', 'ab').map((c) => c.key)).toEqual(['minLength']);
  });
});
