import type { CreateCommunityBody } from '@youyu/contracts';
import { DomainError } from '../../platform/errors/index.ts';
import type { EditPlan } from './jurisdiction-edits.ts';
import { cityCodeOf, parentCodeOf } from './jurisdiction-codes.ts';
import { JurisdictionErrors } from './jurisdictions.errors.ts';
import type { JurisdictionRow } from './jurisdictions.tables.ts';

// Who may act is the route's declaration (jurisdictions.manage within the admin's area); these
// are the rules about what the data allows.

const invalid = (path: string) => [{ path, code: 'custom' }];

/** Beijing's zone types describe Beijing's districts only. */
function isZoneTypeApplicable(row: JurisdictionRow): boolean {
  return row.level === 'district' && cityCodeOf(row.code) === '110000';
}

export function assertEditAllowed(row: JurisdictionRow, plan: EditPlan): void {
  if (plan.patch.zoneType && !isZoneTypeApplicable(row)) {
    throw new DomainError(JurisdictionErrors.ZONE_TYPE_NOT_APPLICABLE, { code: row.code }, invalid('body.zoneType'));
  }
  const population = plan.patch.population ?? row.population;
  const under3 = plan.patch.under3Population ?? row.under3Population;
  const touchesCounts = plan.changed.includes('population') || plan.changed.includes('under3Population');
  if (touchesCounts && population !== null && under3 !== null && under3 > population) {
    throw new DomainError(JurisdictionErrors.UNDER3_EXCEEDS_POPULATION, { under3, population }, invalid('body.under3Population'));
  }
}

/** A community's code is its subdistrict's nine digits and three of its own. */
export function assertCommunityCode(body: CreateCommunityBody): void {
  if (parentCodeOf(body.code) !== body.parentCode) {
    throw new DomainError(JurisdictionErrors.COMMUNITY_CODE_NOT_UNDER_PARENT, { code: body.code, parentCode: body.parentCode }, invalid('body.code'));
  }
}

/** Cities, districts and subdistricts come from the national code list; only communities may go. */
export function assertDeletable(row: JurisdictionRow): void {
  if (row.level !== 'community') throw new DomainError(JurisdictionErrors.JURISDICTION_NOT_DELETABLE, { code: row.code });
}
