import type { PolicyDocumentStatus, PolicySearchQuery } from '@youyu/contracts';
import { normaliseText, queryTermsOf, searchVectorOf, termQueryOf, type QueryTerm } from './policy-terms.ts';
import type { SearchSpec } from './policy-library.repository.ts';

/** Shorter phrases are words jieba already finds; a substring match would only add noise. */
const MIN_PHRASE_LENGTH = 3;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The search columns of a document, recomputed by every write that changes its text. */
export function searchColumnsOf(doc: { title: string; issuer: string; documentNumber: string | null; tags: readonly string[]; body: string }) {
  return {
    searchVector: searchVectorOf([
      { text: doc.title, weight: 'A' },
      { text: [doc.issuer, doc.documentNumber ?? '', ...doc.tags].join(' '), weight: 'B' },
      { text: doc.body, weight: 'C' },
    ]),
    searchText: normaliseText([doc.title, doc.documentNumber ?? '', doc.issuer, ...doc.tags, doc.body].join('\n')),
  };
}

/** A query's words, and every form of them worth marking in a title or passage. */
export type ParsedQuery = { terms: QueryTerm[]; highlightWords: string[]; spec: Omit<SearchSpec, 'statuses' | 'page' | 'pageSize' | 'jurisdiction' | 'tag'> };

export function parseQuery(q: string | undefined): ParsedQuery {
  const text = q ? normaliseText(q) : '';
  const terms = text ? queryTermsOf(text) : [];
  const phrase = [...text].length >= MIN_PHRASE_LENGTH ? text : null;
  return {
    terms,
    highlightWords: [...terms.flatMap((t) => [t.word, ...t.parts]), ...(phrase ? [phrase] : [])],
    spec: {
      termQueries: terms.map((t) => termQueryOf(t)),
      titleQueries: terms.map((t) => termQueryOf(t, { inTitle: true })),
      phrasePattern: phrase ? likePattern(phrase) : null,
    },
  };
}

export function searchSpecOf(query: PolicySearchQuery, statuses: readonly PolicyDocumentStatus[]): { parsed: ParsedQuery; spec: SearchSpec } {
  const parsed = parseQuery(query.q);
  return { parsed, spec: { ...parsed.spec, statuses, jurisdiction: query.jurisdiction, tag: query.tag, page: query.page, pageSize: query.pageSize } };
}
