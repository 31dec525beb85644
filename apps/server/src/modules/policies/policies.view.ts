import type { Loosening, PolicyProfileSummary, PolicyProfileVersion } from '@youyu/contracts';
import type { PolicyProfileRow } from './policies.tables.ts';

/** A version row as the API shows it in lists. */
export function toSummary(row: PolicyProfileRow): PolicyProfileSummary {
  return {
    id: row.id,
    jurisdictionCode: row.jurisdictionCode,
    level: row.level,
    version: row.version,
    status: row.status,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    revision: row.revision,
    reason: row.reason,
    isShipped: row.shippedKey !== null,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    publishedByName: row.publishedByName,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

/** A version with its values and the loosenings of the national rules it contains. */
export function toVersion(row: PolicyProfileRow, loosenings: Loosening[]): PolicyProfileVersion {
  return { ...toSummary(row), notes: row.notes, values: row.values, loosenings, updatedAt: row.updatedAt.toISOString() };
}

/** Whether a published version applies on a date. */
export function isInEffect(row: PolicyProfileRow, onDate: string): boolean {
  return row.status !== 'draft' && row.effectiveFrom <= onDate && (row.effectiveTo === null || row.effectiveTo >= onDate);
}
