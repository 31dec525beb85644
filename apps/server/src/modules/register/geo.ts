import { sql, type SQL } from 'drizzle-orm';
import { institutionSearchFacts as facts } from './search-facts.tables.ts';

const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE_LAT = 111_320;

export type Circle = { lat: number; lng: number; radiusM: number };
export type Box = { minLat: number; maxLat: number; minLng: number; maxLng: number };

/**
 * The latitude/longitude box around a circle: every point within the radius lies inside it, so
 * the index narrows the candidates before the exact (haversine) distance is computed for each.
 * Near the poles a degree of longitude shrinks to nothing; the box then spans every longitude.
 */
export function boxAround({ lat, lng, radiusM }: Circle): Box {
  const dLat = radiusM / METRES_PER_DEGREE_LAT;
  const cos = Math.cos((lat * Math.PI) / 180);
  const dLng = cos < 0.01 ? 180 : Math.min(180, radiusM / (METRES_PER_DEGREE_LAT * cos));
  return { minLat: Math.max(-90, lat - dLat), maxLat: Math.min(90, lat + dLat), minLng: lng - dLng, maxLng: lng + dLng };
}

/** Great-circle (haversine) distance in metres from a WGS-84 point to each institution. */
export function distanceFrom(lat: number, lng: number): SQL<number> {
  const la = sql`${lat}::double precision`;
  const lo = sql`${lng}::double precision`;
  return sql<number>`(2 * ${sql.raw(String(EARTH_RADIUS_M))} * asin(least(1, sqrt(power(sin(radians(${facts.lat} - ${la}) / 2), 2) + cos(radians(${la})) * cos(radians(${facts.lat})) * power(sin(radians(${facts.lng} - ${lo}) / 2), 2)))))`;
}

/**
 * The institution's location inside the box, written so that the GiST index on
 * `point(lng, lat)` (institution_search_facts_location_idx) answers it.
 */
export function locatedIn(box: Box): SQL {
  const corner = (lng: number, lat: number) => sql`point(${lng}::double precision, ${lat}::double precision)`;
  return sql`point(${facts.lng}, ${facts.lat}) <@ box(${corner(box.minLng, box.minLat)}, ${corner(box.maxLng, box.maxLat)})`;
}

/** Inside the circle: the box (indexed) and then the exact distance. */
export function within(circle: Circle): SQL {
  return sql`${locatedIn(boxAround(circle))} and ${distanceFrom(circle.lat, circle.lng)} <= ${circle.radiusM}`;
}
