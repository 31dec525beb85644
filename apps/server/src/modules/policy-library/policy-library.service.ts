import {
  NATIONAL,
  type NewPolicyDocument,
  type PolicyDocument,
  type PolicyDocumentChanges,
  type PolicyDocumentListQuery,
  type PolicyDocumentPage,
  type PolicyDocumentRevision,
  type PolicyLibraryFacets,
  type PolicySearchPage,
  type PolicySearchQuery,
  type PublicPolicyDocument,
} from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { findJurisdiction } from '../jurisdictions/index.ts';
import { highlight, snippetOf } from './highlights.ts';
import { PolicyLibraryErrors } from './policy-library.errors.ts';
import { canEditDocument } from './policy-library.policy.ts';
import { findDocumentView, insertDocument, listFacets, lockDocument, searchDocuments, updateDocument, type DocumentView } from './policy-library.repository.ts';
import type { PolicyDocumentRow } from './policy-library.tables.ts';
import { searchColumnsOf, searchSpecOf } from './search.ts';

/** What every view of a document shows: what it is, who issued it, when, where, about what. */
function summaryOf(view: DocumentView) {
  return {
    id: view.id,
    title: view.title,
    issuer: view.issuer,
    documentNumber: view.documentNumber,
    issuedOn: view.issuedOn,
    jurisdictionCode: view.jurisdictionCode,
    jurisdictionName: view.jurisdictionName,
    jurisdictionNameEn: view.jurisdictionNameEn,
    tags: view.tags,
  };
}

const hasText = (view: DocumentView) => view.body.trim().length > 0;

function toPublic(view: DocumentView): PublicPolicyDocument {
  return { ...summaryOf(view), body: view.body, source: view.source, sourceUrl: view.sourceUrl, publishedAt: view.publishedAt?.toISOString() ?? null, updatedAt: view.updatedAt.toISOString() };
}

function toManaged(ctx: RequestContext, view: DocumentView): PolicyDocument {
  return { ...toPublic(view), status: view.status, revision: view.revision, canEdit: canEditDocument(ctx.actor, view.jurisdictionCode), createdAt: view.createdAt.toISOString() };
}

/** Published documents, the most relevant first (the newest first without a query), each with a highlighted passage. */
export async function searchPublishedDocuments(ctx: RequestContext, query: PolicySearchQuery): Promise<PolicySearchPage> {
  const { parsed, spec } = searchSpecOf(query, ['published']);
  const { rows, total } = await searchDocuments(ctx.db, spec);
  return {
    items: rows.map((view) => ({ ...summaryOf(view), titleSegments: highlight(view.title, parsed.highlightWords), snippet: snippetOf(view.body, parsed.highlightWords), hasText: hasText(view) })),
    total,
    terms: parsed.terms.map((t) => t.word),
  };
}

export async function getPublishedDocument(ctx: RequestContext, id: string): Promise<PublicPolicyDocument> {
  const view = await findDocumentView(ctx.db, id, { publishedOnly: true });
  if (!view) throw notFound();
  return toPublic(view);
}

export async function getPolicyLibraryFacets(ctx: RequestContext): Promise<PolicyLibraryFacets> {
  return listFacets(ctx.db);
}

/** Every document, drafts included, for the regulators who keep the library. */
export async function listDocuments(ctx: RequestContext, query: PolicyDocumentListQuery): Promise<PolicyDocumentPage> {
  const { spec } = searchSpecOf(query, query.status ? [query.status] : ['draft', 'published']);
  const { rows, total } = await searchDocuments(ctx.db, spec);
  return {
    items: rows.map((view) => ({ ...summaryOf(view), status: view.status, revision: view.revision, canEdit: canEditDocument(ctx.actor, view.jurisdictionCode), hasText: hasText(view), updatedAt: view.updatedAt.toISOString() })),
    total,
  };
}

export async function getDocument(ctx: RequestContext, id: string): Promise<PolicyDocument> {
  const view = await findDocumentView(ctx.db, id, { publishedOnly: false });
  if (!view) throw notFound();
  return toManaged(ctx, view);
}

/** National, or a city or district the jurisdictions list knows; never a subdistrict. */
async function assertDocumentJurisdiction(exec: Executor, code: string): Promise<void> {
  if (code === NATIONAL) return;
  const place = await findJurisdiction(exec, code);
  if (!place || (place.level !== 'city' && place.level !== 'district')) {
    throw new DomainError(PolicyLibraryErrors.POLICY_DOCUMENT_JURISDICTION_INVALID, { code }, [{ path: 'jurisdictionCode', code: 'invalid' }]);
  }
}

/** Tags as typed, without repeats. */
const tagsOf = (tags: readonly string[]) => [...new Set(tags)];

