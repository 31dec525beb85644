import { useEffect, useRef, useState } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import { brand } from '../../../app/theme.ts';
import type { BoundaryCollection } from '../../jurisdictions/jurisdictions.ts';
import type { BaseMap } from '../../meta/meta.ts';
import { baseStyle, hasOwnLabels } from './base-map.ts';
import { boundsOf, circlePolygon, outlinePoints, type Bounds } from './geometry.ts';
import { MapLibreMap, Marker, NavigationControl, type GeoJSONSource } from './maplibre.ts';

export type MapPoint = { id: string; name: string; lat: number; lng: number; inclusive: boolean };
export type LatLng = { lat: number; lng: number };

type Props = {
  baseMap: BaseMap | null;
  boundaries: BoundaryCollection | undefined;
  points: readonly MapPoint[];
  origin: LatLng | null;
  radiusM: number | null;
  activeId: string | null;
  onActivate: (id: string | null) => void;
  onOpen: (id: string) => void;
  /** While true, a click on the map picks the point to search from. */
  picking?: boolean;
  onPick?: (point: LatLng) => void;
  ariaLabel: string;
  /** How close the view may come when fitting what is shown (a single institution: its neighbourhood). */
  maxZoom?: number;
  style?: React.CSSProperties;
};

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const inclusiveColour = '#0e9f6e';

function pointsCollection(points: readonly MapPoint[]): FeatureCollection<Point> {
  return { type: 'FeatureCollection', features: points.map((p) => ({ type: 'Feature', id: p.id, properties: { id: p.id, name: p.name, inclusive: p.inclusive }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } })) };
}

/** Sources and layers drawn on any base map: district outlines, the search circle, institutions, the search point. */
function addOverlay(map: MapLibreMap) {
  map.addSource('boundaries', { type: 'geojson', data: empty });
  map.addSource('area', { type: 'geojson', data: empty });
  map.addSource('institutions', { type: 'geojson', data: empty });
  map.addSource('origin', { type: 'geojson', data: empty });
  map.addLayer({ id: 'boundary-fill', type: 'fill', source: 'boundaries', paint: { 'fill-color': '#dfe8f6', 'fill-opacity': 0.45 } });
  map.addLayer({ id: 'boundary-line', type: 'line', source: 'boundaries', paint: { 'line-color': '#8aa2c8', 'line-width': 1 } });
  map.addLayer({ id: 'area-fill', type: 'fill', source: 'area', paint: { 'fill-color': brand.primary, 'fill-opacity': 0.08 } });
  map.addLayer({ id: 'area-line', type: 'line', source: 'area', paint: { 'line-color': brand.primary, 'line-width': 1.5, 'line-dasharray': [3, 2] } });
  const colour = ['case', ['get', 'inclusive'], inclusiveColour, brand.primary] as unknown as string;
  map.addLayer({ id: 'institutions', type: 'circle', source: 'institutions', paint: { 'circle-color': colour, 'circle-radius': 6, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 } });
  map.addLayer({ id: 'institution-active', type: 'circle', source: 'institutions', filter: ['==', ['get', 'id'], ''], paint: { 'circle-color': colour, 'circle-radius': 11, 'circle-stroke-color': '#fff', 'circle-stroke-width': 3 } });
  map.addLayer({ id: 'origin', type: 'circle', source: 'origin', paint: { 'circle-color': brand.accent, 'circle-radius': 8, 'circle-stroke-color': '#fff', 'circle-stroke-width': 3 } });
}

const source = (map: MapLibreMap, id: string) => map.getSource(id) as GeoJSONSource | undefined;

