import type { Executor } from '../../platform/db/index.ts';
import { jurisdictions } from './jurisdictions.tables.ts';

export type AreaName = { nameZh: string; nameEn: string | null };

/**
 * How long a process keeps the names: the public register shows an area's name on every search
 * result, and answers may be cached for as long anyway (its Cache-Control). An edit made here is
 * seen at once (forgetAreaNames); one made on another app server within this time.
 */
const NAMES_TTL_MS = 60_000;

const kept = new WeakMap<Executor, { until: number; names: Promise<Map<string, AreaName>> }>();

/** Every area's names by code, read from the database at most once a minute per database. */
export function areaNames(exec: Executor): Promise<Map<string, AreaName>> {
  const hit = kept.get(exec);
  if (hit && hit.until > Date.now()) return hit.names;
  const names = exec
    .select({ code: jurisdictions.code, nameZh: jurisdictions.nameZh, nameEn: jurisdictions.nameEn })
    .from(jurisdictions)
    .then((rows) => new Map(rows.map(({ code, ...name }) => [code, name])));
  // A failed read is not kept: the next request reads again.
  names.catch(() => kept.delete(exec));
  kept.set(exec, { until: Date.now() + NAMES_TTL_MS, names });
  return names;
}

/** After names changed (an edit or an import): the next look-up reads them again. */
export function forgetAreaNames(exec: Executor): void {
  kept.delete(exec);
}
