// Leaflet and leaflet-geoman: only ever loaded through RoofDrawing's lazy import (a chunk of its own).
// Leaflet sets window.L when it loads; geoman's bundle extends that global, so the order matters.
import L from 'leaflet';
import '@geoman-io/leaflet-geoman-free';
import 'leaflet/dist/leaflet.css';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import { geodesicArea } from '@portal/shared';
import { useEffect, useRef, useState } from 'react';
import { useFormat } from '../../lib/format.js';
import type { MapView, RoofDrawingLabels } from './roof-drawing.js';
import { DEFAULT_TILT_DEGREES, newFaceId, pointsOfPolygon, polygonFromPoints, samePolygon, type RoofFace } from './roof-faces.js';
import type { RoofPolygon } from '@portal/shared';

export type RoofDrawingMapProps = {
  faces: RoofFace[];
  onChange(faces: RoofFace[]): void;
  /** Where to look: changes (a new `key`) move the map there and mark the point. */
  view: MapView | null;
  tileUrl: string | null;
  tileAttribution: string | null;
  invalidIds: ReadonlySet<string>;
  /** The face focused or hovered in the list, drawn thicker. */
  activeId: string | null;
  labels: RoofDrawingLabels;
  /** Id of the text that explains how to draw (and the keyboard alternative). */
  describedBy: string;
};

/** Spain, when there is neither a point nor a face to show. */
const SPAIN: L.LatLngTuple = [40.2, -3.7];
const SPAIN_ZOOM = 6;
/** Close enough to tell one roof face from another. */
const ROOF_ZOOM = 19;
const MAX_ZOOM = 22;
const MAX_TILE_ZOOM = 19;

const VALID_STYLE: L.PathOptions = { color: '#0b7a57', weight: 2, fillColor: '#1f8f6a', fillOpacity: 0.25, dashArray: undefined };
const INVALID_STYLE: L.PathOptions = { color: '#b3261e', weight: 2, fillColor: '#b3261e', fillOpacity: 0.15, dashArray: '6 4' };

type FaceLayer = L.Polygon;

/** The outer ring of a polygon, or the points of the line being drawn. */
function outline(layer: L.Polyline | L.Polygon): L.LatLng[] {
  const latlngs = layer.getLatLngs();
  return (Array.isArray(latlngs[0]) ? latlngs[0] : latlngs) as L.LatLng[];
}

function layerPolygon(layer: L.Polyline | L.Polygon): RoofPolygon {
  return polygonFromPoints(outline(layer).map((point) => ({ lat: point.lat, lng: point.lng })));
}

function latLngsOf(polygon: RoofPolygon): L.LatLngTuple[] {
  return pointsOfPolygon(polygon).map((point) => [point.lat, point.lng]);
}

/** Geoman's `<a role="button">` tools carry their name only as the title of a wrapper. */
function nameToolbarButtons(container: HTMLElement) {
  for (const wrapper of container.querySelectorAll<HTMLElement>('.button-container[title]')) {
    wrapper.querySelector('a.leaflet-buttons-control-button')?.setAttribute('aria-label', wrapper.title);
  }
}

