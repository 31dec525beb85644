import type { Boundary } from '@youyu/contracts';
import { boundingBox, containsPoint, type BoundingBox } from '../modules/jurisdictions/index.ts';
import type { Random } from './prng.ts';

/** A district's boundary with its bounding box, ready for sampling points inside it. */
export type PlaceableShape = { boundary: Boundary; box: BoundingBox };

export function placeable(boundary: Boundary): PlaceableShape {
  return { boundary, box: boundingBox(boundary) };
}

/** A square of about 2 × `halfSideKm` around a centre: the stand-in shape of a district without a boundary. */
export function squareAround([lat, lng]: [number, number], halfSideKm = 9): PlaceableShape {
  const dLat = halfSideKm / 111;
  const dLng = halfSideKm / (111 * Math.cos((lat * Math.PI) / 180));
  return placeable({ type: 'Polygon', coordinates: [[[lng - dLng, lat - dLat], [lng + dLng, lat - dLat], [lng + dLng, lat + dLat], [lng - dLng, lat + dLat], [lng - dLng, lat - dLat]]] });
}

/**
 * A point inside the district: rejection sampling in its bounding box. Districts are compact
 * enough that a few dozen tries suffice; failing that, the centre of the box.
 */
export function samplePointIn({ boundary, box }: PlaceableShape, random: Random): { lat: number; lng: number } {
  for (let attempt = 0; attempt < 200; attempt++) {
    const lng = box.minLng + random.next() * (box.maxLng - box.minLng);
    const lat = box.minLat + random.next() * (box.maxLat - box.minLat);
    if (containsPoint(boundary, lng, lat)) return { lat: round6(lat), lng: round6(lng) };
  }
  return { lat: round6((box.minLat + box.maxLat) / 2), lng: round6((box.minLng + box.maxLng) / 2) };
}

/** About 0.1 m: enough for a map, and stable text in the determinism digest. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
