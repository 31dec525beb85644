import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Enough words for any real name; more would only make the query longer. */
const MAX_TERMS = 8;
const isWord = /[\p{L}\p{N}]/u;

let jieba: Jieba | null = null;

/**
 * The words of a search text, cut by jieba (Chinese word segmentation, loaded on first use):
 * 朝阳阳光托育 → 朝阳, 阳光, 托育. Punctuation and spaces are dropped, repeats removed.
 */
export function searchTerms(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  const words = jieba
    .cut(text.normalize('NFKC'), true)
    .map((w) => w.trim())
    .filter((w) => isWord.test(w));
  return [...new Set(words)].slice(0, MAX_TERMS);
}
