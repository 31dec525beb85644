import { z } from 'zod';
import { IsoDate, IsoDateTime, JurisdictionCode } from '../common/index.ts';
import { PolicyKey, PolicyKeySpec } from './catalogue.ts';
import { PolicyValue } from './values.ts';

/** Where a value came from when profiles are merged: national ← city ← district. */
export const policyLevels = ['national', 'city', 'district'] as const;
export const PolicyLevel = z.enum(policyLevels);
export type PolicyLevel = z.infer<typeof PolicyLevel>;

export const profileStatuses = ['draft', 'active', 'superseded'] as const;
export const ProfileStatus = z.enum(profileStatuses);
export type ProfileStatus = z.infer<typeof ProfileStatus>;

/** The national rule set has the pseudo-code `national`; cities and districts their 6-digit code. */
export const NATIONAL = 'national';
export const ProfileJurisdiction = z.union([z.literal(NATIONAL), z.string().regex(/^\d{6}$/, { message: 'city or district code' })]);
export type ProfileJurisdiction = z.infer<typeof ProfileJurisdiction>;

/** The document a value rests on. `isSecondHand`: quoted from a secondary source, shown as "to confirm". */
export const PolicyBasis = z
  .object({
    document: z.string().trim().min(1).max(200),
    article: z.string().trim().max(100).nullable(),
    isSecondHand: z.boolean(),
    note: z.string().trim().max(1000).nullable(),
    noteKey: z.string().max(100).nullable().describe('i18n key of a shipped note; shown instead of `note`'),
  })
  .meta({ id: 'PolicyBasis' });
export type PolicyBasis = z.infer<typeof PolicyBasis>;

export const PolicyBasisInput = z.strictObject({
  document: z.string().trim().min(1).max(200),
  article: z.string().trim().max(100).nullable().default(null),
  isSecondHand: z.boolean().default(false),
  note: z.string().trim().max(1000).nullable().default(null),
  noteKey: z.string().max(100).nullable().default(null),
});

/** One key's value in one profile version. `loosensReason`: why it is less strict than the national rule. */
export const PolicyEntry = z
  .object({ value: PolicyValue, basis: PolicyBasis, loosensReason: z.string().nullable() })
  .meta({ id: 'PolicyEntry' });
export type PolicyEntry = z.infer<typeof PolicyEntry>;

export const PolicyEntryInput = z.strictObject({
  value: PolicyValue,
  basis: PolicyBasisInput,
  loosensReason: z.string().trim().min(1).max(1000).nullable().default(null),
});
export type PolicyEntryInput = z.infer<typeof PolicyEntryInput>;

export const PolicyProfileSummary = z
  .object({
    id: z.uuid(),
    jurisdictionCode: ProfileJurisdiction,
    level: PolicyLevel,
    version: z.number().int(),
    status: ProfileStatus,
    effectiveFrom: IsoDate,
    effectiveTo: IsoDate.nullable().describe('last day it applies; null = open'),
    revision: z.number().int().describe('send it back with an edit or publish; a stale one is refused (409 CONFLICT)'),
    reason: z.string().nullable(),
    isShipped: z.boolean().describe('installed from the data shipped with the platform'),
    createdByName: z.string().nullable(),
    createdAt: IsoDateTime,
    publishedByName: z.string().nullable(),
    publishedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'PolicyProfileSummary' });
export type PolicyProfileSummary = z.infer<typeof PolicyProfileSummary>;

export const Loosening = z.object({ key: PolicyKey, value: PolicyValue, nationalValue: PolicyValue, reason: z.string().nullable() });
export type Loosening = z.infer<typeof Loosening>;

export const PolicyProfileVersion = PolicyProfileSummary.extend({
  notes: z.string().nullable(),
  values: z.record(z.string(), PolicyEntry),
  loosenings: z.array(Loosening).describe('keys less strict than the national rule in effect, with the recorded reason'),
  updatedAt: IsoDateTime,
}).meta({ id: 'PolicyProfileVersion' });
export type PolicyProfileVersion = z.infer<typeof PolicyProfileVersion>;

export const PolicyProfileList = z.object({
  items: z.array(
    z.object({
      jurisdictionCode: ProfileJurisdiction,
      level: PolicyLevel,
      current: PolicyProfileSummary.nullable().describe('the version in effect today'),
      versions: z.array(PolicyProfileSummary).describe('newest first'),
    }),
  ),
});
export type PolicyProfileList = z.infer<typeof PolicyProfileList>;

export const PolicyProfilesQuery = z.object({ jurisdiction: ProfileJurisdiction.optional() });

export const EffectivePoliciesQuery = z.object({
  jurisdiction: z.union([z.literal(NATIONAL), JurisdictionCode]),
  date: IsoDate.optional().describe('default: today (Asia/Shanghai)'),
});
export const PublicEffectivePoliciesQuery = EffectivePoliciesQuery.pick({ jurisdiction: true });

export const ResolvedPolicyValue = z
  .object({
    value: PolicyValue,
    basis: PolicyBasis.nullable(),
    level: PolicyLevel.nullable().describe('the level the value came from; null when no level sets the key'),
    jurisdictionCode: ProfileJurisdiction.nullable(),
    versionId: z.uuid().nullable(),
    loosensReason: z.string().nullable(),
  })
  .meta({ id: 'ResolvedPolicyValue' });
export type ResolvedPolicyValue = z.infer<typeof ResolvedPolicyValue>;

export const PolicySource = z.object({
  level: PolicyLevel,
  jurisdictionCode: ProfileJurisdiction,
  versionId: z.uuid(),
  version: z.number().int(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
});

export const EffectivePolicies = z
  .object({
    jurisdictionCode: z.string(),
    date: IsoDate,
    sources: z.array(PolicySource).describe('the profile versions merged, national first'),
    values: z.record(z.string(), ResolvedPolicyValue),
  })
  .meta({ id: 'EffectivePolicies' });
export type EffectivePolicies = z.infer<typeof EffectivePolicies>;

export const PolicyCatalogue = z.object({ groups: z.array(z.string()), keys: z.array(PolicyKeySpec) }).meta({ id: 'PolicyCatalogue' });
export type PolicyCatalogue = z.infer<typeof PolicyCatalogue>;

export const CreateDraftBody = z.strictObject({
  jurisdictionCode: ProfileJurisdiction,
  effectiveFrom: IsoDate.optional().describe('default: today, or the day after the current version starts'),
});

export const UpdateDraftBody = z.strictObject({
  revision: z.number().int().min(1),
  // Keys are checked against the catalogue by the service, which names each unknown one.
  values: z.record(z.string().max(100), PolicyEntryInput.nullable()).optional().describe('keys to set; null removes the key, so the lower level applies'),
  reason: z.string().trim().max(1000).nullable().optional(),
  notes: z.string().trim().max(4000).nullable().optional(),
  effectiveFrom: IsoDate.optional(),
});
export type UpdateDraftBody = z.infer<typeof UpdateDraftBody>;

export const PublishBody = z.strictObject({ revision: z.number().int().min(1) });
