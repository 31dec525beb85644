import type { ClassType } from '@youyu/contracts';
import type { RegistryRows } from '../modules/institutions/index.ts';
import type { PlaceableShape } from './geo.ts';

/** A district as the generator needs it, read from the jurisdictions module and the boundary file. */
export type DistrictInput = {
  code: string;
  name: string;
  population: number;
  householdIncomeFen: number | null;
  shape: PlaceableShape;
  subdistricts: { code: string; name: string }[];
};

/** The rules the generated registry obeys, resolved from the city's policy profile. */
export type DemoRules = {
  maxClassSize: Record<ClassType, number>;
  childrenPerCarer: Record<ClassType, number>;
  familyPointMaxChildren: number;
  familyPointChildrenPerCarer: number;
  /** Public fee cap as a fraction of the district's yearly per-capita household income, per month; null: none. */
  publicFeeCapShare: number | null;
};

export type InstitutionRow = Required<Pick<RegistryRows['institutions'][number], 'id'>> & RegistryRows['institutions'][number];
export type ClassRow = RegistryRows['classes'][number] & { id: string };
export type FeeRow = RegistryRows['fees'][number];
export type CaregiverAssignment = NonNullable<RegistryRows['classCaregivers']>[number];
type Secret = 'idNumberCipher' | 'idNumberHash' | 'idNumberMasked';
/** People before encryption: the plain ID number is turned into cipher, hash and mask when stored. */
export type StaffPlain = Omit<RegistryRows['staff'][number], Secret> & { id: string; idNumber: string };
export type ChildPlain = Omit<RegistryRows['children'][number], Secret> & { id: string; idNumber: string | null };
export type FamilyPlain = { id: string; phone: string; displayName: string };

export type GeneratedCity = {
  institutions: InstitutionRow[];
  classes: ClassRow[];
  fees: FeeRow[];
  classCaregivers: CaregiverAssignment[];
  staff: StaffPlain[];
  children: ChildPlain[];
  families: FamilyPlain[];
  /** The filed institution whose director and staff accounts the demo prints. */
  demoInstitutionId: string;
  /** The family account with the demo phone number, whose child is enrolled at the demo institution. */
  demoFamilyId: string;
};
