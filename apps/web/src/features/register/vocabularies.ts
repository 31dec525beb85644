import type { ClassType, InstitutionKind, ServiceMode } from '@youyu/contracts';

/**
 * The register's vocabularies in display order, restated from the contracts so the public pages
 * don't load the schema library; `Exhaustive` fails to compile when the contracts add a value.
 */
type Exhaustive<T extends string, L extends readonly T[]> = Exclude<T, L[number]> extends never ? L : never;

const kinds = ['communityPoint', 'socialCapital', 'kindergartenClass', 'employerPoint', 'familyPoint', 'districtCentre'] as const;
const classes = ['infantClass', 'toddlerClass', 'twosClass', 'mixedClass'] as const;
const modes = ['fullDay', 'halfDay', 'hourly', 'temporary'] as const;

export const institutionKindOptions: Exhaustive<InstitutionKind, typeof kinds> = kinds;
export const classTypeOptions: Exhaustive<ClassType, typeof classes> = classes;
export const serviceModeOptions: Exhaustive<ServiceMode, typeof modes> = modes;
