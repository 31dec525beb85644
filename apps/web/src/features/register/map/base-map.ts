import type { StyleSpecification } from 'maplibre-gl';
import type { BaseMap } from '../../meta/meta.ts';

const background = '#eef2f7';

/** Tianditu's Web-Mercator WMTS layers (vec: roads and areas; cva: Chinese labels), over its eight hosts. */
const tianditu = (layer: 'vec' | 'cva', key: string) =>
  Array.from({ length: 8 }, (_, n) => `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`);

/**
 * The style under the institutions: the configured base map, or a plain background. Boundaries
 * and institutions are added on top either way, so the map is never blank, even offline.
 */
export function baseStyle(baseMap: BaseMap | null | undefined): StyleSpecification | string {
  const empty: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': background } }] };
  if (!baseMap) return empty;
  if (baseMap.kind === 'tianditu') {
    return {
      ...empty,
      sources: {
        vec: { type: 'raster', tiles: tianditu('vec', baseMap.key), tileSize: 256, attribution: '© 天地图' },
        cva: { type: 'raster', tiles: tianditu('cva', baseMap.key), tileSize: 256 },
      },
      layers: [...empty.layers, { id: 'vec', type: 'raster', source: 'vec' }, { id: 'cva', type: 'raster', source: 'cva' }],
    };
  }
  if (baseMap.kind === 'style') return baseMap.url;
  return { ...empty, sources: { base: { type: 'raster', tiles: [baseMap.url], tileSize: 256, attribution: baseMap.attribution ?? undefined } }, layers: [...empty.layers, { id: 'base', type: 'raster', source: 'base' }] };
}

/** Whether the base map already names places: then the boundaries' own labels would double them. */
export const hasOwnLabels = (baseMap: BaseMap | null | undefined) => !!baseMap;
