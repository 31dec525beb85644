import type { EditableJurisdictionField, UpdateJurisdictionBody } from '@youyu/contracts';
import { boundingBox, sameBoundary } from './geometry.ts';
import type { JurisdictionRow, NewJurisdictionRow } from './jurisdictions.tables.ts';

export type EditPlan = { patch: Partial<NewJurisdictionRow>; changed: EditableJurisdictionField[] };

/** The calendar year in China, which figures without a stated year are taken to describe. */
export function yearInChina(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}

/**
 * Turns an administrator's body into the columns to write. Only values that differ count as
 * edits; an edited figure's source becomes `manual` with its year (this year for head counts,
 * last year for income, which is always the previous year's), and the field is remembered so
 * that importing reference data again keeps it.
 */
export function planEdit(row: JurisdictionRow, body: UpdateJurisdictionBody, now: Date): EditPlan {
  const patch: Partial<NewJurisdictionRow> = {};
  const changed: EditableJurisdictionField[] = [];
  const edit = (field: EditableJurisdictionField, columns: Partial<NewJurisdictionRow>) => {
    Object.assign(patch, columns);
    changed.push(field);
  };
  const year = yearInChina(now);

  if (body.nameZh !== undefined && body.nameZh !== row.nameZh) edit('nameZh', { nameZh: body.nameZh });
  if (body.nameEn !== undefined && body.nameEn !== row.nameEn) edit('nameEn', { nameEn: body.nameEn });
  if (body.zoneType !== undefined && body.zoneType !== row.zoneType) edit('zoneType', { zoneType: body.zoneType });
  if (body.population !== undefined && body.population !== row.population) {
    edit('population', { population: body.population, populationSource: 'manual', populationYear: body.populationYear ?? year });
  }
  if (body.under3Population !== undefined && body.under3Population !== row.under3Population) {
    edit('under3Population', { under3Population: body.under3Population, under3PopulationSource: 'manual', under3PopulationYear: body.under3PopulationYear ?? year });
  }
  if (body.householdIncomeFen !== undefined && body.householdIncomeFen !== row.householdIncomeFen) {
    edit('householdIncomeFen', { householdIncomeFen: body.householdIncomeFen, householdIncomeSource: 'manual', householdIncomeYear: body.householdIncomeYear ?? year - 1 });
  }
  if (body.boundary !== undefined && !sameBoundary(body.boundary, row.boundary)) {
    const box = body.boundary ? boundingBox(body.boundary) : null;
    edit('boundary', { boundary: body.boundary, bboxMinLng: box?.minLng ?? null, bboxMinLat: box?.minLat ?? null, bboxMaxLng: box?.maxLng ?? null, bboxMaxLat: box?.maxLat ?? null });
  }

  if (changed.length > 0) patch.manualFields = [...new Set([...row.manualFields, ...changed])];
  return { patch, changed };
}
