import { z } from 'zod';
import { IsoDate, IsoDateTime, Page, paginated } from '../common/index.ts';
import { ProfileJurisdiction } from '../policies/schemas.ts';

/**
 * The policy library (托育政策查询, FAM-3): policy documents with their issuing body, document
 * number (文号) and date, searchable in Chinese. Public readers see published documents only.
 */

export const policyDocumentStatuses = ['draft', 'published'] as const;
export const PolicyDocumentStatus = z.enum(policyDocumentStatuses);
export type PolicyDocumentStatus = z.infer<typeof PolicyDocumentStatus>;

/** `national`, or the 6-digit code of the city or district that issued the document. */
export const PolicyDocumentJurisdiction = ProfileJurisdiction;

const Tag = z.string().trim().min(1).max(20);
const Text = (max: number) => z.string().trim().min(1).max(max);

const documentFields = {
  title: Text(200),
  issuer: Text(100).describe('Issuing body (发文机关), e.g. 北京市人民政府办公厅'),
  documentNumber: z.string().trim().max(60).nullable().describe('Document number (文号), e.g. 京政办发〔2023〕6号; null when it has none').meta({ examples: ['京政办发〔2023〕6号'] }),
  issuedOn: IsoDate.nullable().describe('Date of issue (成文日期); null when unknown'),
  jurisdictionCode: PolicyDocumentJurisdiction,
  tags: z.array(Tag).max(10).describe('Topics, e.g. 普惠托育, 备案, 补贴'),
  body: z.string().max(200_000).describe('The full text, paragraphs separated by line breaks; empty when the library holds only the reference'),
  source: z.string().trim().max(200).nullable().describe('Where the text comes from (出处)'),
  sourceUrl: z.url({ protocol: /^https?$/ }).max(500).nullable(),
};

export const NewPolicyDocument = z.strictObject({
  ...documentFields,
  documentNumber: documentFields.documentNumber.default(null),
  issuedOn: documentFields.issuedOn.default(null),
  tags: documentFields.tags.default([]),
  body: documentFields.body.default(''),
  source: documentFields.source.default(null),
  sourceUrl: documentFields.sourceUrl.default(null),
});
export type NewPolicyDocument = z.infer<typeof NewPolicyDocument>;

/** Changes at the revision last read; absent fields stay as they are. */
export const PolicyDocumentChanges = z.strictObject({
  revision: z.number().int().min(1),
  ...z.object(documentFields).partial().shape,
});
export type PolicyDocumentChanges = z.infer<typeof PolicyDocumentChanges>;

/** Publishing and unpublishing name the revision they were decided on. */
export const PolicyDocumentRevision = z.strictObject({ revision: z.number().int().min(1) });
export type PolicyDocumentRevision = z.infer<typeof PolicyDocumentRevision>;

const searchFilters = {
  q: z.string().trim().min(1).max(100).optional().describe('What to look for, in Chinese or English. The text is split into words (jieba); a document holding at least half of them matches, and more of the words, in the title first, rank higher. 3 or more characters also match as a phrase.').meta({ examples: ['普惠托育补贴'] }),
  jurisdiction: PolicyDocumentJurisdiction.optional().describe('`national`, or a city or district code: documents issued there'),
  tag: Tag.optional().describe('Documents with this topic'),
};

export const PolicySearchQuery = Page.extend(searchFilters);
export type PolicySearchQuery = z.infer<typeof PolicySearchQuery>;

export const PolicyDocumentListQuery = Page.extend({ ...searchFilters, status: PolicyDocumentStatus.optional() });
export type PolicyDocumentListQuery = z.infer<typeof PolicyDocumentListQuery>;

/** Any text is accepted so that a malformed id is a plain 404, like an unknown one. */
export const PolicyDocumentIdParams = z.object({ id: z.string().max(64).describe('The document’s id (UUID)') });

/** A piece of text; `isHit` marks a word of the query, for highlighting. */
export const TextSegment = z.object({ text: z.string(), isHit: z.boolean() });
export type TextSegment = z.infer<typeof TextSegment>;

const summaryFields = {
  id: z.uuid(),
  title: z.string(),
  issuer: z.string(),
  documentNumber: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  jurisdictionCode: PolicyDocumentJurisdiction,
  jurisdictionName: z.string().nullable().describe('Chinese name of the city or district; null for national documents'),
  jurisdictionNameEn: z.string().nullable(),
  tags: z.array(z.string()),
};

export const PolicySearchHit = z
  .object({
    ...summaryFields,
    titleSegments: z.array(TextSegment).describe('The title cut where query words occur'),
    snippet: z.array(TextSegment).describe('A passage of the body around the query words (its opening without a query); "…" marks cut text'),
    hasText: z.boolean().describe('false when the library holds only the reference, not the text'),
  })
  .meta({ id: 'PolicySearchHit' });
export type PolicySearchHit = z.infer<typeof PolicySearchHit>;

export const PolicySearchPage = z
  .object({
    items: z.array(PolicySearchHit),
    total: z.number().int(),
    terms: z.array(z.string()).describe('The words the query was split into'),
  })
  .meta({ id: 'PolicySearchPage' });
export type PolicySearchPage = z.infer<typeof PolicySearchPage>;

export const PublicPolicyDocument = z
  .object({
    ...summaryFields,
    body: z.string(),
    source: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    publishedAt: IsoDateTime.nullable(),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'PublicPolicyDocument' });
export type PublicPolicyDocument = z.infer<typeof PublicPolicyDocument>;

/** As regulators see it: any status, with the revision to edit at and whether the caller may. */
export const PolicyDocument = PublicPolicyDocument.extend({
  status: PolicyDocumentStatus,
  revision: z.number().int(),
  canEdit: z.boolean(),
  createdAt: IsoDateTime,
}).meta({ id: 'PolicyDocument' });
export type PolicyDocument = z.infer<typeof PolicyDocument>;

export const PolicyDocumentListItem = z
  .object({
    ...summaryFields,
    status: PolicyDocumentStatus,
    revision: z.number().int(),
    canEdit: z.boolean(),
    hasText: z.boolean(),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'PolicyDocumentListItem' });
export type PolicyDocumentListItem = z.infer<typeof PolicyDocumentListItem>;
export const PolicyDocumentPage = paginated(PolicyDocumentListItem);
export type PolicyDocumentPage = z.infer<typeof PolicyDocumentPage>;

/** What the filters offer: topics and issuing jurisdictions of published documents, with counts. */
export const PolicyLibraryFacets = z
  .object({
    tags: z.array(z.object({ tag: z.string(), count: z.number().int() })),
    jurisdictions: z.array(z.object({ code: PolicyDocumentJurisdiction, name: z.string().nullable(), nameEn: z.string().nullable(), count: z.number().int() })),
  })
  .meta({ id: 'PolicyLibraryFacets' });
export type PolicyLibraryFacets = z.infer<typeof PolicyLibraryFacets>;
