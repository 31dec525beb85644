import type { JurisdictionDetail, JurisdictionSummary } from '@youyu/contracts';
import type { Jurisdiction } from './jurisdictions.repository.ts';
import type { JurisdictionRow } from './jurisdictions.tables.ts';

/** Rows → the shapes the API promises (packages/contracts/src/jurisdictions). */
export function toSummary(node: Jurisdiction): JurisdictionSummary {
  return {
    code: node.code,
    parentCode: node.parentCode,
    level: node.level,
    name: node.nameZh,
    nameEn: node.nameEn,
    population: node.population,
    under3Population: node.under3Population,
    zoneType: node.zoneType,
  };
}

export function toDetail(row: JurisdictionRow, ancestors: Jurisdiction[], counts: JurisdictionDetail['counts']): JurisdictionDetail {
  return {
    ...toSummary(row),
    populationSource: row.populationSource,
    populationYear: row.populationYear,
    under3PopulationSource: row.under3PopulationSource,
    under3PopulationYear: row.under3PopulationYear,
    householdIncomeFen: row.householdIncomeFen,
    householdIncomeSource: row.householdIncomeSource,
    householdIncomeYear: row.householdIncomeYear,
    boundary: row.boundary,
    manualFields: row.manualFields,
    ancestors: ancestors.map((a) => ({ code: a.code, level: a.level, name: a.nameZh, nameEn: a.nameEn })),
    counts,
    updatedAt: row.updatedAt.toISOString(),
  };
}
