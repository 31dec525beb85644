import type { Boundary } from '@youyu/contracts';
import type { Random } from './prng.ts';

type Ring = [number, number][];
/** Polygons of one district: each an outer ring then holes, coordinates [lng, lat] (WGS-84). */
export type DistrictShape = Ring[][];

/** A district's boundary (GeoJSON Polygon or MultiPolygon) as a list of polygons. */
export function polygonsOf(boundary: Boundary): DistrictShape {
  return (boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates) as DistrictShape;
}

function ringContains(ring: Ring, lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function shapeContains(shape: DistrictShape, lng: number, lat: number): boolean {
  return shape.some(([outer, ...holes]) => !!outer && ringContains(outer, lng, lat) && !holes.some((hole) => ringContains(hole, lng, lat)));
}

export type PlaceableShape = { polygons: DistrictShape; minLng: number; maxLng: number; minLat: number; maxLat: number };

export function placeable(polygons: DistrictShape): PlaceableShape {
  const box = { minLng: Infinity, maxLng: -Infinity, minLat: Infinity, maxLat: -Infinity };
  for (const [outer] of polygons) {
    for (const [lng, lat] of outer ?? []) {
      box.minLng = Math.min(box.minLng, lng);
      box.maxLng = Math.max(box.maxLng, lng);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return { polygons, ...box };
}

/** A square of about 2 × `halfSideKm` around a centre: the stand-in shape of a district without a boundary. */
export function squareAround([lat, lng]: [number, number], halfSideKm = 9): PlaceableShape {
  const dLat = halfSideKm / 111;
  const dLng = halfSideKm / (111 * Math.cos((lat * Math.PI) / 180));
  return placeable([[[[lng - dLng, lat - dLat], [lng + dLng, lat - dLat], [lng + dLng, lat + dLat], [lng - dLng, lat + dLat], [lng - dLng, lat - dLat]]]]);
}

/**
 * A point inside the district: rejection sampling in its bounding box. Districts are compact
 * enough that a few dozen tries suffice; failing that, the centre of the box.
 */
export function samplePointIn(shape: PlaceableShape, random: Random): { lat: number; lng: number } {
  for (let attempt = 0; attempt < 200; attempt++) {
    const lng = shape.minLng + random.next() * (shape.maxLng - shape.minLng);
    const lat = shape.minLat + random.next() * (shape.maxLat - shape.minLat);
    if (shapeContains(shape.polygons, lng, lat)) return { lat: round6(lat), lng: round6(lng) };
  }
  return { lat: round6((shape.minLat + shape.maxLat) / 2), lng: round6((shape.minLng + shape.maxLng) / 2) };
}

/** About 0.1 m: enough for a map, and stable text in the determinism digest. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
