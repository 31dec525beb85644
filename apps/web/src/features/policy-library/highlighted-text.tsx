import type { TextSegment } from '@youyu/contracts';

const markStyle = { background: '#fff1b8', color: 'inherit', padding: '0 1px', borderRadius: 2 } as const;

/** Text cut into segments by the server; the query's words are marked. Plain text only, never HTML. */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.isHit ? (
          <mark key={i} style={markStyle}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Marks the given words in a text on the page itself (the document page, reached from a search). */
export function markWords(text: string, words: readonly string[]): TextSegment[] {
  const usable = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [{ text, isHit: false }];
  const matcher = new RegExp(`(${usable.map(escapeRegExp).join('|')})`, 'giu');
  const segments: TextSegment[] = [];
  for (const part of text.split(matcher).filter((p) => p.length > 0)) {
    const isHit = usable.some((w) => w.toLowerCase() === part.toLowerCase());
    const last = segments.at(-1);
    // 普惠 followed by 托育 is marked as one stretch, not two.
    if (last && last.isHit === isHit) last.text += part;
    else segments.push({ text: part, isHit });
  }
  return segments;
}

/** Words found more often than this in a document mark nothing useful (托育 is everywhere). */
const MAX_MARKS_PER_WORD = 20;

/** The words worth marking in a text: those it holds, but not on every line. */
export function distinctiveWords(text: string, words: readonly string[]): string[] {
  return words.filter((w) => {
    const count = text.split(w).length - 1;
    return count > 0 && count <= MAX_MARKS_PER_WORD;
  });
}
