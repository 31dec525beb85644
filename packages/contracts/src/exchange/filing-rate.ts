import { z } from 'zod';
import { JurisdictionCode } from '../common/index.ts';

export const FilingRateQuery = z.object({
  jurisdiction: JurisdictionCode.optional().describe("a city, district or subdistrict; defaults to the caller's own"),
});
export type FilingRateQuery = z.infer<typeof FilingRateQuery>;

/**
 * Registered = every institution with a registration that has not closed (withdrawn); filed = those
 * whose filing stands (filed or suspended). `rate` = filed / registered, null when none is registered.
 */
const Counts = z.object({
  registered: z.number().int(),
  filed: z.number().int(),
  inProgress: z.number().int().describe('a filing drafted, submitted, under review or returned'),
  notStarted: z.number().int().describe('registered, no filing begun'),
  refused: z.number().int(),
  rate: z.number().nullable(),
});

export const FilingRateArea = Counts.extend({ code: z.string(), name: z.string() });
export type FilingRateArea = z.infer<typeof FilingRateArea>;

export const FilingRate = Counts.extend({
  jurisdictionCode: z.string(),
  name: z.string(),
  byArea: z.array(FilingRateArea).describe('the districts of a city, the subdistricts of a district'),
}).meta({ id: 'FilingRate' });
export type FilingRate = z.infer<typeof FilingRate>;
