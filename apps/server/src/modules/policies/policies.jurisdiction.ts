import { NATIONAL, type PolicyLevel } from '@youyu/contracts';
import { ancestorsOf, levelOfCode } from '../jurisdictions/index.ts';

/** Profiles exist for the nation, a city (110000) and a district (110118); never below. */
export function profileLevel(code: string): PolicyLevel {
  if (code === NATIONAL) return 'national';
  const level = levelOfCode(code);
  if (level !== 'city' && level !== 'district') throw new Error(`No policy profile at the ${level} level (${code})`);
  return level;
}

/**
 * The profiles that apply to a place, weakest first: national, its city, its district. Subdistrict
 * and community codes resolve through their district; 'national' gives the floor alone.
 */
export function profileChain(code: string): string[] {
  if (code === NATIONAL) return [NATIONAL];
  return [NATIONAL, ...ancestorsOf(code).filter((c) => c.length === 6)];
}

/** Today's date where the service runs its day (Asia/Shanghai), as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An ISO date moved by whole days. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
