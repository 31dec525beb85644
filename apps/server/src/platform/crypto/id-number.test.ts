import { describe, expect, it } from 'vitest';
import { checkIdNumber, idNumberCheckCharacter, normaliseIdNumber } from './id-number.ts';

const TODAY = '2025-06-30';

describe('GB 11643 ID numbers', () => {
  it('computes the check character of the standard example', () => {
    // The worked example printed in GB 11643-1999.
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(idNumberCheckCharacter('44052419800101001')).toBe('3');
  });

  it('accepts a valid number and derives birth date and sex', () => {
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({ ok: true, facts: { idNumber: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'female' } });
    const man = checkIdNumber('440524198001010013', TODAY);
    expect(man).toMatchObject({ ok: true, facts: { birthDate: '1980-01-01', sex: 'male' } });
  });

  it('normalises full-width digits, spaces and a lower-case x', () => {
    expect(normaliseIdNumber(' １１０１０５ 19491231002x')).toBe('11010519491231002X');
    expect(checkIdNumber('11010519491231002x', TODAY).ok).toBe(true);
  });

  it('names the problem: length, character, region, birth date, check character', () => {
    expect(checkIdNumber('1101051949123100', TODAY)).toEqual({ ok: false, problem: { reason: 'length', length: 16 } });
    expect(checkIdNumber('1101051949A231002X', TODAY)).toEqual({ ok: false, problem: { reason: 'character', position: 11, character: 'A' } });
    expect(checkIdNumber('11010519491231002Y', TODAY)).toEqual({ ok: false, problem: { reason: 'character', position: 18, character: 'Y' } });
    expect(checkIdNumber('991105194912310020', TODAY)).toEqual({ ok: false, problem: { reason: 'region', regionCode: '991105' } });
    const feb30 = `11010520230230001`;
    expect(checkIdNumber(feb30 + idNumberCheckCharacter(feb30), TODAY)).toEqual({ ok: false, problem: { reason: 'birthDate', birthDate: '2023-02-30' } });
    const future = `11010520260101001`;
    expect(checkIdNumber(future + idNumberCheckCharacter(future), TODAY)).toMatchObject({ ok: false, problem: { reason: 'birthDate' } });
    expect(checkIdNumber('110105194912310021', TODAY)).toEqual({ ok: false, problem: { reason: 'checkCharacter', expected: 'X', actual: '1' } });
  });

  it('catches every single-digit typo through the check character', () => {
    const valid = '11010519491231002X';
    for (let i = 0; i < 17; i += 1) {
      const digit = Number(valid[i]);
      const typo = `${valid.slice(0, i)}${(digit + 1) % 10}${valid.slice(i + 1)}`;
      const result = checkIdNumber(typo, TODAY);
      expect(result.ok, typo).toBe(false);
    }
  });
});
