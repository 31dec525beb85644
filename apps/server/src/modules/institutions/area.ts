import { eq, like, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { scopePrefix } from '../../platform/auth/index.ts';
import type { RegistryScope } from './institutions.policy.ts';

type PlacedColumns = { districtCode: PgColumn; subdistrictCode: PgColumn; institutionId: PgColumn };

/**
 * The SQL form of "within this jurisdiction" for a row that carries its district and subdistrict
 * codes: equality on the indexed columns for districts and subdistricts, a prefix for a city.
 * Agrees with isWithinJurisdiction (platform/auth) on every code.
 */
export function withinJurisdiction(columns: Omit<PlacedColumns, 'institutionId'>, code: string): SQL {
  if (code.length === 9) return eq(columns.subdistrictCode, code);
  if (code.length !== 6) return sql`false`;
  const prefix = scopePrefix(code);
  return prefix.length === 6 ? eq(columns.districtCode, prefix) : like(columns.districtCode, `${prefix}%`);
}

/** Rows a caller may list, by the registry scope of its account. */
export function withinScope(columns: PlacedColumns, scope: RegistryScope): SQL {
  switch (scope.kind) {
    case 'institution':
      return eq(columns.institutionId, scope.institutionId);
    case 'jurisdiction':
      return withinJurisdiction(columns, scope.code);
    case 'nothing':
      return sql`false`;
  }
}

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
