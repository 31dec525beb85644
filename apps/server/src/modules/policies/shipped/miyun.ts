import { byYear, cite, entry, type ShippedProfile } from './define.ts';
import { documents as d } from './documents.ts';

const draft = (section: string) => cite(d.miyunPlan, section, 'draftForComment');

/** Miyun district (110118), an override of Beijing's profile from its implementation plan (draft). */
export const miyunProfile: ShippedProfile = {
  shippedKey: 'miyun/2020',
  jurisdictionCode: '110118',
  // The draft carries no date; its first milestone is the end of 2020.
  effectiveFrom: '2020-01-01',
  values: {
    'targets.guidanceSixSessionsShare': entry(byYear({ 2022: 50, 2025: 80 }), draft('二（一）')),
    'targets.demonstrationUnits': entry(byYear({ 2020: 1 }), draft('二（二）')),
    // Miyun lies in Beijing's ecological conservation area, whose coverage target is 85 %.
    'targets.subdistrictCoverage': entry(byYear({ 2025: 85 }), cite(d.beijingPlan, '二、工作目标', 'ecologicalZone')),
    'planning.newResidentialPlacesPer1000': entry(4, draft('三（二）')),
    'planning.newResidentialMinResidents': entry(10_000, draft('三（二）')),
    'planning.existingAreasCatchUp': entry(true, draft('三（二）')),
    'safety.videoRetentionDays': entry(90, draft('二（四）3')),
    'safety.videoAllChildAreas24h': entry(true, draft('二（四）3')),
  },
};
