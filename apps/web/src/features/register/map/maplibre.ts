import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// The worker is served as its own file from the build (no blob: URL), so a strict
// Content-Security-Policy (worker-src 'self') keeps working.
setWorkerUrl(workerUrl);

export { LngLatBounds, Map as MapLibreMap, Marker, NavigationControl, Popup, type GeoJSONSource, type MapMouseEvent, type StyleSpecification } from 'maplibre-gl';
