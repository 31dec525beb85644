import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors/index.ts';
import { ancestorsOf, cityCodeOf, descendantPrefix, levelOfCode, parentCodeOf } from './jurisdiction-codes.ts';

describe('jurisdiction codes', () => {
  it('reads the level from the code', () => {
    expect(levelOfCode('110000')).toBe('city');
    expect(levelOfCode('110105')).toBe('district');
    expect(levelOfCode('500243')).toBe('district');
    expect(levelOfCode('110105001')).toBe('subdistrict');
    expect(levelOfCode('110105001001')).toBe('community');
  });

  it('walks from the city down, skipping the 市辖区 pseudo-level', () => {
    expect(ancestorsOf('110000')).toEqual(['110000']);
    expect(ancestorsOf('110105')).toEqual(['110000', '110105']);
    expect(ancestorsOf('110105001')).toEqual(['110000', '110105', '110105001']);
    expect(ancestorsOf('500229101201')).toEqual(['500000', '500229', '500229101', '500229101201']);
    expect(cityCodeOf('500229101')).toBe('500000');
  });

  it('knows each parent and the prefix every descendant shares', () => {
    expect(parentCodeOf('110000')).toBeNull();
    expect(parentCodeOf('120116')).toBe('120000');
    expect(parentCodeOf('110105001001')).toBe('110105001');
    expect(descendantPrefix('110000')).toBe('11');
    expect(descendantPrefix('110105')).toBe('110105');
  });

  it('refuses malformed codes with a stable error code', () => {
    for (const bad of ['11010', '1101050', 'abcdef', '110105001001001', '']) {
      expect(() => ancestorsOf(bad)).toThrow(DomainError);
    }
    expect(() => levelOfCode('1101050')).toThrow(expect.objectContaining({ code: 'INVALID_JURISDICTION_CODE' }));
  });
});
