import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { NATIONAL, type PolicyDocumentStatus } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { jurisdictions } from '../jurisdictions/index.ts';
import { PolicyLibraryErrors } from './policy-library.errors.ts';
import { policyDocuments as d, type PolicyDocumentRow } from './policy-library.tables.ts';

const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUniqueViolation = (error: unknown) => [error, (error as { cause?: unknown })?.cause].some((e) => (e as { code?: string })?.code === '23505');

/** The columns a write sets; the search columns come from search-columns.ts. */
export type DocumentValues = Omit<typeof d.$inferInsert, 'id' | 'createdAt' | 'status' | 'revision' | 'publishedAt'>;

export async function findDocumentJurisdiction(exec: Executor, id: string): Promise<string | null> {
  if (!isUuid.test(id)) return null;
  const [row] = await exec.select({ jurisdictionCode: d.jurisdictionCode }).from(d).where(eq(d.id, id));
  return row?.jurisdictionCode ?? null;
}

/** A document as pages show it: without its search columns, with the name of its jurisdiction. */
const documentColumns = {
  id: d.id,
  title: d.title,
  issuer: d.issuer,
  documentNumber: d.documentNumber,
  issuedOn: d.issuedOn,
  jurisdictionCode: d.jurisdictionCode,
  jurisdictionName: jurisdictions.nameZh,
  jurisdictionNameEn: jurisdictions.nameEn,
  tags: d.tags,
  body: d.body,
  source: d.source,
  sourceUrl: d.sourceUrl,
  status: d.status,
  revision: d.revision,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
  publishedAt: d.publishedAt,
};

function selectDocuments(exec: Executor) {
  return exec.select(documentColumns).from(d).leftJoin(jurisdictions, eq(jurisdictions.code, d.jurisdictionCode));
}
export type DocumentView = Awaited<ReturnType<typeof selectDocuments>>[number];

export async function findDocumentView(exec: Executor, id: string, options: { publishedOnly: boolean }): Promise<DocumentView | null> {
  if (!isUuid.test(id)) return null;
  const [row] = await selectDocuments(exec).where(and(eq(d.id, id), options.publishedOnly ? eq(d.status, 'published') : undefined));
  return row ?? null;
}

export async function lockDocument(tx: Executor, id: string): Promise<PolicyDocumentRow | null> {
  const [row] = await tx.select().from(d).where(eq(d.id, id)).for('update');
  return row ?? null;
}

/** A document installed from the shipped data, locked: installing again compares it with the shipped text. */
export async function findShippedDocument(tx: Executor, shippedKey: string): Promise<PolicyDocumentRow | null> {
  const [row] = await tx.select().from(d).where(eq(d.shippedKey, shippedKey)).for('update');
  return row ?? null;
}

/** A document number (文号) names one document: a second entry of it is a duplicate. */
async function mappingDuplicates<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(PolicyLibraryErrors.POLICY_DOCUMENT_NUMBER_TAKEN);
    throw error;
  }
}

export function insertDocument(tx: Executor, values: DocumentValues & { status?: PolicyDocumentStatus; publishedAt?: Date | null }): Promise<PolicyDocumentRow> {
  return mappingDuplicates(async () => (await tx.insert(d).values(values).returning())[0]!);
}

/** Applies a change and moves the revision on; the caller holds the row's lock and checked the revision. */
export function updateDocument(tx: Executor, id: string, changes: Partial<DocumentValues> & { status?: PolicyDocumentStatus; publishedAt?: Date | null }): Promise<PolicyDocumentRow> {
  return mappingDuplicates(async () => (await tx.update(d).set({ ...changes, revision: sql`${d.revision} + 1`, updatedAt: new Date() }).where(eq(d.id, id)).returning())[0]!);
}

/** What a search looks for: tsquery input per query word, and the phrase for a substring match. */
export type SearchSpec = {
  /** One tsquery per word of the query; a document matches when it has any of them. */
  termQueries: string[];
  /** The same, restricted to the title (weight A), to rank title matches first. */
  titleQueries: string[];
  /** The normalised query as an ILIKE pattern, for phrases jieba cuts differently and document numbers. */
  phrasePattern: string | null;
  statuses: readonly PolicyDocumentStatus[];
  jurisdiction?: string;
  tag?: string;
  page: number;
  pageSize: number;
};

const matchedCount = (queries: string[]) => sql.join(queries.map((q) => sql`(${d.searchVector} @@ ${q}::tsquery)::int`), sql` + `);

export async function searchDocuments(exec: Executor, spec: SearchSpec): Promise<{ rows: DocumentView[]; total: number }> {
  const anyQuery = spec.termQueries.map((q) => `(${q})`).join(' | ');
  // At least half of the query's words: a word most documents hold (托育) alone does not make a match.
  const minimumMatched = Math.ceil(spec.termQueries.length / 2);
  const anyTerm = anyQuery ? sql`(${d.searchVector} @@ ${anyQuery}::tsquery and ${matchedCount(spec.termQueries)} >= ${minimumMatched})` : undefined;
  const phrase = spec.phrasePattern ? sql`${d.searchText} ilike ${spec.phrasePattern}` : undefined;
  const isSearch = !!(anyTerm || phrase);
  const where = and(
    inArray(d.status, [...spec.statuses]),
    spec.jurisdiction ? eq(d.jurisdictionCode, spec.jurisdiction) : undefined,
    spec.tag ? sql`${spec.tag} = any(${d.tags})` : undefined,
    isSearch ? sql`(${sql.join([anyTerm, phrase].filter((c): c is SQL => !!c), sql` or `)})` : undefined,
  );
  // More of the query's words first, then more of them in the title, then the exact phrase in the
  // title or number, then how densely the words occur (ts_rank_cd); the newest breaks ties.
  const relevance: SQL[] = [
    ...(anyTerm ? [desc(matchedCount(spec.termQueries)), desc(matchedCount(spec.titleQueries))] : []),
    ...(spec.phrasePattern ? [desc(sql`(${d.title} ilike ${spec.phrasePattern} or coalesce(${d.documentNumber} ilike ${spec.phrasePattern}, false))`)] : []),
    ...(anyTerm ? [desc(sql`ts_rank_cd(${d.searchVector}, ${anyQuery}::tsquery)`)] : []),
  ];
  const rows = await selectDocuments(exec)
    .where(where)
    .orderBy(...relevance, sql`${d.issuedOn} desc nulls last`, asc(d.id))
    .limit(spec.pageSize)
    .offset((spec.page - 1) * spec.pageSize);
  const [total] = await exec.select({ n: count() }).from(d).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Topics and issuing jurisdictions of published documents, most used first. */
export async function listFacets(exec: Executor) {
  const published = eq(d.status, 'published');
  const used = exec.select({ tag: sql<string>`unnest(${d.tags})`.as('tag') }).from(d).where(published).as('used');
  const tags = await exec.select({ tag: used.tag, count: count() }).from(used).groupBy(used.tag).orderBy(desc(count()), asc(used.tag));
  const places = await exec
    .select({ code: d.jurisdictionCode, name: jurisdictions.nameZh, nameEn: jurisdictions.nameEn, count: count() })
    .from(d)
    .leftJoin(jurisdictions, eq(jurisdictions.code, d.jurisdictionCode))
    .where(published)
    .groupBy(d.jurisdictionCode, jurisdictions.nameZh, jurisdictions.nameEn)
    // National first, then cities before their districts (by code).
    .orderBy(sql`${d.jurisdictionCode} = ${NATIONAL} desc`, asc(d.jurisdictionCode));
  return { tags, jurisdictions: places };
}
