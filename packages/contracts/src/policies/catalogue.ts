import { z } from 'zod';

/**
 * The policy catalogue: every number a policy profile (政策配置) can set, with its type, unit and
 * group, so the web app renders and edits any key generically and the server validates it. Other
 * modules add their own keys to the server's registry (policies module `registerPolicyKeys`).
 */

export const policyGroups = ['targets', 'fees', 'subsidies', 'workforce', 'safety', 'planning', 'classRules', 'filing', 'familyPoint', 'quality', 'catchment', 'bookings', 'cases'] as const;
export const PolicyGroup = z.enum(policyGroups);
export type PolicyGroup = z.infer<typeof PolicyGroup>;

/** `perYear`: a map year → number (or null where a plan sets no number for that year). */
export const policyValueTypes = ['number', 'integer', 'percent', 'fen', 'days', 'hours', 'boolean', 'ratio', 'enum', 'perYear'] as const;
export const PolicyValueType = z.enum(policyValueTypes);
export type PolicyValueType = z.infer<typeof PolicyValueType>;

/** The number types a per-year map may hold. */
export const perYearItemTypes = ['number', 'integer', 'percent'] as const;
export const PerYearItemType = z.enum(perYearItemTypes);
export type PerYearItemType = z.infer<typeof PerYearItemType>;

export const policyUnits = [
  'none',
  'percent',
  'perThousandResidents',
  'places',
  'count',
  'personTimes',
  'fenPerChildPerYear',
  'fenPerPlace',
  'hours',
  'hoursPerDay',
  'days',
  'workingDays',
  'months',
  'years',
  'children',
  'childrenPerCarer',
  'residents',
  'metres',
  'metresPerMinute',
  'minutes',
  'squareMetres',
  'points',
] as const;
export const PolicyUnit = z.enum(policyUnits);
export type PolicyUnit = z.infer<typeof PolicyUnit>;

/**
 * Which direction makes a rule stricter, for the tighten-only check against the national rule set:
 * `lower` (a smaller class is stricter), `higher` (a longer retention is stricter; for booleans
 * true is stricter; for ratios "1:N" a smaller N is stricter under `lower`), or null (no order).
 */
export const Tighter = z.enum(['lower', 'higher']).nullable();
export type Tighter = z.infer<typeof Tighter>;

/** Key names are `<group>.<name>`; a module adding keys uses its own group prefix. */
export const PolicyKey = z.string().regex(/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/, { message: 'policy key' });

export const PolicyKeySpec = z
  .object({
    key: PolicyKey,
    type: PolicyValueType,
    itemType: PerYearItemType.optional().describe('perYear only: the type of each year'),
    unit: PolicyUnit,
    group: z.string().describe('one of policyGroups, or a module-defined group'),
    tighter: Tighter,
    options: z.array(z.string()).optional().describe('enum only: allowed values; labels at `<labelKey>Options.<value>`'),
    isInternal: z.boolean().describe('internal keys are left out of the public view'),
    labelKey: z.string().describe('i18n key of the label, e.g. policies:keys.targets.placesPer1000'),
  })
  .meta({ id: 'PolicyKeySpec' });
export type PolicyKeySpec = z.infer<typeof PolicyKeySpec>;

type Spec = Omit<PolicyKeySpec, 'key' | 'labelKey' | 'isInternal'> & { isInternal?: boolean };

const perYear = (itemType: PerYearItemType, unit: PolicyUnit): Spec => ({ type: 'perYear', itemType, unit, group: 'targets', tighter: 'higher' });
const flag = (group: PolicyGroup, tighter: Tighter = 'higher'): Spec => ({ type: 'boolean', unit: 'none', group, tighter });
const num = (group: PolicyGroup, type: PolicyValueType, unit: PolicyUnit, tighter: Tighter): Spec => ({ type, unit, group, tighter });

/** The department a case category is also routed to, besides the district health commission. */
const caseDepartment: Spec = { type: 'enum', unit: 'none', group: 'cases', tighter: null, options: ['marketRegulation', 'civilAffairs', 'education', 'fireRescue', 'publicSecurity', 'staffingOffice'] };

