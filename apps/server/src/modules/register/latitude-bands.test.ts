import { describe, expect, it } from 'vitest';
import { boxAround } from './geo.ts';
import { BANDS_PER_DEGREE, latitudeBandOf, latitudeBandsOf } from './latitude-bands.ts';

describe('latitude bands', () => {
  it('are 1/200 degree tall, counted from the equator, south of it negative', () => {
    expect(latitudeBandOf(39.9087)).toBe(7981);
    expect(latitudeBandOf(39.905)).toBe(7981);
    expect(latitudeBandOf(39.90499999)).toBe(7980);
    expect(latitudeBandOf(0)).toBe(0);
    expect(latitudeBandOf(-0.001)).toBe(-1);
  });

  it('of a box hold the band of every latitude in it, edges included, and no more', () => {
    for (const radiusM of [1, 500, 1200, 3000, 30_000]) {
      const box = boxAround({ lat: 39.9087, lng: 116.3975, radiusM });
      const bands = latitudeBandsOf(box);
      expect(bands).toEqual([...bands].sort((a, b) => a - b));
      for (let i = 0; i <= 1000; i++) expect(bands).toContain(latitudeBandOf(box.minLat + ((box.maxLat - box.minLat) * i) / 1000));
      expect(bands).toContain(latitudeBandOf(box.maxLat));
      expect(bands.length).toBeLessThanOrEqual(Math.ceil((box.maxLat - box.minLat) * BANDS_PER_DEGREE) + 1);
    }
  });
});
