import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// The worker (an ES module since MapLibre 6) is served as its own file from the build, not from
// beside the bundled library where MapLibre would look for it, and with no blob: URL, so a strict
// Content-Security-Policy (worker-src 'self') keeps working.
setWorkerUrl(workerUrl);

export { LngLatBounds, Map as MapLibreMap, Marker, NavigationControl, Popup, type GeoJSONSource, type MapMouseEvent, type StyleSpecification } from 'maplibre-gl';