/** The keys the platform itself defines. Their labels live at `policies:keys.<key>`. */
const coreSpecs = {
  // Targets (IND-1…IND-18): per-year maps; years a plan does not set stay null.
  'targets.placesPer1000': perYear('number', 'perThousandResidents'),
  'targets.inclusiveShare': perYear('percent', 'percent'),
  'targets.newInclusivePlacesKindergarten': perYear('integer', 'places'),
  'targets.newInclusivePlacesCommunity': perYear('integer', 'places'),
  'targets.subdistrictCoverage': perYear('percent', 'percent'),
  'targets.subdistrictCoverageEcological': perYear('percent', 'percent'),
  'targets.placeUtilisation': perYear('percent', 'percent'),
  'targets.placeUtilisationAtLeastNationalAverage': flag('targets'),
  'targets.kindergartensOfferingChildcare': perYear('percent', 'percent'),
  'targets.parentingKnowledgeRate': perYear('percent', 'percent'),
  'targets.districtCentres': perYear('integer', 'count'),
  'targets.districtCentrePerDistrict': flag('targets'),
  'targets.healthRecordRate': perYear('percent', 'percent'),
  'targets.certifiedCaregiverRate': perYear('percent', 'percent'),
  'targets.demonstrationUnits': perYear('integer', 'count'),
  'targets.nationalDemonstrationCities': perYear('integer', 'count'),
  'targets.directorTrainings': perYear('integer', 'personTimes'),
  'targets.caregiverTrainings': perYear('integer', 'personTimes'),
  'targets.subsidisedTrainings': perYear('integer', 'personTimes'),
  'targets.guidanceSixSessionsShare': perYear('percent', 'percent'),
  'targets.communityCoverage': perYear('percent', 'percent'),
  'targets.employerChildcareDistrictShare': perYear('percent', 'percent'),
  'targets.fifteenMinuteCircle': flag('targets'),
  'targets.yearlyDistrictSplit': flag('targets'),

  'planning.newResidentialPlacesPer1000': num('planning', 'number', 'perThousandResidents', 'higher'),
  'planning.newResidentialMinResidents': num('planning', 'integer', 'residents', 'lower'),
  'planning.existingAreasCatchUp': flag('planning'),

  'fees.publicFeePricing': { type: 'enum', unit: 'none', group: 'fees', tighter: null, options: ['governmentGuided', 'marketRegulated'] },
  'fees.publicFeeCapShareOfIncome': num('fees', 'percent', 'percent', 'lower'),
  'fees.otherInclusiveFeesMarketGuided': flag('fees', null),
  'fees.nonInclusiveFeesMarketRegulated': flag('fees', null),
  'fees.utilitiesAtResidentialPrices': flag('fees', null),

  'subsidies.operatingInfantClass': num('subsidies', 'fen', 'fenPerChildPerYear', null),
  'subsidies.operatingToddlerClass': num('subsidies', 'fen', 'fenPerChildPerYear', null),
  'subsidies.operatingTwosClass': num('subsidies', 'fen', 'fenPerChildPerYear', null),
  'subsidies.perChild': num('subsidies', 'fen', 'fenPerChildPerYear', null),
  'subsidies.rent': num('subsidies', 'fen', 'fenPerChildPerYear', null),
  'subsidies.byHeadCountToInstitution': flag('subsidies', null),
  'subsidies.cityShare': { ...num('subsidies', 'percent', 'percent', null), isInternal: true },
  'subsidies.centralPerNewInclusivePlace': num('subsidies', 'fen', 'fenPerPlace', null),

  'workforce.directorTrainingHours': num('workforce', 'hours', 'hours', 'higher'),
  'workforce.caregiverTrainingHours': num('workforce', 'hours', 'hours', 'higher'),
  'workforce.directorMinManagementYears': num('workforce', 'integer', 'years', 'higher'),
  'workforce.healthStaffFullTimeThreshold': num('workforce', 'integer', 'children', 'lower'),
  'workforce.staffHealthCheckIntervalMonths': num('workforce', 'integer', 'months', 'lower'),

  'safety.videoRetentionDays': num('safety', 'days', 'days', 'higher'),
  'safety.videoAllChildAreas24h': flag('safety'),
  'safety.healthChecksTwiceDaily': flag('safety'),
  'safety.outdoorActivityHours': num('safety', 'hours', 'hoursPerDay', 'higher'),
  'safety.reentryHealthCheckAfterMonths': num('safety', 'integer', 'months', 'lower'),
  'safety.observationRoomMinArea': num('safety', 'number', 'squareMetres', 'higher'),
  'safety.windowFloorRatio': num('safety', 'percent', 'percent', 'higher'),

  'classRules.infantMaxSize': num('classRules', 'integer', 'children', 'lower'),
  'classRules.infantCarerRatio': num('classRules', 'ratio', 'childrenPerCarer', 'lower'),
  'classRules.toddlerMaxSize': num('classRules', 'integer', 'children', 'lower'),
  'classRules.toddlerCarerRatio': num('classRules', 'ratio', 'childrenPerCarer', 'lower'),
  'classRules.twosMaxSize': num('classRules', 'integer', 'children', 'lower'),
  'classRules.twosCarerRatio': num('classRules', 'ratio', 'childrenPerCarer', 'lower'),
  'classRules.mixedMaxSize': num('classRules', 'integer', 'children', 'lower'),
  'classRules.mixedCarerRatio': num('classRules', 'ratio', 'childrenPerCarer', 'lower'),
  'classRules.mixedMinAgeMonths': num('classRules', 'integer', 'months', 'higher'),

  'filing.missingMaterialsNoticeDays': { ...num('filing', 'days', 'workingDays', 'lower'), isInternal: true },
  'filing.premisesLeaseMinYears': num('filing', 'integer', 'years', 'higher'),

  'familyPoint.maxChildren': num('familyPoint', 'integer', 'children', 'lower'),
  'familyPoint.carerRatio': num('familyPoint', 'ratio', 'childrenPerCarer', 'lower'),
  'familyPoint.premisesLeaseMinYears': num('familyPoint', 'integer', 'years', 'higher'),

  'quality.standard': { type: 'enum', unit: 'none', group: 'quality', tighter: null, options: ['national', 'cityOwn'], isInternal: true },
  'quality.totalPoints': { ...num('quality', 'integer', 'points', null), isInternal: true },
  'quality.vetoItems': { ...num('quality', 'integer', 'count', null), isInternal: true },
  'quality.gradingEnabled': { ...flag('quality', null), isInternal: true },

  'catchment.walkMinutes': num('catchment', 'integer', 'minutes', null),
  'catchment.walkDistance': num('catchment', 'integer', 'metres', null),
  'catchment.walkingSpeed': num('catchment', 'number', 'metresPerMinute', null),
  'catchment.acceptableDistance': num('catchment', 'integer', 'metres', null),

  // Booking a place (入托网上约): how many open bookings a child may hold, how long an offer stands.
  'bookings.maxOpenPerChild': num('bookings', 'integer', 'count', null),
  'bookings.offerValidDays': num('bookings', 'days', 'days', null),

  // Complaints and reports (投诉举报): deadlines, the department a category also goes to, anti-abuse limits.
  'cases.acknowledgeDays': num('cases', 'days', 'days', 'lower'),
  'cases.resolveDays': num('cases', 'days', 'days', 'lower'),
  'cases.countWorkingDays': flag('cases', null),
  'cases.urgentAcknowledgeHours': num('cases', 'hours', 'hours', 'lower'),
  'cases.departmentAbuse': caseDepartment,
  'cases.departmentFood': caseDepartment,
  'cases.departmentFees': caseDepartment,
  'cases.duplicateWindowDays': num('cases', 'days', 'days', null),
  'cases.perPhonePerDay': num('cases', 'integer', 'count', null),
  'cases.perAddressPerDay': num('cases', 'integer', 'count', null),
} as const satisfies Record<string, Spec>;

export type CorePolicyKey = keyof typeof coreSpecs;

export const corePolicyKeys: readonly PolicyKeySpec[] = Object.entries(coreSpecs).map(([key, spec]) => ({
  isInternal: false,
  ...spec,
  key,
  labelKey: `policies:keys.${key}`,
}));

/** A ratio "1:N": one carer per N children. */
export type Ratio = `1:${number}`;
export type PerYear = Record<string, number | null>;

type ValueOfType<T extends PolicyValueType> = T extends 'boolean' ? boolean : T extends 'ratio' ? Ratio : T extends 'enum' ? string : T extends 'perYear' ? PerYear : number;
type CoreSpecs = typeof coreSpecs;
/** The TypeScript type of a core key's value (null where no level sets it). */
export type CorePolicyValue<K extends CorePolicyKey> = (CoreSpecs[K] extends { options: readonly (infer O)[] } ? O : ValueOfType<CoreSpecs[K]['type']>) | null;
