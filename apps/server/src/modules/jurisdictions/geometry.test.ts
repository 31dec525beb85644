import { describe, expect, it } from 'vitest';
import type { Boundary } from '@youyu/contracts';
import { boundingBox, cleanBoundary, containsPoint, sameBoundary } from './geometry.ts';

const square = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('geometry', () => {
  const withHole: Boundary = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] };
  const twoIslands: Boundary = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] };

  it('finds points inside the outer ring and outside the holes', () => {
    expect(containsPoint(withHole, 1, 1)).toBe(true);
    expect(containsPoint(withHole, 5, 5)).toBe(false);
    expect(containsPoint(withHole, 11, 5)).toBe(false);
    expect(containsPoint(withHole, 5, -0.5)).toBe(false);
  });

  it('checks every polygon of a MultiPolygon', () => {
    expect(containsPoint(twoIslands, 0.5, 0.5)).toBe(true);
    expect(containsPoint(twoIslands, 5.5, 5.5)).toBe(true);
    expect(containsPoint(twoIslands, 3, 3)).toBe(false);
  });

  it('boxes the outer rings', () => {
    expect(boundingBox(twoIslands)).toEqual({ minLng: 0, minLat: 0, maxLng: 6, maxLat: 6 });
  });

  it('drops slivers and empty shapes, closes open rings', () => {
    const sliver = [
      [1, 1],
      [1, 2],
      [1, 1],
    ];
    expect(cleanBoundary({ type: 'Polygon', coordinates: [] })).toBeNull();
    expect(cleanBoundary({ type: 'MultiPolygon', coordinates: [[sliver], [square(0, 0, 1)]] })).toEqual({ type: 'Polygon', coordinates: [square(0, 0, 1)] });
    expect(cleanBoundary({ type: 'Polygon', coordinates: [square(0, 0, 1).slice(0, 4)] })).toEqual({ type: 'Polygon', coordinates: [square(0, 0, 1)] });
    expect(cleanBoundary({ type: 'Point', coordinates: [1, 1] })).toBeNull();
  });

  it('compares shapes whatever the key order', () => {
    const reordered = JSON.parse('{"coordinates":' + JSON.stringify(withHole.coordinates) + ',"type":"Polygon"}') as Boundary;
    expect(sameBoundary(withHole, reordered)).toBe(true);
    expect(sameBoundary(withHole, twoIslands)).toBe(false);
    expect(sameBoundary(null, null)).toBe(true);
    expect(sameBoundary(withHole, null)).toBe(false);
  });
});
