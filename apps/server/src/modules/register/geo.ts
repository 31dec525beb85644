import { sql, type SQL } from 'drizzle-orm';
import { institutionSearchFacts as facts } from './search-facts.tables.ts';

const EARTH_RADIUS_M = 6_371_008.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;
const degrees = (radians: number) => (radians * 180) / Math.PI;

export type Circle = { lat: number; lng: number; radiusM: number };
export type Box = { minLat: number; maxLat: number; minLng: number; maxLng: number };

/**
 * The latitude/longitude box around a circle on the sphere the distances are measured on: every
 * point within the radius lies inside it (the exact extents of a spherical cap), so the index
 * narrows the candidates before the exact distance is computed for each. A circle reaching a
 * pole spans every longitude.
 */
export function boxAround({ lat, lng, radiusM }: Circle): Box {
  const angle = radiusM / EARTH_RADIUS_M;
  const dLat = degrees(angle);
  const ratio = Math.sin(angle) / Math.cos(radians(lat));
  const dLng = lat + dLat >= 90 || lat - dLat <= -90 || ratio >= 1 ? 180 : degrees(Math.asin(ratio));
  return { minLat: Math.max(-90, lat - dLat), maxLat: Math.min(90, lat + dLat), minLng: lng - dLng, maxLng: lng + dLng };
}

/**
 * A point on the unit sphere, as the search facts keep each institution's location
 * (unit_x, unit_y, unit_z: generated columns of migration 0006).
 */
export function unitVector(lat: number, lng: number): [x: number, y: number, z: number] {
  const φ = radians(lat);
  const λ = radians(lng);
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
}

/**
 * The squared straight-line (chord) distance through the unit sphere that a great-circle distance
 * spans. The chord grows with the distance along the surface, so comparing and sorting squared
 * chords is exact, and needs no trigonometry per institution (the haversine needs eight calls).
 */
export function squaredChordOf(distanceM: number): number {
  return (2 * Math.sin(Math.min(Math.PI, distanceM / EARTH_RADIUS_M) / 2)) ** 2;
}

/** The great-circle distance in metres for a squared chord (the inverse of squaredChordOf). */
export function distanceOfSquaredChord(squaredChord: SQL): SQL<number> {
  return sql<number>`(${sql.raw(String(2 * EARTH_RADIUS_M))} * asin(least(1, sqrt(${squaredChord}) / 2)))`;
}

/** The squared chord from the point (its unit vector, as three SQL values) to each institution. */
export function squaredChordFrom([x, y, z]: [SQL, SQL, SQL]): SQL<number> {
  return sql<number>`((${facts.unitX} - ${x}) * (${facts.unitX} - ${x}) + (${facts.unitY} - ${y}) * (${facts.unitY} - ${y}) + (${facts.unitZ} - ${z}) * (${facts.unitZ} - ${z}))`;
}

/**
 * The institution's location inside the box (its bands, as one integer-array value, and its
 * longitudes): what the location index answers. Latitudes within the bands but outside the box
 * are left to the exact distance test that follows.
 */
export function locatedIn(box: { bands: SQL; minLng: SQL; maxLng: SQL }): SQL {
  return sql`${facts.latitudeBand} = any(${box.bands}) and ${facts.lng} between ${box.minLng} and ${box.maxLng}`;
}
