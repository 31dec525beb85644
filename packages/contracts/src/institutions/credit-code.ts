/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol
 * alphabet (digits and upper-case letters without I, O, S, V, Z). 1: registration authority,
 * 2: organisation category, 3–8: region code, 9–17: organisation code, 18: check character.
 * Pure, so the web forms check codes exactly as the server does.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Registration authorities: 1 staffing office, 5 civil affairs, 9 market regulation, … Y other. */
const AUTHORITIES = '1235679ABNY';

export type CreditCodeProblem =
  | { reason: 'length'; length: number }
  | { reason: 'character'; position: number; character: string }
  | { reason: 'checkCharacter'; expected: string; actual: string };

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; problem: CreditCodeProblem };

export function normaliseCreditCode(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 characters (which must be in the alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('a credit code body is 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`character ${first17[i]} is outside the credit-code alphabet`);
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Validates a code, naming the first wrong character (1-based position) or the expected check character. */
export function checkCreditCode(value: string): CreditCodeCheck {
  const code = normaliseCreditCode(value);
  if (code.length !== 18) return { ok: false, problem: { reason: 'length', length: code.length } };
  for (let i = 0; i < 18; i += 1) {
    const character = code[i]!;
    const isAllowed = i === 0 ? AUTHORITIES.includes(character) : i >= 2 && i <= 7 ? /\d/.test(character) : CREDIT_CODE_ALPHABET.includes(character);
    if (!isAllowed) return { ok: false, problem: { reason: 'character', position: i + 1, character } };
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  const actual = code[17]!;
  if (expected !== actual) return { ok: false, problem: { reason: 'checkCharacter', expected, actual } };
  return { ok: true, code };
}
