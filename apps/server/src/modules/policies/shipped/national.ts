import { NATIONAL } from '@youyu/contracts';
import { cite, entry, type ShippedProfile } from './define.ts';
import { documents as d } from './documents.ts';

const classes = d.settingStandard;

/**
 * The national rule set: the floor every city and district profile may tighten but not loosen
 * without a recorded reason. Compiled from several national documents; each value names its own.
 */
export const nationalProfile: ShippedProfile = {
  shippedKey: 'national/2019',
  jurisdictionCode: NATIONAL,
  effectiveFrom: '2019-01-01',
  values: {
    'classRules.infantMaxSize': entry(10, cite(classes, '第19—20条')),
    'classRules.infantCarerRatio': entry('1:3', cite(classes, '第19—20条')),
    'classRules.toddlerMaxSize': entry(15, cite(classes, '第19—20条')),
    'classRules.toddlerCarerRatio': entry('1:5', cite(classes, '第19—20条')),
    'classRules.twosMaxSize': entry(20, cite(classes, '第19—20条')),
    'classRules.twosCarerRatio': entry('1:7', cite(classes, '第19—20条')),
    'classRules.mixedMaxSize': entry(18, cite(classes, '第19—20条')),
    'classRules.mixedCarerRatio': entry(null, cite(classes, '第19—20条', 'mixedRatioNotNational')),
    'classRules.mixedMinAgeMonths': entry(18, cite(classes, '第19—20条')),

    'filing.premisesLeaseMinYears': entry(3, cite(classes, '第11条')),
    'filing.missingMaterialsNoticeDays': entry(15, cite(d.filingRules)),

    'workforce.directorMinManagementYears': entry(3, cite(classes, '第18条')),
    'workforce.directorTrainingHours': entry(60, cite(d.directorTrainingOutline)),
    'workforce.caregiverTrainingHours': entry(120, cite(d.caregiverTrainingOutline)),
    'workforce.healthStaffFullTimeThreshold': entry(150, cite(d.healthCareRules, null, 'healthStaffRule')),
    'workforce.staffHealthCheckIntervalMonths': entry(12, cite(d.managementNormsSecondHand, '第28条')),

    'safety.videoRetentionDays': entry(90, cite(d.managementNorms, '第32条')),
    'safety.videoAllChildAreas24h': entry(true, cite(d.managementNorms, '第32条')),
    'safety.healthChecksTwiceDaily': entry(true, cite(d.managementNormsSecondHand, '第18条')),
    'safety.outdoorActivityHours': entry(2, cite(d.managementNormsSecondHand, '第24条')),
    'safety.reentryHealthCheckAfterMonths': entry(3, cite(d.managementNormsSecondHand, '第11条')),
    'safety.observationRoomMinArea': entry(6, cite(d.healthEvaluation)),
    'safety.windowFloorRatio': entry(20, cite(d.healthEvaluation)),

    'familyPoint.maxChildren': entry(5, cite(d.familyPointRules)),
    'familyPoint.carerRatio': entry('1:3', cite(d.familyPointRules)),
    'familyPoint.premisesLeaseMinYears': entry(3, cite(d.familyPointRules)),

    'quality.standard': entry('national', cite(d.qualityStandardFirstHand, null, 'qualityInForce')),
    'quality.totalPoints': entry(1000, cite(d.qualityStandard)),
    'quality.vetoItems': entry(16, cite(d.qualityStandard)),

    'subsidies.centralPerNewInclusivePlace': entry(1_000_000, cite(d.centralSupport, null, 'oneOffPerPlace')),

    'catchment.walkMinutes': entry(15, cite(d.methodDefaults, null, 'methodDefault')),
    'catchment.walkDistance': entry(1000, cite(d.methodDefaults, null, 'methodDefault')),
    'catchment.walkingSpeed': entry(67, cite(d.methodDefaults, null, 'walkingSpeed')),
    'catchment.acceptableDistance': entry(3000, cite(d.methodDefaults, null, 'parentSurvey')),

    'bookings.maxOpenPerChild': entry(3, cite(d.platformDefaults, null, 'platformDefault')),
    'bookings.offerValidDays': entry(7, cite(d.platformDefaults, null, 'platformDefault')),

    'cases.acknowledgeDays': entry(15, cite(d.petitionRules, null, 'petitionAcknowledge')),
    'cases.resolveDays': entry(60, cite(d.petitionRules, null, 'petitionResolve')),
    'cases.countWorkingDays': entry(false, cite(d.petitionRules)),
    'cases.urgentAcknowledgeHours': entry(24, cite(d.managementNormsSecondHand, '第25条', 'urgentAtOnce')),
    'cases.departmentAbuse': entry('publicSecurity', cite(d.managementNormsSecondHand, '第25条', 'abuseToPolice')),
    'cases.departmentFood': entry('marketRegulation', cite(d.foodSafetyLaw, '第六条')),
    'cases.departmentFees': entry('marketRegulation', cite(d.priceLaw, null, 'priceSupervision')),
    'cases.duplicateWindowDays': entry(7, cite(d.platformDefaults, null, 'platformDefault')),
    'cases.perPhonePerDay': entry(5, cite(d.platformDefaults, null, 'platformDefault')),
    'cases.perAddressPerDay': entry(20, cite(d.platformDefaults, null, 'platformDefault')),
  },
};
