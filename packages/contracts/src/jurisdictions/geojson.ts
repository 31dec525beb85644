import { z } from 'zod';

/**
 * The subset of GeoJSON (RFC 7946) the platform stores for boundaries: Polygon and MultiPolygon
 * in longitude/latitude order. Rings must be closed and have at least four positions, so that
 * point-in-polygon tests never meet a degenerate ring.
 */
export const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type Position = z.infer<typeof Position>;

const LinearRing = z
  .array(Position)
  .min(4)
  .max(100_000)
  .refine((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return !!first && !!last && first[0] === last[0] && first[1] === last[1];
  }, 'ring not closed');

/** An outer ring, then holes. */
const PolygonRings = z.array(LinearRing).min(1).max(1_000);

export const PolygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: PolygonRings });
export const MultiPolygonGeometry = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonRings).min(1).max(1_000) });

export const Boundary = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]).meta({ id: 'Boundary', description: 'GeoJSON Polygon or MultiPolygon, WGS-84 longitude/latitude' });
export type Boundary = z.infer<typeof Boundary>;
