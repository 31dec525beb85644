import { byYear, cite, entry, type ShippedProfile } from './define.ts';
import { documents as d } from './documents.ts';

const goals = cite(d.beijingPlan, '二、工作目标');
const workforce = cite(d.beijingPlan, '三（五）14');

/** Beijing (110000): the 2023–2025 action plan's targets and the 2023 report's fee and subsidy rules. */
export const beijingProfile: ShippedProfile = {
  shippedKey: 'beijing/2023',
  jurisdictionCode: '110000',
  effectiveFrom: '2023-03-25',
  values: {
    'targets.placesPer1000': entry(byYear({ 2025: 4.5 }), goals),
    'targets.inclusiveShare': entry(byYear({ 2025: 60 }), goals),
    'targets.newInclusivePlacesKindergarten': entry(byYear({ 2025: 30_000 }), cite(d.beijingPlan, '二、工作目标', 'cumulativeTarget')),
    'targets.newInclusivePlacesCommunity': entry(byYear({ 2025: 32_000 }), cite(d.beijingPlan, '二、工作目标', 'cumulativeTarget')),
    'targets.subdistrictCoverage': entry(byYear({ 2025: 100 }), cite(d.beijingPlan, '二、工作目标', 'coreZones')),
    'targets.subdistrictCoverageEcological': entry(byYear({ 2025: 85 }), goals),
    'targets.districtCentrePerDistrict': entry(true, cite(d.beijingPlan, '三（二）4')),
    'targets.certifiedCaregiverRate': entry(byYear({ 2025: 90 }), workforce),
    'targets.directorTrainings': entry(byYear({ 2025: 1000 }), cite(d.beijingPlan, '三（五）14', 'cumulativeTarget')),
    'targets.caregiverTrainings': entry(byYear({ 2025: 5000 }), cite(d.beijingPlan, '三（五）14', 'cumulativeTarget')),

    'fees.publicFeePricing': entry('governmentGuided', cite(d.beijingReport, '一（二）')),
    'fees.publicFeeCapShareOfIncome': entry(20, cite(d.beijingReport, '一（二）', 'feeCapOfIncome')),
    'fees.otherInclusiveFeesMarketGuided': entry(true, cite(d.beijingReport, '一（二）')),
    'fees.utilitiesAtResidentialPrices': entry(true, cite(d.beijingPlan, '三（四）11')),

    'subsidies.byHeadCountToInstitution': entry(true, cite(d.beijingReport, '二（二）2')),
    'subsidies.perChild': entry(null, cite(d.beijingReport, '一（二）', 'amountNotPublished')),
    'subsidies.rent': entry(null, cite(d.beijingReport, '一（二）', 'amountNotPublished')),

    'quality.standard': entry('cityOwn', cite(d.beijingReport, '二（一）2')),
  },
};
