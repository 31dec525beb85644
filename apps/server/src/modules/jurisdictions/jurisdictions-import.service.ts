import { cityCodes, type CityKey, type EditableJurisdictionField } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { systemContext, type RequestContext } from '../../platform/http/context.ts';
import { sameBoundary } from './geometry.ts';
import { descendantPrefix } from './jurisdiction-codes.ts';
import { forgetAreaNames } from './area-names.ts';
import * as repo from './jurisdictions.repository.ts';
import type { JurisdictionRow, NewJurisdictionRow } from './jurisdictions.tables.ts';
import { readCityFiles } from './reference-data.ts';
import { buildReferenceRows } from './reference-rows.ts';

export type ImportSummary = { cityCode: string; districts: number; subdistricts: number };

type ReferenceRow = ReturnType<typeof buildReferenceRows>[number];

/** The columns each editable field covers; an administrator's edit of the field protects them all. */
const columnsOf: Record<EditableJurisdictionField, (keyof ReferenceRow)[]> = {
  nameZh: ['nameZh'],
  nameEn: ['nameEn'],
  population: ['population', 'populationSource', 'populationYear'],
  under3Population: ['under3Population', 'under3PopulationSource', 'under3PopulationYear'],
  householdIncomeFen: ['householdIncomeFen', 'householdIncomeSource', 'householdIncomeYear'],
  zoneType: ['zoneType'],
  boundary: ['boundary', 'bboxMinLng', 'bboxMinLat', 'bboxMaxLng', 'bboxMaxLat'],
};

/** The reference values that differ from the stored row, leaving alone what an administrator edited. */
function importPatch(current: JurisdictionRow, reference: ReferenceRow): Partial<NewJurisdictionRow> | null {
  const protectedColumns = new Set(current.manualFields.flatMap((field) => columnsOf[field]));
  const patch: Partial<Record<keyof ReferenceRow, unknown>> = {};
  for (const column of Object.keys(reference) as (keyof ReferenceRow)[]) {
    if (protectedColumns.has(column)) continue;
    const same = column === 'boundary' ? sameBoundary(current.boundary, reference.boundary) : current[column] === reference[column];
    if (!same) patch[column] = reference[column];
  }
  return Object.keys(patch).length > 0 ? (patch as Partial<NewJurisdictionRow>) : null;
}

/**
 * Loads a city's jurisdiction tree from the reference files shipped in apps/server/data/reference.
 * Idempotent: new nodes are inserted, changed reference values updated, and a second run changes
 * nothing. Fields an administrator edited are kept, and nodes the files do not list
 * (communities) are never removed. Audited as one entry when anything changed.
 */
export async function importJurisdictions(exec: Executor, city: CityKey, ctx?: RequestContext): Promise<ImportSummary> {
  const cityCode = cityCodes[city];
  const rows = buildReferenceRows(city, await readCityFiles(city));
  const summary = await exec.transaction(async (tx) => {
    const existing = new Map((await repo.listRowsUnder(tx, descendantPrefix(cityCode))).map((r) => [r.code, r]));
    const fresh: NewJurisdictionRow[] = [];
    let updated = 0;
    // Parents come before children in `rows`, so inserts in order satisfy the parent key.
    for (const row of rows) {
      const current = existing.get(row.code);
      const patch = current ? importPatch(current, row) : null;
      if (!current) fresh.push(row);
      else if (patch) {
        await repo.updateRow(tx, row.code, patch);
        updated += 1;
      }
    }
    const inserted = await repo.insertRows(tx, fresh);
    if (inserted + updated > 0) {
      await recordAudit(tx, ctx ?? systemContext(tx), {
        action: 'jurisdictions.import',
        entityType: 'jurisdiction',
        entityId: cityCode,
        jurisdictionCode: cityCode,
        details: { city, inserted, updated },
      });
    }
    return { cityCode, districts: rows.filter((r) => r.level === 'district').length, subdistricts: rows.filter((r) => r.level === 'subdistrict').length };
  });
  forgetAreaNames(exec);
  return summary;
}
