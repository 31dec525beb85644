import { randomInt } from 'node:crypto';
import { TRACKING_CODE_ALPHABET } from '@youyu/contracts';

const LENGTH = 12;

/** A new tracking code from a cryptographic source, stored without dashes: 31¹² ≈ 2⁵⁹ codes. */
export function newTrackingCode(): string {
  return Array.from({ length: LENGTH }, () => TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)]).join('');
}

/** What a person typed, as stored: upper case, no dashes or spaces; null when it cannot be a code. */
export function normaliseTrackingCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return code.length === LENGTH && [...code].every((c) => TRACKING_CODE_ALPHABET.includes(c)) ? code : null;
}

/** K7QM4XRP9TDA → K7QM-4XRP-9TDA, easier to read out and type. */
export function formatTrackingCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}
