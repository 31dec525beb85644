import { z } from 'zod';
import { FilingStatus } from './enums.ts';

/** The most institutions one look-up answers: a pick list, not a registry page. */
export const institutionLookupLimit = 20;

/**
 * The administrators' institution look-up (create an institution account, assign an institution
 * role): institutions within the caller's jurisdiction by name, or by an exact credit code or id.
 */
export const InstitutionLookupQuery = z.object({
  q: z.string().trim().max(100).optional().describe('part of the name, or the exact credit code or id'),
  /** A 6-digit code (district, or city); outside the caller's jurisdiction answers 404. */
  district: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
export type InstitutionLookupQuery = z.infer<typeof InstitutionLookupQuery>;

export const InstitutionLookupItem = z
  .object({ id: z.uuid(), name: z.string(), districtCode: z.string(), filingStatus: FilingStatus })
  .meta({ id: 'InstitutionLookupItem' });
export type InstitutionLookupItem = z.infer<typeof InstitutionLookupItem>;

export const InstitutionLookup = z.object({ items: z.array(InstitutionLookupItem).max(institutionLookupLimit) });
export type InstitutionLookup = z.infer<typeof InstitutionLookup>;
