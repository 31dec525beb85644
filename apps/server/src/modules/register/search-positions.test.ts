import { describe, expect, it } from 'vitest';
import { classTypes, serviceModes } from '@youyu/contracts';
import { facetMask, facetValues } from './search-positions.ts';

describe('facets', () => {
  it('give back the class types and service modes they were made of, in the vocabulary’s order', () => {
    // Every subset of each vocabulary, beside the other group's bits and an inclusive bit.
    for (let types = 0; types < 1 << classTypes.length; types++) {
      for (let modes = 0; modes < 1 << serviceModes.length; modes++) {
        const typeSet = classTypes.filter((_, i) => (types >> i) & 1);
        const modeSet = serviceModes.filter((_, i) => (modes >> i) & 1);
        const facets = facetMask('inclusive', [true]) | facetMask('classType', [...typeSet].reverse()) | facetMask('serviceMode', modeSet);
        expect(facetValues(facets, 'classType')).toEqual(typeSet);
        expect(facetValues(facets, 'serviceMode')).toEqual(modeSet);
      }
    }
  });
});
