/**
 * Resident ID numbers (公民身份号码, GB 11643-1999): 6-digit region code, birth date YYYYMMDD,
 * 3-digit sequence (odd for men), and a check character over the first 17 (ISO 7064 MOD 11-2).
 */
export type Sex = 'male' | 'female';

export type IdNumberFacts = { idNumber: string; regionCode: string; birthDate: string; sex: Sex };

/** What is wrong, specific enough to tell the person which character to look at. */
export type IdNumberProblem =
  | { reason: 'length'; length: number }
  | { reason: 'character'; position: number; character: string }
  | { reason: 'region'; regionCode: string }
  | { reason: 'birthDate'; birthDate: string }
  | { reason: 'checkCharacter'; expected: string; actual: string };

export type IdNumberCheck = { ok: true; facts: IdNumberFacts } | { ok: false; problem: IdNumberProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
// Province-level prefixes of GB/T 2260 (incl. Taiwan, Hong Kong and Macao residence permits).
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83']);

/** Full-width digits from Chinese input methods, spaces and a lower-case x are tolerated. */
export function normaliseIdNumber(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('an ID number body is 17 digits');
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return CHECK_CHARACTERS[sum % 11]!;
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Validates an ID number; `today` (ISO date) bounds the birth date, default the current date. */
export function checkIdNumber(value: string, today: string = new Date().toISOString().slice(0, 10)): IdNumberCheck {
  const idNumber = normaliseIdNumber(value);
  if (idNumber.length !== 18) return { ok: false, problem: { reason: 'length', length: idNumber.length } };
  for (let i = 0; i < 18; i += 1) {
    const character = idNumber[i]!;
    const allowed = i === 17 ? /[\dX]/ : /\d/;
    if (!allowed.test(character)) return { ok: false, problem: { reason: 'character', position: i + 1, character } };
  }
  const regionCode = idNumber.slice(0, 6);
  if (!PROVINCES.has(regionCode.slice(0, 2))) return { ok: false, problem: { reason: 'region', regionCode } };
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < '1900-01-01' || birthDate > today) return { ok: false, problem: { reason: 'birthDate', birthDate } };
  const expected = idNumberCheckCharacter(idNumber.slice(0, 17));
  const actual = idNumber[17]!;
  if (expected !== actual) return { ok: false, problem: { reason: 'checkCharacter', expected, actual } };
  return { ok: true, facts: { idNumber, regionCode, birthDate, sex: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female' } };
}
