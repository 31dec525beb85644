import type { JurisdictionLevel } from '@youyu/contracts';
import { DomainError } from '../../platform/errors/index.ts';
import { JurisdictionErrors } from './jurisdictions.errors.ts';

/**
 * Codes carry the whole path: 110105001001 is community 001 of subdistrict 110105001, of
 * district 110105, of city 110000 (the "市辖区" 1101 level of municipalities is skipped).
 */
const CODE_PATTERN = /^(\d{6}|\d{9}|\d{12})$/;

export function isJurisdictionCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

function assertCode(code: string): void {
  if (!isJurisdictionCode(code)) throw new DomainError(JurisdictionErrors.INVALID_JURISDICTION_CODE, { code });
}

export function levelOfCode(code: string): JurisdictionLevel {
  assertCode(code);
  if (code.length === 12) return 'community';
  if (code.length === 9) return 'subdistrict';
  return code.endsWith('0000') ? 'city' : 'district';
}

/** The municipality a code belongs to: 110105001 → 110000. */
export function cityCodeOf(code: string): string {
  assertCode(code);
  return `${code.slice(0, 2)}0000`;
}

/** From the city down to the code itself: 110105001 → ['110000', '110105', '110105001']. */
export function ancestorsOf(code: string): string[] {
  const level = levelOfCode(code);
  const city = cityCodeOf(code);
  if (level === 'city') return [city];
  const chain = [city, code.slice(0, 6)];
  if (code.length >= 9) chain.push(code.slice(0, 9));
  if (code.length === 12) chain.push(code);
  return chain;
}

/** The code one level up, or null for a city. */
export function parentCodeOf(code: string): string | null {
  const chain = ancestorsOf(code);
  return chain.length > 1 ? (chain[chain.length - 2] ?? null) : null;
}

/** What every descendant's code starts with: a city's two-digit province part, else the code itself. */
export function descendantPrefix(code: string): string {
  return levelOfCode(code) === 'city' ? code.slice(0, 2) : code;
}
