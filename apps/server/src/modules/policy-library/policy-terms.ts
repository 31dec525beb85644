import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Words of childcare policy that jieba's general dictionary misses or glues to their neighbours
 * (普惠托育 is one word there, so 普惠 alone would not find it). A high frequency makes jieba
 * prefer them; search mode still yields the longer words they are part of.
 */
const childcareWords = [
  '托育', '普惠', '婴幼儿', '照护', '备案', '托位', '托班', '托育点', '育儿', '保育', '保育师', '育婴员', '卫生保健',
  '晨午检', '托幼', '幼儿园', '示范', '补贴', '运营', '收费', '预付费', '整改', '督导', '从业人员', '用人单位', '社区',
  '嵌入式', '医育结合', '托育服务', '质量评估', '登记', '公建民营', '民办公助', '公办',
];

/** Words a question is made of that say nothing about its subject: left out of queries. */
const stopWords = new Set([
  '的', '了', '和', '与', '及', '或', '在', '是', '对', '为', '把', '被', '吗', '呢', '吧', '啊', '呀', '有', '要',
  '怎么', '怎么样', '怎样', '如何', '哪些', '哪个', '什么', '哪里', '请问', '我', '我们', '你', '可以', '能', '关于', '有关',
  'the', 'of', 'and', 'or', 'a', 'an', 'in', 'on', 'for', 'to', 'how', 'what',
]);

/** Enough words for any real question; more would only make the query longer. */
const MAX_TERMS = 8;
/** PostgreSQL keeps positions up to 16383 and at most 256 of them per word. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 256;
/** Between fields, so that words of the title and the body never count as near each other. */
const FIELD_GAP = 16;
const isWord = /[\p{L}\p{N}]/u;

let jieba: Jieba | null = null;
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(childcareWords.map((w) => `${w} 100000 n`).join('\n')));
  }
  return jieba;
}

/** The form text is compared in: full-width letters and digits folded (NFKC), lower case, single spaces. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const wordsOf = (words: string[]) => words.map((w) => w.trim()).filter((w) => isWord.test(w));

/**
 * Every word of a text for the index, in search mode: 托育服务体系 → 托育, 服务, 体系, 服务体系…
 * Without jieba's HMM guesses: they join unknown characters differently by context (点收, 最多收),
 * so a document and a query holding the same words could be cut apart differently.
 */
export function indexWords(text: string): string[] {
  return wordsOf(segmenter().cutForSearch(normaliseText(text), false));
}

/** A word of the query, and the smaller words it holds (for documents where jieba cut it apart). */
export type QueryTerm = { word: string; parts: string[] };

export function queryTermsOf(query: string): QueryTerm[] {
  const words = wordsOf(segmenter().cut(normaliseText(query), false)).filter((w) => !stopWords.has(w));
  return [...new Set(words)].slice(0, MAX_TERMS).map((word) => ({
    word,
    parts: [...new Set(wordsOf(segmenter().cutForSearch(word, false)))].filter((p) => p !== word && p.length > 1),
  }));
}

/** A lexeme quoted for tsvector and tsquery input: quotes doubled, backslashes escaped. */
const quoted = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

export type WeightedText = { text: string; weight: 'A' | 'B' | 'C' };

/**
 * The tsvector of a document as PostgreSQL input text ('托育':1A,5C …). Written out here rather
 * than by to_tsvector, whose parser treats a run of Chinese as one word and depends on the
 * database's locale: this way PGlite and PostgreSQL store exactly the same words.
 */
export function searchVectorOf(fields: readonly WeightedText[]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const field of fields) {
    for (const word of indexWords(field.text)) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(word) ?? [];
      if (list.length < MAX_POSITIONS_PER_WORD) list.push(`${position}${field.weight}`);
      positions.set(word, list);
    }
    position = Math.min(position + FIELD_GAP, MAX_POSITION);
  }
  return [...positions].map(([word, list]) => `${quoted(word)}:${[...new Set(list)].join(',')}`).join(' ');
}

/** A query term as tsquery input: the word itself, or all of its parts; `inTitle` matches weight A only. */
export function termQueryOf(term: QueryTerm, options: { inTitle?: boolean } = {}): string {
  const lexeme = (w: string) => (options.inTitle ? `${quoted(w)}:A` : quoted(w));
  return term.parts.length > 0 ? `${lexeme(term.word)} | (${term.parts.map(lexeme).join(' & ')})` : lexeme(term.word);
}
