import { describe, expect, it } from 'vitest';
import { highlight, snippetOf } from './highlights.ts';

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const hits = (segments: { text: string; isHit: boolean }[]) => segments.filter((s) => s.isHit).map((s) => s.text);

describe('highlights', () => {
  it('marks every occurrence, the longest word first', () => {
    const segments = highlight('托育机构登记和备案办法（托育）', ['托育', '托育机构', '备案']);
    expect(text(segments)).toBe('托育机构登记和备案办法（托育）');
    expect(hits(segments)).toEqual(['托育机构', '备案', '托育']);
  });

  it('marks adjacent words as one stretch', () => {
    expect(highlight('普惠托育服务', ['普惠', '托育'])).toEqual([
      { text: '普惠托育', isHit: true },
      { text: '服务', isHit: false },
    ]);
  });

  it('matches Latin letters whatever their case', () => {
    expect(hits(highlight('WS/T 821—2023', ['ws/t']))).toEqual(['WS/T']);
  });

  it('cuts a passage around the place where most words meet', () => {
    const body = `${'前言。'.repeat(100)}\n\n\u3000\u3000普惠托育机构可按规定享受运营补贴。${'其他内容。'.repeat(100)}`;
    const snippet = snippetOf(body, ['普惠', '补贴']);
    expect(snippet[0]).toEqual({ text: '…', isHit: false });
    expect(snippet.at(-1)).toEqual({ text: '…', isHit: false });
    expect(hits(snippet)).toEqual(['普惠', '补贴']);
    expect(text(snippet)).not.toContain('\n');
  });

  it('starts at the opening without words to look for', () => {
    const snippet = snippetOf('第一段。\n第二段。', []);
    expect(snippet).toEqual([{ text: '第一段。 第二段。', isHit: false }]);
  });

  it('gives nothing for an empty text', () => {
    expect(snippetOf('', ['托育'])).toEqual([]);
  });
});
