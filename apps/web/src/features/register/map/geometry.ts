import type { Feature, Geometry, Polygon } from 'geojson';

/** A circle of `radiusM` metres around a point as a GeoJSON polygon (64 sides), for drawing the search area. */
export function circlePolygon(lat: number, lng: number, radiusM: number): Feature<Polygon> {
  const dLat = radiusM / 111_320;
  const dLng = radiusM / (111_320 * Math.cos((lat * Math.PI) / 180));
  const ring = Array.from({ length: 65 }, (_, i) => {
    const a = (i / 64) * 2 * Math.PI;
    return [lng + dLng * Math.cos(a), lat + dLat * Math.sin(a)];
  });
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

export type Bounds = [[number, number], [number, number]];

/** The box around points ([lng, lat] pairs), or null for none. */
export function boundsOf(points: readonly [number, number][]): Bounds | null {
  if (points.length === 0) return null;
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
}

/** Every [lng, lat] of a GeoJSON geometry's outer rings, for fitting the map to the city. */
export function outlinePoints(collection: { features: { geometry: Geometry | null }[] }): [number, number][] {
  const points: [number, number][] = [];
  for (const { geometry } of collection.features) {
    if (geometry?.type === 'Polygon') points.push(...(geometry.coordinates[0] as [number, number][]));
    if (geometry?.type === 'MultiPolygon') for (const polygon of geometry.coordinates) points.push(...(polygon[0] as [number, number][]));
  }
  return points;
}
