import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { institutionLookupLimit, Uuid, type InstitutionLookupItem } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { containsPattern, withinJurisdiction } from './area.ts';
import { institutions } from './institutions.tables.ts';

export type LookupFilter = {
  /** Jurisdiction codes the institution must lie within, all of them (none: anywhere). */
  within: readonly string[];
  /** Part of the name, or the exact credit code or id. */
  text?: string;
};

function matchesText(text: string): SQL | undefined {
  return or(ilike(institutions.name, containsPattern(text)), eq(institutions.creditCode, text.toUpperCase()), Uuid.safeParse(text).success ? eq(institutions.id, text) : undefined);
}

/** Institutions for a pick list: names that start with the text first, then by name. */
export async function findInstitutionsForLookup(exec: Executor, filter: LookupFilter): Promise<InstitutionLookupItem[]> {
  const conditions = filter.within.map((code) => withinJurisdiction(institutions, code));
  if (filter.text) conditions.push(matchesText(filter.text)!);
  const byName = [asc(institutions.name), asc(institutions.id)];
  return exec
    .select({ id: institutions.id, name: institutions.name, districtCode: institutions.districtCode, filingStatus: institutions.filingStatus })
    .from(institutions)
    .where(and(...conditions))
    .orderBy(...(filter.text ? [sql`strpos(lower(${institutions.name}), lower(${filter.text})) <> 1`, ...byName] : byName))
    .limit(institutionLookupLimit);
}
