import { normaliseCreditCode, type ResolvedPolicyValue } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { classRuleViolations, findTakenCreditCodes, findTakenFilingNumbers, registrationRuleProblems, type ClassRuleViolation } from '../institutions/index.ts';
import { cityCodeOf, getJurisdiction, listDistrictBoundaries, listDistricts, listSubdistricts, locateSubdistrict } from '../jurisdictions/index.ts';
import { resolvePolicy } from '../policies/index.ts';
import { ImportRow, readers } from './institution-rows.ts';
import { checkCreditCodeCell, type CellProblem } from './problems.ts';
import { readRow } from './row-reader.ts';

/** What every row of one import is checked against, loaded once per job. */
export type ImportContext = {
  jurisdictionCode: string;
  jurisdictionName: string;
  cityCode: string;
  /** Subdistricts within the import's jurisdiction, with their district. */
  districtOf: Map<string, string>;
  hasBoundaries: boolean;
  policies: Map<string, Promise<Record<string, ResolvedPolicyValue>>>;
};

export async function loadImportContext(exec: Executor, jurisdictionCode: string): Promise<ImportContext> {
  const node = await getJurisdiction(exec, jurisdictionCode);
  const cityCode = cityCodeOf(jurisdictionCode);
  const districts = node.level === 'city' ? await listDistricts(exec, cityCode) : node.level === 'district' ? [node] : [];
  const districtOf = new Map<string, string>();
  for (const district of districts) for (const s of await listSubdistricts(exec, district.code)) districtOf.set(s.code, district.code);
  if (node.level === 'subdistrict' && node.parentCode) districtOf.set(node.code, node.parentCode);
  const hasBoundaries = (await listDistrictBoundaries(exec, cityCode)).length > 0;
  return { jurisdictionCode, jurisdictionName: node.nameZh, cityCode, districtOf, hasBoundaries, policies: new Map() };
}

function policyOf(exec: Executor, context: ImportContext, districtCode: string) {
  const cached = context.policies.get(districtCode);
  if (cached) return cached;
  const loading = resolvePolicy(exec, districtCode).then((p) => p.values);
  context.policies.set(districtCode, loading);
  return loading;
}

// About 500 m: the shipped district shapes are simplified, so a point just inside the real border may fall outside them.
const NUDGE = 0.005;

/** Whether a point lies in the city (or within the shapes' slack of its border). Unknowable without shapes: then yes. */
async function isInsideCity(exec: Executor, context: ImportContext, lat: number, lng: number): Promise<boolean> {
  if (!context.hasBoundaries) return true;
  const candidates = [[lat, lng], [lat + NUDGE, lng], [lat - NUDGE, lng], [lat, lng + NUDGE], [lat, lng - NUDGE]] as const;
  for (const [y, x] of candidates) {
    const located = await locateSubdistrict(exec, y, x);
    if (located && cityCodeOf(located.districtCode) === context.cityCode) return true;
  }
  return false;
}

function classProblem(v: ClassRuleViolation, classNames: string[]): CellProblem {
  const basis = 'basis' in v ? v.basis : null;
  switch (v.code) {
    case 'classTooLarge':
      return { field: 'classes', code: v.code, params: { index: v.classIndex + 1, className: classNames[v.classIndex], classType: v.classType, capacity: v.capacity, limit: v.limit, basis } };
    case 'familyPointTooLarge':
      return { field: 'classes', code: v.code, params: { places: v.places, limit: v.limit, basis } };
    case 'kindergartenClassType':
      return { field: 'classes', code: v.code, params: { index: v.classIndex + 1, className: classNames[v.classIndex], classType: v.classType } };
  }
}

export type CheckedImportRow = { rowNumber: number; problems: CellProblem[] };
export type FirstRows = { creditCodes: Map<string, number>; filingNumbers: Map<string, number> };

/**
 * Checks one batch of rows: each cell (shape, vocabularies), the credit code, who registers what,
 * the subdistrict within the import's jurisdiction, the location within the city, the class-size
 * rules of the district's resolved policy, the filing facts, and duplicates within the file
 * (`firstRows`) and against the registry.
 */
export async function checkImportRows(exec: Executor, context: ImportContext, rows: { rowNumber: number; cells: Record<string, string> }[], firstRows: FirstRows): Promise<CheckedImportRow[]> {
  const read = rows.map((r) => ({ rowNumber: r.rowNumber, result: readRow(r.cells, readers, ImportRow) }));
  const codes = read.flatMap((r) => ('data' in r.result ? [normaliseCreditCode(r.result.data.creditCode)] : []));
  const numbers = read.flatMap((r) => ('data' in r.result && r.result.data.filingNumber ? [r.result.data.filingNumber] : []));
  const [takenCodes, takenNumbers] = await Promise.all([findTakenCreditCodes(exec, codes), findTakenFilingNumbers(exec, numbers)]);
  const checked: CheckedImportRow[] = [];
  for (const { rowNumber, result } of read) {
    if ('problems' in result) {
      checked.push({ rowNumber, problems: result.problems });
      continue;
    }
    const row = result.data;
    const problems: CellProblem[] = [];
    const credit = checkCreditCodeCell('creditCode', row.creditCode);
    if ('problem' in credit) problems.push(credit.problem);
    else if (takenCodes.has(credit.code)) problems.push({ field: 'creditCode', code: 'creditCodeTaken' });
    else if ((firstRows.creditCodes.get(credit.code) ?? rowNumber) < rowNumber) problems.push({ field: 'creditCode', code: 'duplicateInFile', params: { row: firstRows.creditCodes.get(credit.code) } });
    problems.push(...registrationRuleProblems({ ...row, businessScope: null }));

    const districtCode = context.districtOf.get(row.subdistrictCode);
    if (!districtCode) problems.push({ field: 'subdistrictCode', code: 'outsideJurisdiction', params: { jurisdiction: context.jurisdictionName } });
    if (!(await isInsideCity(exec, context, row.lat, row.lng))) problems.push({ field: 'lat', code: 'locationOutsideCity' });
    if (districtCode) {
      const violations = classRuleViolations(row.kind, row.classes, await policyOf(exec, context, districtCode));
      problems.push(...violations.map((v) => classProblem(v, row.classes.map((c) => c.name))));
    }

    if (row.premises === 'leased' && !row.leaseEndDate) problems.push({ field: 'leaseEndDate', code: 'leaseEndRequired' });
    const isStanding = row.filingStatus === 'filed' || row.filingStatus === 'suspended';
    if (isStanding && !row.filingNumber) problems.push({ field: 'filingNumber', code: 'filingNumberRequired' });
    if (isStanding && !row.filedAt) problems.push({ field: 'filedAt', code: 'filedAtRequired' });
    if (row.filingStatus === 'registered' && (row.filingNumber || row.filedAt)) problems.push({ field: 'filingNumber', code: 'filingNumberNotExpected' });
    if (row.filingNumber && row.filingStatus !== 'registered') {
      if (takenNumbers.has(row.filingNumber)) problems.push({ field: 'filingNumber', code: 'filingNumberTaken' });
      else if ((firstRows.filingNumbers.get(row.filingNumber) ?? rowNumber) < rowNumber) problems.push({ field: 'filingNumber', code: 'duplicateInFile', params: { row: firstRows.filingNumbers.get(row.filingNumber) } });
    }
    checked.push({ rowNumber, problems });
  }
  return checked;
}
