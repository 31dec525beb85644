import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './masking.ts';

describe('masking', () => {
  it('keeps the first 6 and the last 4 characters of an ID number', () => {
    expect(maskIdNumber('110105199001011234')).toBe('110105********1234');
    expect(maskIdNumber('12345')).toBe('*****');
  });

  it('keeps the surname and the last character of a name', () => {
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('李')).toBe('*');
    expect(maskName('𠮷野家')).toBe('𠮷*家');
  });

  it('keeps the first 3 and last 4 digits of a phone number', () => {
    expect(maskPhone('13800001234')).toBe('138****1234');
  });
});
