import { describe, expect, it } from 'vitest';
import { indexWords, normaliseText, queryTermsOf, searchVectorOf, termQueryOf } from './policy-terms.ts';

describe('policy search words', () => {
  it('cuts childcare words out of their compounds', () => {
    expect(queryTermsOf('普惠托育补贴').map((t) => t.word)).toEqual(['普惠', '托育', '补贴']);
    expect(queryTermsOf('普惠托位').map((t) => t.word)).toEqual(['普惠', '托位']);
    expect(indexWords('每千人口拥有3岁以下婴幼儿托位数4.5个')).toEqual(expect.arrayContaining(['婴幼儿', '托位', '4', '5']));
  });

  it('leaves the words of a question out of the query', () => {
    expect(queryTermsOf('托育机构备案需要哪些材料？').map((t) => t.word)).toEqual(['托育', '机构', '备案', '需要', '材料']);
    expect(queryTermsOf('的 了 吗')).toEqual([]);
  });

  it('folds full-width letters, digits and case', () => {
    expect(normaliseText('ＷＳ／Ｔ　８２１')).toBe('ws/t 821');
    expect(queryTermsOf('WS/T 821').map((t) => t.word)).toEqual(['ws', 't', '821']);
  });

  it('quotes words so that quotes and backslashes are taken literally', () => {
    expect(termQueryOf({ word: "o'neil\\", parts: [] })).toBe("'o''neil\\\\'");
  });

  it('gives a query word its parts, for documents where jieba cut it apart', () => {
    const [term] = queryTermsOf('托育服务体系');
    expect(term!.parts.length).toBeGreaterThan(0);
    expect(termQueryOf({ word: '服务体系', parts: ['服务', '体系'] })).toBe("'服务体系' | ('服务' & '体系')");
    expect(termQueryOf({ word: '托育', parts: [] }, { inTitle: true })).toBe("'托育':A");
  });

  it('writes a weighted tsvector with positions across fields', () => {
    const vector = searchVectorOf([
      { text: '托育补贴', weight: 'A' },
      { text: '北京', weight: 'B' },
      { text: '补贴', weight: 'C' },
    ]);
    expect(vector).toMatch(/^'托育':1A '补贴':2A,\d+C/);
    expect(vector).toMatch(/'北京':\d+B/);
  });

  it('keeps positions within what PostgreSQL accepts', () => {
    const vector = searchVectorOf([{ text: '托育 '.repeat(20_000), weight: 'C' }]);
    const positions = vector.split(':')[1]!.split(',');
    expect(positions.length).toBeLessThanOrEqual(256);
    expect(Math.max(...positions.map((p) => Number.parseInt(p, 10)))).toBeLessThanOrEqual(16_383);
  });
});