/** Names of the districts at the middle of their outlines, as HTML (no font files needed offline). */
function districtLabels(map: MapLibreMap, boundaries: BoundaryCollection): Marker[] {
  return boundaries.features.flatMap((feature) => {
    const box = boundsOf(outlinePoints({ features: [feature] }));
    if (!box) return [];
    const label = document.createElement('div');
    label.textContent = feature.properties.name;
    label.style.cssText = 'font-size:11px;color:#51627f;text-shadow:0 0 3px #fff,0 0 3px #fff;pointer-events:none;white-space:nowrap';
    return [new Marker({ element: label }).setLngLat([(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2]).addTo(map)];
  });
}

/**
 * The map of institutions (MapLibre GL): whatever base map is configured, with the city's district
 * outlines, the search circle and the institutions as points, kept in step with the list through
 * `activeId` (hover) and `onOpen` (click).
 */
export function InstitutionMap({ baseMap, boundaries, points, origin, radiusM, activeId, onActivate, onOpen, picking = false, onPick, ariaLabel, maxZoom = 15, style }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [ready, setReady] = useState(false);
  // Bumped when the container changes size, so the view fits the search again.
  const [sizeChanges, setSizeChanges] = useState(0);
  // Handlers change on every render; the map's listeners read the latest through refs.
  const handlers = useRef({ onActivate, onOpen, onPick, picking });
  handlers.current = { onActivate, onOpen, onPick, picking };

  useEffect(() => {
    if (!container.current) return;
    const map = new MapLibreMap({ container: container.current, style: baseStyle(baseMap), center: [116.4, 39.9], zoom: 8, attributionControl: { compact: true }, dragRotate: false, pitchWithRotate: false });
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.on('load', () => {
      addOverlay(map);
      setReady(true);
    });
    map.on('mousemove', 'institutions', (e) => {
      map.getCanvas().style.cursor = 'pointer';
      handlers.current.onActivate(String(e.features?.[0]?.properties?.id ?? '') || null);
    });
    map.on('mouseleave', 'institutions', () => {
      map.getCanvas().style.cursor = '';
      handlers.current.onActivate(null);
    });
    map.on('click', (e) => {
      const hit = map.getLayer('institutions') ? map.queryRenderedFeatures(e.point, { layers: ['institutions'] })[0] : undefined;
      if (handlers.current.picking) handlers.current.onPick?.({ lat: e.lngLat.lat, lng: e.lngLat.lng });
      else if (hit?.properties?.id) handlers.current.onOpen(String(hit.properties.id));
    });
    // MapLibre ignores the first size change it observes; a container that settles after the map
    // is made (a layout switching to the phone's) would leave the canvas at its first size.
    const sizeWatch = new ResizeObserver(() => {
      map.resize();
      setSizeChanges((n) => n + 1);
    });
    sizeWatch.observe(container.current);
    mapRef.current = map;
    return () => {
      sizeWatch.disconnect();
      mapRef.current = null;
      setReady(false);
      map.remove();
    };
  }, [baseMap]);

  // District outlines, with their names where the base map has none of its own; the first view is the whole city.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || !boundaries) return;
    source(map, 'boundaries')?.setData(boundaries as unknown as FeatureCollection);
    const labels = hasOwnLabels(baseMap) ? [] : districtLabels(map, boundaries);
    return () => labels.forEach((l) => l.remove());
  }, [ready, boundaries, baseMap]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    source(map, 'institutions')?.setData(pointsCollection(points));
    source(map, 'origin')?.setData(origin ? { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [origin.lng, origin.lat] } }] } : empty);
    source(map, 'area')?.setData(origin && radiusM ? { type: 'FeatureCollection', features: [circlePolygon(origin.lat, origin.lng, radiusM)] } : empty);
  }, [ready, points, origin, radiusM]);

  // The view follows the search: the circle when searching near a point, else the results, else the city.
  const viewKey = origin ? `${origin.lat},${origin.lng},${radiusM}` : points.map((p) => p.id).join(',');
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    let bounds: Bounds | null;
    if (origin && radiusM) bounds = boundsOf(circlePolygon(origin.lat, origin.lng, radiusM).geometry.coordinates[0] as [number, number][]);
    else bounds = boundsOf(points.map((p) => [p.lng, p.lat])) ?? (boundaries ? boundsOf(outlinePoints(boundaries)) : null);
    if (!bounds) return;
    map.fitBounds(bounds, { padding: 32, maxZoom, duration: 0 });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit only when what is searched changes, not on every refetch
  }, [ready, viewKey, !!boundaries, sizeChanges]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    map.setFilter('institution-active', ['==', ['get', 'id'], activeId ?? '']);
  }, [ready, activeId]);

  useEffect(() => {
    if (mapRef.current) mapRef.current.getCanvas().style.cursor = picking ? 'crosshair' : '';
  }, [picking, ready]);

  return <div ref={container} role="region" aria-label={ariaLabel} data-testid="institution-map" data-ready={ready ? 'true' : 'false'} data-point-count={points.length} style={{ width: '100%', height: '100%', minHeight: 240, background: '#eef2f7', ...style }} />;
}
