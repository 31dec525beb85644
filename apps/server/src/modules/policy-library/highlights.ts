import type { TextSegment } from '@youyu/contracts';

/** Long enough for two lines on a phone, short enough for a list. */
const SNIPPET_LENGTH = 110;
/** How much text before the first hit gives it context. */
const LEAD = 24;
const ELLIPSIS = '…';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the words anywhere in a text, longest first so 托育机构 wins over 托育; case-insensitive. */
function matcherOf(words: readonly string[]): RegExp | null {
  const unique = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  return unique.length > 0 ? new RegExp(unique.map(escapeRegExp).join('|'), 'giu') : null;
}

type Hit = { start: number; end: number; word: string };

function hitsIn(text: string, matcher: RegExp | null): Hit[] {
  if (!matcher) return [];
  return [...text.matchAll(matcher)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() }));
}

/** The text cut into plain and hit segments; adjacent plain text stays one segment. */
function segmentsOf(text: string, hits: readonly Hit[], offset = 0): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const hit of hits) {
    const start = hit.start - offset;
    const end = hit.end - offset;
    if (start < at || end > text.length) continue;
    if (start > at) segments.push({ text: text.slice(at, start), isHit: false });
    segments.push({ text: text.slice(start, end), isHit: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), isHit: false });
  return mergeAdjacent(segments);
}

/** 普惠 followed by 托育 is marked as one stretch, not two. */
function mergeAdjacent(segments: TextSegment[]): TextSegment[] {
  return segments.reduce<TextSegment[]>((merged, segment) => {
    const last = merged.at(-1);
    if (last && last.isHit === segment.isHit) last.text += segment.text;
    else merged.push({ ...segment });
    return merged;
  }, []);
}

/** A short text (a title) with the words marked wherever they occur. */
export function highlight(text: string, words: readonly string[]): TextSegment[] {
  return segmentsOf(text, hitsIn(text, matcherOf(words)));
}

/** The window of the text that holds the most different words, starting a little before its first hit. */
function bestWindowStart(hits: readonly Hit[]): number {
  let best = { start: 0, distinct: 0 };
  for (const first of hits) {
    const inWindow = hits.filter((h) => h.start >= first.start && h.end <= first.start + SNIPPET_LENGTH - LEAD);
    const distinct = new Set(inWindow.map((h) => h.word)).size;
    if (distinct > best.distinct) best = { start: first.start, distinct };
  }
  return Math.max(0, best.start - LEAD);
}

/**
 * A passage of a long text for a result list: around the place where most of the words meet, or
 * the opening when none occurs. Line breaks and indentation become single spaces.
 */
export function snippetOf(body: string, words: readonly string[]): TextSegment[] {
  const text = body.replace(/\s+/g, ' ').trim();
  const hits = hitsIn(text, matcherOf(words));
  const start = hits.length > 0 ? bestWindowStart(hits) : 0;
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const segments = segmentsOf(text.slice(start, end), hits, start);
  if (start > 0) segments.unshift({ text: ELLIPSIS, isHit: false });
  if (end < text.length) segments.push({ text: ELLIPSIS, isHit: false });
  return segments;
}
