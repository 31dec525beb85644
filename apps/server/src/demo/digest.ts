import { createHash } from 'node:crypto';
import type { GeneratedCity } from './types.ts';

/**
 * A SHA-256 over every generated row in order (dates as ISO text): equal digests mean the same
 * city, down to each name, ID number and coordinate. Computed before encryption, whose IVs are
 * random by design.
 */
export function digestOfCity(city: GeneratedCity): string {
  const hash = createHash('sha256');
  for (const table of ['institutions', 'classes', 'fees', 'staff', 'children', 'families'] as const) {
    hash.update(`#${table}\n`);
    for (const row of city[table]) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}
