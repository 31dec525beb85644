import { z } from 'zod';
import { JurisdictionLevel } from '../common/index.ts';

/** Where a family can search from when it types a place: a district, subdistrict or community of the city. */
export const PlaceSearchQuery = z.object({
  q: z.string().trim().min(1).max(30).describe('Part of the name of a district, subdistrict (街道/乡镇) or community (社区/村)').meta({ examples: ['望京'] }),
});
export type PlaceSearchQuery = z.infer<typeof PlaceSearchQuery>;

export const Place = z
  .object({
    code: z.string(),
    level: JurisdictionLevel,
    name: z.string(),
    nameEn: z.string().nullable(),
    /** "朝阳区 望京街道", to tell apart places of the same name. */
    parentName: z.string().nullable(),
    lat: z.number().describe('A point to search from: the middle of the filed institutions there, or of the district’s outline'),
    lng: z.number(),
  })
  .meta({ id: 'Place' });
export type Place = z.infer<typeof Place>;
