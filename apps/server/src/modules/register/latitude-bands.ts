/**
 * Latitude bands per degree: the search facts keep each institution's band, `floor(lat × 200)`
 * (generated column `latitude_band`, about 556 m tall), the first key of the location index.
 */
export const BANDS_PER_DEGREE = 200;

/** The latitude band of a latitude, as the generated column computes it (the same float arithmetic). */
export const latitudeBandOf = (lat: number) => Math.floor(lat * BANDS_PER_DEGREE);

/**
 * The latitude bands a box spans, south to north. The location index is a B-tree on (band,
 * longitude): for each band PostgreSQL reads one contiguous run of index entries, the box's
 * longitudes, so a search reads the box plus at most a band's height of margin, and a B-tree
 * returns each entry far more cheaply than a GiST index (which rebuilds each tuple it returns).
 */
export function latitudeBandsOf({ minLat, maxLat }: { minLat: number; maxLat: number }): number[] {
  const [south, north] = [latitudeBandOf(minLat), latitudeBandOf(maxLat)];
  return Array.from({ length: north - south + 1 }, (_, i) => south + i);
}