/** Adds a draft; publishing is a separate, deliberate step. */
export async function createDocument(ctx: RequestContext, input: NewPolicyDocument): Promise<PolicyDocument> {
  const id = await ctx.db.transaction(async (tx) => {
    await assertDocumentJurisdiction(tx, input.jurisdictionCode);
    const fields = { ...input, tags: tagsOf(input.tags) };
    const row = await insertDocument(tx, { ...fields, ...searchColumnsOf(fields), createdBy: ctx.actor?.userId ?? null, updatedBy: ctx.actor?.userId ?? null });
    await recordAudit(tx, ctx, { action: 'policyDocument.create', entityType: 'policyDocument', entityId: row.id, jurisdictionCode: auditPlace(row), after: auditedFields(row), details: { title: row.title } });
    return row.id;
  });
  return getDocument(ctx, id);
}

/** The row locked for this transaction, at the revision the caller read. */
async function lockAtRevision(tx: Executor, id: string, revision: number): Promise<PolicyDocumentRow> {
  const row = await lockDocument(tx, id);
  if (!row) throw notFound();
  if (row.revision !== revision) throw new DomainError('CONFLICT', { revision: row.revision });
  return row;
}

/** Edits a draft or a published document (the public sees the change at once). */
export async function updateDocumentAt(ctx: RequestContext, id: string, changes: PolicyDocumentChanges): Promise<PolicyDocument> {
  await ctx.db.transaction(async (tx) => {
    const { revision, ...edits } = changes;
    const before = await lockAtRevision(tx, id, revision);
    if (edits.jurisdictionCode !== undefined && edits.jurisdictionCode !== before.jurisdictionCode) {
      // Moving a document elsewhere needs the right to edit it there too.
      if (!canEditDocument(ctx.actor, edits.jurisdictionCode)) throw new DomainError(PolicyLibraryErrors.POLICY_DOCUMENT_JURISDICTION_OUT_OF_SCOPE, {}, [{ path: 'jurisdictionCode', code: 'outOfScope' }]);
      await assertDocumentJurisdiction(tx, edits.jurisdictionCode);
    }
    const merged = { ...before, ...edits, tags: tagsOf(edits.tags ?? before.tags) };
    const after = await updateDocument(tx, id, { ...edits, tags: merged.tags, ...searchColumnsOf(merged), updatedBy: ctx.actor?.userId ?? null });
    await recordAudit(tx, ctx, { action: 'policyDocument.update', entityType: 'policyDocument', entityId: id, jurisdictionCode: auditPlace(after), before: auditedFields(before), after: auditedFields(after), details: { fields: Object.keys(edits) } });
  });
  return getDocument(ctx, id);
}

export async function publishDocument(ctx: RequestContext, id: string, input: PolicyDocumentRevision): Promise<PolicyDocument> {
  await ctx.db.transaction(async (tx) => {
    const before = await lockAtRevision(tx, id, input.revision);
    if (before.status === 'published') throw new DomainError(PolicyLibraryErrors.POLICY_DOCUMENT_ALREADY_PUBLISHED);
    const after = await updateDocument(tx, id, { status: 'published', publishedAt: new Date(), updatedBy: ctx.actor?.userId ?? null });
    await recordAudit(tx, ctx, { action: 'policyDocument.publish', entityType: 'policyDocument', entityId: id, jurisdictionCode: auditPlace(after), before: auditedFields(before), after: auditedFields(after) });
  });
  return getDocument(ctx, id);
}

/** Takes a document off the public library; it stays as a draft to correct or publish again. */
export async function unpublishDocument(ctx: RequestContext, id: string, input: PolicyDocumentRevision): Promise<PolicyDocument> {
  await ctx.db.transaction(async (tx) => {
    const before = await lockAtRevision(tx, id, input.revision);
    if (before.status !== 'published') throw new DomainError(PolicyLibraryErrors.POLICY_DOCUMENT_NOT_PUBLISHED);
    const after = await updateDocument(tx, id, { status: 'draft', publishedAt: null, updatedBy: ctx.actor?.userId ?? null });
    await recordAudit(tx, ctx, { action: 'policyDocument.unpublish', entityType: 'policyDocument', entityId: id, jurisdictionCode: auditPlace(after), before: auditedFields(before), after: auditedFields(after) });
  });
  return getDocument(ctx, id);
}

/** National documents have no place in the audit log's jurisdiction column. */
const auditPlace = (row: PolicyDocumentRow) => (row.jurisdictionCode === NATIONAL ? null : row.jurisdictionCode);

/** The record as the audit chain digests it: the document, not its derived search columns. */
function auditedFields(row: PolicyDocumentRow) {
  const { searchVector: _vector, searchText: _text, ...fields } = row;
  return fields;
}
