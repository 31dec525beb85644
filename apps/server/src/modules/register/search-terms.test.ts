import { describe, expect, it } from 'vitest';
import { searchTerms } from './search-terms.ts';

describe('search terms', () => {
  it('cuts Chinese text into words', () => {
    expect(searchTerms('阳光托育')).toEqual(['阳光', '托育']);
    expect(searchTerms('朝阳区阳光宝贝托育中心')).toEqual(['朝阳区', '阳光', '宝贝', '托育', '中心']);
  });

  it('drops spaces and punctuation, keeps Latin words and repeats once', () => {
    expect(searchTerms(' 望京，托育 ')).toEqual(['望京', '托育']);
    expect(searchTerms('Happy Kids 托育 托育')).toEqual(['Happy', 'Kids', '托育']);
    expect(searchTerms('％％，')).toEqual([]);
  });

  it('folds full-width characters', () => {
    expect(searchTerms('ＡＢＣ托育')).toEqual(['ABC', '托育']);
  });
});
