import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckCharacter } from './credit-code.ts';

describe('GB 32100 unified social credit codes', () => {
  it('accepts the worked example of the standard and codes built with computed check characters', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43' });
    // A for-profit company (9 1), a private non-enterprise unit (5 2) and a public institution (1 2) in Chaoyang.
    for (const body of ['91110105MA01ABCD1', '52110105MJ0012345', '12110105400000001']) {
      expect(checkCreditCode(body + creditCodeCheckCharacter(body)).ok, body).toBe(true);
    }
    expect(creditCodeCheckCharacter('52110105MA0012345')).toBe('T');
  });

  it('normalises spaces, full-width and lower-case input', () => {
    expect(checkCreditCode(' ９1350100m000100y43 ')).toEqual({ ok: true, code: '91350100M000100Y43' });
  });

  it('names the wrong character and its position', () => {
    expect(checkCreditCode('91350100M000100Y4')).toEqual({ ok: false, problem: { reason: 'length', length: 17 } });
    expect(checkCreditCode('91350100M000I00Y43')).toEqual({ ok: false, problem: { reason: 'character', position: 13, character: 'I' } });
    expect(checkCreditCode('913501A0M000100Y43')).toEqual({ ok: false, problem: { reason: 'character', position: 7, character: 'A' } });
    expect(checkCreditCode('41350100M000100Y43')).toEqual({ ok: false, problem: { reason: 'character', position: 1, character: '4' } });
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, problem: { reason: 'checkCharacter', expected: '3', actual: '4' } });
  });

  it('catches every single-character substitution in the body', () => {
    const valid = '91350100M000100Y43';
    for (let i = 1; i < 17; i += 1) {
      const replacement = valid[i] === '1' ? '2' : '1';
      const typo = `${valid.slice(0, i)}${replacement}${valid.slice(i + 1)}`;
      expect(checkCreditCode(typo).ok, typo).toBe(false);
    }
  });
});
