import type { Boundary, Position } from '@youyu/contracts';

type Ring = Position[];
type PolygonRings = Ring[];

export type BoundingBox = { minLng: number; minLat: number; maxLng: number; maxLat: number };

function polygonsOf(boundary: Boundary): PolygonRings[] {
  return boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
}

/** Even-odd ray casting: a ray from the point eastwards crosses the ring an odd number of times. */
function ringContains(ring: Ring, lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring of some polygon and inside none of its holes. */
export function containsPoint(boundary: Boundary, lng: number, lat: number): boolean {
  return polygonsOf(boundary).some(([outer, ...holes]) => !!outer && ringContains(outer, lng, lat) && !holes.some((hole) => ringContains(hole, lng, lat)));
}

export function boundingBox(boundary: Boundary): BoundingBox {
  const box = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  for (const polygon of polygonsOf(boundary)) {
    for (const [lng, lat] of polygon[0] ?? []) {
      box.minLng = Math.min(box.minLng, lng);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLng = Math.max(box.maxLng, lng);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

const samePosition = (a: Position | undefined, b: Position | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** Closes an open ring; null when fewer than three distinct corners remain (a sliver, not an area). */
function cleanRing(ring: Ring): Ring | null {
  if (ring.length === 0) return null;
  const closed = samePosition(ring[0], ring[ring.length - 1]) ? ring : [...ring, ring[0]!];
  const corners = new Set(closed.map(([lng, lat]) => `${lng},${lat}`));
  return closed.length >= 4 && corners.size >= 3 ? closed : null;
}

/**
 * The shipped boundary files are simplified shapes with a few zero-area slivers and one empty
 * geometry (蓟州区); this keeps only rings that enclose an area, and answers null when none do.
 */
export function cleanBoundary(geometry: { type: string; coordinates: unknown }): Boundary | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates as PolygonRings] : geometry.type === 'MultiPolygon' ? (geometry.coordinates as PolygonRings[]) : [];
  const kept: PolygonRings[] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map(cleanRing);
    if (outer) kept.push([outer, ...holes.filter((hole): hole is Ring => hole !== null)]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

/** Equal shapes, whatever order a JSON column gave the keys in. */
export function sameBoundary(a: Boundary | null, b: Boundary | null): boolean {
  if (!a || !b) return a === b;
  return a.type === b.type && JSON.stringify(a.coordinates) === JSON.stringify(b.coordinates);
}
