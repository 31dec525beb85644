import { byYear, cite, entry, type ShippedProfile } from './define.ts';
import { documents as d } from './documents.ts';

const indicators = cite(d.chongqingPlan, '主要指标表');
const moreThan = cite(d.chongqingPlan, '主要指标表', 'moreThan');
const subsidy = cite(d.chongqingPlan, '二（三）11');

/** Chongqing (500000): the 2023–2025 three-year plan, its indicator table and operating subsidy. */
export const chongqingProfile: ShippedProfile = {
  shippedKey: 'chongqing/2023',
  jurisdictionCode: '500000',
  effectiveFrom: '2023-10-20',
  values: {
    'targets.placesPer1000': entry(byYear({ 2025: 4.5 }), indicators),
    'targets.inclusiveShare': entry(byYear({ 2025: 60 }), indicators),
    'targets.placeUtilisation': entry(byYear({}), cite(d.chongqingPlan, '主要指标表', 'atLeastNationalAverage')),
    'targets.placeUtilisationAtLeastNationalAverage': entry(true, indicators),
    'targets.subdistrictCoverage': entry(byYear({ 2025: 90 }), moreThan),
    'targets.kindergartensOfferingChildcare': entry(byYear({ 2023: 30, 2024: 35, 2025: 40 }), cite(d.chongqingPlan, '二（一）1')),
    'targets.parentingKnowledgeRate': entry(byYear({ 2025: 90 }), moreThan),
    'targets.districtCentres': entry(byYear({ 2025: 41 }), indicators),
    'targets.districtCentrePerDistrict': entry(true, cite(d.chongqingPlan, '二（二）6')),
    'targets.healthRecordRate': entry(byYear({ 2025: 100 }), indicators),
    'targets.certifiedCaregiverRate': entry(byYear({ 2025: 90 }), moreThan),
    'targets.nationalDemonstrationCities': entry(byYear({ 2025: 2 }), indicators),
    'targets.demonstrationUnits': entry(byYear({ 2025: 60 }), indicators),
    'targets.subsidisedTrainings': entry(byYear({ 2025: 15_000 }), cite(d.chongqingPlan, '二（二）7', 'cumulativeTarget')),
    'targets.employerChildcareDistrictShare': entry(byYear({ 2025: 100 }), cite(d.chongqingPlan, '二（一）2', 'perDistrictEmployer')),
    'targets.fifteenMinuteCircle': entry(true, cite(d.chongqingPlan, '一、工作目标')),

    'fees.publicFeePricing': entry('governmentGuided', cite(d.chongqingPlan, '二（三）9')),
    'fees.nonInclusiveFeesMarketRegulated': entry(true, cite(d.chongqingPlan, '二（三）9')),
    'fees.utilitiesAtResidentialPrices': entry(true, cite(d.chongqingPlan, '二（三）13')),

    'subsidies.operatingInfantClass': entry(90_000, subsidy),
    'subsidies.operatingToddlerClass': entry(80_000, subsidy),
    'subsidies.operatingTwosClass': entry(70_000, subsidy),
    'subsidies.cityShare': entry(null, cite(d.chongqingPlan, '二（三）11', 'costShareNotPublished')),

    'quality.gradingEnabled': entry(true, cite(d.chongqingPlan, '二（二）8')),
  },
};
