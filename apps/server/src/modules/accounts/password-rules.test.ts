import { describe, expect, it } from 'vitest';
import { defaultSecuritySettings } from '@youyu/contracts';
import { checkPasswordRules } from './password-rules.ts';

const codes = (password: string, username?: string, settings = defaultSecuritySettings) => checkPasswordRules(password, settings, username).map((v) => v.code);

describe('password rules (MLPS level 3 defaults)', () => {
  it('accepts a long password mixing all four classes', () => {
    expect(codes('Lantern-Quay-58')).toEqual([]);
  });

  it('refuses a password shorter than the minimum, with the minimum as a parameter', () => {
    expect(checkPasswordRules('Ab1!xyz', defaultSecuritySettings)).toEqual([{ code: 'PASSWORD_TOO_SHORT', params: { minLength: 8 } }]);
    expect(codes('Ab1!xyzw')).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(codes('Ab1!托育托育')).toEqual([]);
    expect(codes('Ab1!托育')).toEqual(['PASSWORD_TOO_SHORT']);
  });

  it('needs every character class the settings ask for', () => {
    expect(codes('lanternquay58!')).toEqual(['PASSWORD_NEEDS_CLASSES']);
    expect(codes('LanternQuay58')).toEqual(['PASSWORD_NEEDS_CLASSES']);
    expect(codes('LanternQuay58', undefined, { ...defaultSecuritySettings, passwordRequiredClasses: 3 })).toEqual([]);
  });

  it('refuses common passwords and their decorated variants', () => {
    for (const password of ['Password123!', 'P@ssw0rd2024!', 'Qwerty123!@#', 'Woaini1314!!', '@Dmin123456#', 'Iloveyou!2024']) {
      expect(codes(password), password).toContain('PASSWORD_TOO_COMMON');
    }
    expect(codes('Password123!', undefined, { ...defaultSecuritySettings, passwordRejectCommon: false })).toEqual([]);
  });

  it('refuses the username inside the password, in any case', () => {
    expect(codes('Zhangwei-2024!', 'zhangwei')).toEqual(['PASSWORD_CONTAINS_USERNAME']);
    expect(codes('Lantern-Quay-58', 'zhangwei')).toEqual([]);
    expect(codes('Zhangwei-2024!', 'zhangwei', { ...defaultSecuritySettings, passwordRejectUsername: false })).toEqual([]);
  });

  it('lists every broken rule in the form order', () => {
    expect(codes('qwerty', 'qwe')).toEqual(['PASSWORD_TOO_SHORT', 'PASSWORD_NEEDS_CLASSES', 'PASSWORD_TOO_COMMON', 'PASSWORD_CONTAINS_USERNAME']);
  });
});
