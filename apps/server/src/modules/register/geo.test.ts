import { describe, expect, it } from 'vitest';
import { boxAround, squaredChordOf, unitVector } from './geo.ts';

const EARTH_RADIUS_M = 6_371_008.8;

/** The great-circle distance between two points, by the haversine. */
function haversineM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

const squaredChordBetween = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const [p, q] = [unitVector(a.lat, a.lng), unitVector(b.lat, b.lng)];
  return p.reduce((sum, c, i) => sum + (c - q[i]!) ** 2, 0);
};

describe('the search circle', () => {
  const centre = { lat: 39.9087, lng: 116.3975 };

  it('has a box holding every point of the circle, however far north, south, east or west', () => {
    for (const radiusM of [100, 1200, 3000, 30_000]) {
      const box = boxAround({ ...centre, radiusM });
      // The box's edges lie at (or just beyond) the radius: nothing within it is cut off.
      expect(haversineM(centre, { lat: box.maxLat, lng: centre.lng })).toBeGreaterThanOrEqual(radiusM - 1e-6);
      expect(haversineM(centre, { lat: box.minLat, lng: centre.lng })).toBeGreaterThanOrEqual(radiusM - 1e-6);
      // The widest point of a circle on the sphere lies a little poleward of its centre's latitude.
      for (let lat = box.minLat; lat <= box.maxLat; lat += (box.maxLat - box.minLat) / 200) {
        expect(haversineM(centre, { lat, lng: box.maxLng })).toBeGreaterThanOrEqual(radiusM - 1e-6);
        expect(haversineM(centre, { lat, lng: box.minLng })).toBeGreaterThanOrEqual(radiusM - 1e-6);
      }
    }
  });

  it('compares squared chords exactly as it compares distances', () => {
    for (const [metres, point] of [
      [2999, { lat: centre.lat + 2999 / 111_194.93, lng: centre.lng }],
      [3001, { lat: centre.lat, lng: centre.lng + 3001 / (111_194.93 * Math.cos((centre.lat * Math.PI) / 180)) }],
    ] as const) {
      const inside = squaredChordBetween(centre, point) <= squaredChordOf(3000);
      expect(inside).toBe(haversineM(centre, point) <= 3000);
      expect(Math.abs(haversineM(centre, point) - metres)).toBeLessThan(2);
    }
  });
});