export default function RoofDrawingMap(props: RoofDrawingMapProps) {
  const { faces, view, tileUrl, tileAttribution, invalidIds, activeId, labels, describedBy } = props;
  const f = useFormat();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layers = useRef(new Map<string, FaceLayer>());
  /** The polygon each layer was last given or reported, to tell outside changes from our own. */
  const known = useRef(new Map<string, RoofPolygon>());
  const pointRef = useRef<L.CircleMarker | null>(null);
  const watchRef = useRef<((id: string, layer: FaceLayer) => void) | null>(null);
  /** When the map opens on the saved faces, the first view request only marks the point. */
  const keepFirstView = useRef(false);
  // Map events read the newest props without re-binding.
  const facesRef = useRef(faces);
  facesRef.current = faces;
  const onChangeRef = useRef(props.onChange);
  onChangeRef.current = props.onChange;
  const [tilesFailed, setTilesFailed] = useState(false);
  const [drawing, setDrawing] = useState<{ vertices: number; area: number } | null>(null);

  // The map, its tools and the events that turn drawing into faces: once per mount.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const map = L.map(element, { zoomControl: false, maxZoom: MAX_ZOOM, attributionControl: true });
    mapRef.current = map;
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.control.zoom().addTo(map);
    L.control.scale({ imperial: false }).addTo(map);

    const initial = facesRef.current;
    keepFirstView.current = initial.length > 0;
    if (initial.length > 0) {
      map.fitBounds(L.latLngBounds(initial.flatMap((face) => latLngsOf(face.polygon))), { maxZoom: ROOF_ZOOM, padding: [24, 24] });
    } else {
      map.setView(view ? [view.lat, view.lng] : SPAIN, view ? view.zoom : SPAIN_ZOOM);
    }

    map.pm.setGlobalOptions({ allowSelfIntersection: false, snappable: true, pathOptions: VALID_STYLE, continueDrawing: false });

    // A face changed on the map (vertex dragged, moved, rotated): report it once per frame.
    const pending = new Set<string>();
    let frame = 0;
    const flush = () => {
      frame = 0;
      let next = facesRef.current;
      for (const id of pending) {
        const layer = layers.current.get(id);
        if (!layer) continue;
        const polygon = layerPolygon(layer);
        const previous = known.current.get(id);
        if (previous && samePolygon(previous, polygon)) continue;
        known.current.set(id, polygon);
        next = next.map((face) => (face.id === id ? { ...face, polygon } : face));
      }
      pending.clear();
      if (next !== facesRef.current) {
        facesRef.current = next;
        onChangeRef.current(next);
      }
    };
    const changed = (id: string) => {
      pending.add(id);
      if (!frame) frame = requestAnimationFrame(flush);
    };
    const watch = (id: string, layer: FaceLayer) => {
      layers.current.set(id, layer);
      layer.on('pm:change pm:edit pm:dragend pm:rotateend', () => changed(id));
    };
    // Faces added by the list (coordinates) reach the map through the sync effect below.
    watchRef.current = watch;

    map.on('pm:create', ({ layer }) => {
      setDrawing(null);
      if (!(layer instanceof L.Polygon)) {
        layer.remove();
        return;
      }
      const id = newFaceId();
      const polygon = layerPolygon(layer);
      known.current.set(id, polygon);
      watch(id, layer);
      const next = [...facesRef.current, { id, polygon, tiltDegrees: DEFAULT_TILT_DEGREES }];
      facesRef.current = next;
      onChangeRef.current(next);
    });
    map.on('pm:remove', ({ layer }) => {
      for (const [id, candidate] of layers.current) {
        if (candidate !== layer) continue;
        layers.current.delete(id);
        known.current.delete(id);
        const next = facesRef.current.filter((face) => face.id !== id);
        facesRef.current = next;
        onChangeRef.current(next);
      }
    });
    // The outline being drawn, live: its points and, from 3 on, its area.
    let working: L.Polyline | null = null;
    const drawChanged = () => {
      if (!working) return;
      const points = outline(working).length;
      setDrawing({ vertices: points, area: points >= 3 ? geodesicArea(layerPolygon(working)) : 0 });
    };
    map.on('pm:drawstart', ({ workingLayer }) => {
      if (!(workingLayer instanceof L.Polyline)) return;
      working = workingLayer;
      working.on('pm:change', drawChanged);
      setDrawing({ vertices: 0, area: 0 });
    });
    map.on('pm:drawend', () => {
      working?.off('pm:change', drawChanged);
      working = null;
      setDrawing(null);
    });
    // Geoman re-creates its buttons when the language or the mode changes.
    map.on('pm:langchange pm:globaldrawmodetoggled pm:globaleditmodetoggled pm:globalremovalmodetoggled', () => nameToolbarButtons(element));

    // The container may get its size after the lazy chunk renders (layout, fonts).
    const resize = new ResizeObserver(() => map.invalidateSize());
    resize.observe(element);

    const faceLayers = layers.current;
    const knownPolygons = known.current;
    return () => {
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
      map.remove();
      mapRef.current = null;
      pointRef.current = null;
      watchRef.current = null;
      faceLayers.clear();
      knownPolygons.clear();
    };
    // Tiles, view and faces are applied by their own effects; the map (and its labels) once.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- built once on purpose (above)
  }, []);

  // The tools in the user's language (again when it changes: geoman then rebuilds its toolbar).
  const { tools, zoomIn, zoomOut } = labels;
  const toolLabels = JSON.stringify([tools, zoomIn, zoomOut]);
  useEffect(() => {
    const map = mapRef.current;
    const element = container.current;
    if (!map || !element) return;
    map.pm.setLang('roof' as L.PM.SupportLocales, {
      tooltips: { firstVertex: tools.firstVertex, continueLine: tools.continueLine, finishPoly: tools.finishPoly, finishRect: tools.finishRect },
      actions: { finish: tools.finish, cancel: tools.cancel, removeLastVertex: tools.removeLastVertex },
      buttonTitles: {
        drawPolyButton: tools.drawPolygon,
        drawRectButton: tools.drawRectangle,
        editButton: tools.edit,
        dragButton: tools.drag,
        rotateButton: tools.rotate,
        deleteButton: tools.remove,
      },
    }, 'en');
    if (!map.pm.controlsVisible()) {
      map.pm.addControls({
        position: 'topleft',
        drawMarker: false,
        drawCircleMarker: false,
        drawPolyline: false,
        drawCircle: false,
        drawText: false,
        drawRectangle: true,
        drawPolygon: true,
        editMode: true,
        dragMode: true,
        rotateMode: true,
        cutPolygon: false,
        removalMode: true,
      });
    }
    nameToolbarButtons(element);
    for (const [selector, title] of [['.leaflet-control-zoom-in', zoomIn], ['.leaflet-control-zoom-out', zoomOut]] as const) {
      const button = element.querySelector(selector);
      button?.setAttribute('title', title);
      button?.setAttribute('aria-label', title);
    }
    // toolLabels stands for the texts: a caller may rebuild the labels object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- toolLabels is the dependency (above)
  }, [toolLabels]);

  // The background: tiles when there is a URL and they load; otherwise the grid under the map.
  useEffect(() => {
    const map = mapRef.current;
    setTilesFailed(false);
    if (!map || !tileUrl) return;
    let loaded = false;
    const tiles = L.tileLayer(tileUrl, {
      maxNativeZoom: MAX_TILE_ZOOM,
      maxZoom: MAX_ZOOM,
      attribution: tileAttribution ?? undefined,
    });
    tiles.on('tileload', () => {
      loaded = true;
      setTilesFailed(false);
    });
    tiles.on('tileerror', (event: L.TileErrorEvent) => {
      // A failed tile would show a broken-image box: hide it so the grid shows through.
      event.tile.style.visibility = 'hidden';
      if (!loaded) setTilesFailed(true);
    });
    tiles.addTo(map);
    return () => {
      tiles.remove();
    };
  }, [tileUrl, tileAttribution]);

  // Move to the requested point and mark it (the geolocated address).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !view) return;
    if (!keepFirstView.current) map.setView([view.lat, view.lng], view.zoom);
    keepFirstView.current = false;
    pointRef.current?.remove();
    pointRef.current = L.circleMarker([view.lat, view.lng], {
      radius: 6,
      color: '#1d4ed8',
      weight: 2,
      fillOpacity: 0.6,
      interactive: false,
      pmIgnore: true,
      snapIgnore: true,
    }).addTo(map);
    // Only a new request moves the map, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- view.key marks a new request (above)
  }, [view?.key]);

  // Faces → layers: add what the list added, drop what it removed, follow outside edits, restyle.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const watch = watchRef.current;
    const ids = new Set(faces.map((face) => face.id));
    for (const [id, layer] of layers.current) {
      if (ids.has(id)) continue;
      layer.remove();
      layers.current.delete(id);
      known.current.delete(id);
    }
    faces.forEach((face, index) => {
      let layer = layers.current.get(face.id);
      if (!layer) {
        layer = L.polygon(latLngsOf(face.polygon), VALID_STYLE).addTo(map);
        known.current.set(face.id, face.polygon);
        watch?.(face.id, layer);
      } else {
        const previous = known.current.get(face.id);
        if (!previous || !samePolygon(previous, face.polygon)) {
          known.current.set(face.id, face.polygon);
          const editing = layer.pm.enabled();
          if (editing) layer.pm.disable();
          layer.setLatLngs(latLngsOf(face.polygon));
          if (editing) layer.pm.enable();
        }
      }
      layer.setStyle({ ...(invalidIds.has(face.id) ? INVALID_STYLE : VALID_STYLE), weight: face.id === activeId ? 4 : 2 });
      const number = String(index + 1);
      if (layer.getTooltip()) layer.setTooltipContent(number);
      else layer.bindTooltip(number, { permanent: true, direction: 'center', className: 'roof-face-number' });
    });
  }, [faces, invalidIds, activeId]);

  return (
    <div className="roof-drawing-map-wrap">
      <div
        ref={container}
        className="roof-drawing-map"
        role="region"
        aria-label={labels.map}
        aria-describedby={describedBy}
      />
      {drawing ? (
        <p className="roof-drawing-overlay">
          {labels.drawing(drawing.vertices)}
          {drawing.area > 0 ? ` · ${f.number(drawing.area, 1)} m²` : null}
        </p>
      ) : !tileUrl || tilesFailed ? (
        <p className="roof-drawing-overlay">{labels.tilesUnavailable}</p>
      ) : null}
    </div>
  );
}
