import { byYear, cite, entry, type ShippedProfile } from './define.ts';
import { documents as d } from './documents.ts';

const goals = cite(d.tianjinPlan, '二、工作目标');
const facilities = cite(d.tianjinPlan, '三（二）7');

/** Tianjin (120000): the 14th five-year plan (2021–2025); targets are for its end, 2025. */
export const tianjinProfile: ShippedProfile = {
  shippedKey: 'tianjin/2021',
  jurisdictionCode: '120000',
  effectiveFrom: '2021-01-01',
  values: {
    'targets.placesPer1000': entry(byYear({ 2025: 4.5 }), goals),
    'targets.inclusiveShare': entry(byYear({ 2025: 60 }), goals),
    'targets.certifiedCaregiverRate': entry(byYear({ 2025: 100 }), goals),
    'targets.communityCoverage': entry(byYear({ 2025: 60 }), facilities),
    'targets.yearlyDistrictSplit': entry(true, cite(d.tianjinPlan, '五（三）')),

    'planning.newResidentialPlacesPer1000': entry(4, facilities),
    'planning.newResidentialMinResidents': entry(10_000, facilities),
    'planning.existingAreasCatchUp': entry(true, facilities),

    'workforce.directorTrainingHours': entry(60, cite(d.tianjinPlan, '三（一）5')),
    'workforce.caregiverTrainingHours': entry(120, cite(d.tianjinPlan, '三（一）5')),

    'fees.utilitiesAtResidentialPrices': entry(true, cite(d.tianjinPlan, '三（一）4')),
  },
};
