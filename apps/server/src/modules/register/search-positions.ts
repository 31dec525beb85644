import { classTypes, serviceModes, type ClassType, type ServiceMode } from '@youyu/contracts';

/**
 * Fixed positions (1-based, as SQL arrays count) in the search facts' per-type arrays: class type
 * `t` at `classTypes.indexOf(t) + 1`, its fee for service mode `m` at the type's block of
 * `serviceModes.length` slots. refresh_institution_search_facts (migration 0005) writes the same
 * orders; search-facts.int.test.ts checks both against the live counts.
 */
export const typePosition = (type: ClassType) => classTypes.indexOf(type) + 1;

export const feePosition = (type: ClassType, mode: ServiceMode) => classTypes.indexOf(type) * serviceModes.length + serviceModes.indexOf(mode) + 1;

/** The fee positions of the matching class types (null: any) and service mode (undefined: any). */
export function feePositions(types: readonly ClassType[] | null, mode: ServiceMode | undefined): number[] {
  return (types ?? classTypes).flatMap((type) => (mode ? [mode] : serviceModes).map((m) => feePosition(type, m)));
}
