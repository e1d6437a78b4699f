import {
  DEFAULT_PANEL_SETTINGS,
  faceAzimuth,
  geodesicArea,
  isValidTilt,
  MAX_TILT_DEGREES,
  MIN_TILT_DEGREES,
  roofEstimate,
  roofFaceEstimate,
  validateRoofFace,
  type PanelSettings,
  type RoofFaceEstimate,
  type RoofFaceProblem,
} from '@portal/shared';
import { lazy, Suspense, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useFormat, type Formatters } from '../../lib/format.js';
import {
  COMPASS_POINTS,
  compassAzimuth,
  compassPoint,
  DEFAULT_TILT_DEGREES,
  isLatLng,
  newFaceId,
  parseDecimal,
  parseOutline,
  polygonFromPoints,
  type CompassPoint,
  type LatLng,
  type RoofFace,
} from './roof-faces.js';
import './roof-drawing.css';
import { asyncHandler } from '../../lib/async-handler.js';

export type { RoofFace, CompassPoint, LatLng } from './roof-faces.js';
export { COMPASS_POINTS, DEFAULT_TILT_DEGREES } from './roof-faces.js';

/** Every text the drawing shows; the screen using it passes them in its language. */
export type RoofDrawingLabels = {
  /** Accessible name of the map. */
  map: string;
  /** How to draw on the map, and that the coordinates form below does the same by keyboard. */
  mapHint: string;
  loadingMap: string;
  /** Shown over the map when there is no tile URL or the tiles do not load (offline). */
  tilesUnavailable: string;
  /** While an outline is being drawn: "Drawing: 3 points". */
  drawing: (points: number) => string;
  zoomIn: string;
  zoomOut: string;
  /** Geoman's toolbar and drawing hints. */
  tools: {
    drawPolygon: string;
    drawRectangle: string;
    edit: string;
    drag: string;
    rotate: string;
    remove: string;
    finish: string;
    cancel: string;
    removeLastVertex: string;
    firstVertex: string;
    continueLine: string;
    finishPoly: string;
    finishRect: string;
  };
  /** The form that places the map on a point (the address, geolocated by its coordinates). */
  locate: string;
  latitude: string;
  longitude: string;
  center: string;
  invalidCoordinates: string;
  /** Only with `geocode`: the address search. */
  address: string;
  search: string;
  searching: string;
  addressNotFound: string;
  addressFailed: string;
  /** The keyboard alternative to drawing: one "lat, lng" per line. */
  addFace: string;
  addFaceHint: string;
  addFaceSubmit: string;
  outlineBadLine: (line: number) => string;
  outlineTooFew: string;
  /** The list of faces. */
  faces: string;
  noFaces: string;
  face: (number: number) => string;
  tilt: string;
  tiltRange: string;
  planArea: string;
  orientation: string;
  /** The slope direction select: its label, and the option that keeps the outline's reading ("As drawn (south)"). */
  slopeDirection: string;
  slopeAsDrawn: (direction: string) => string;
  usableArea: string;
  panels: string;
  peakPower: string;
  /** Accessible name of a face's remove button: "Remove face 2". */
  remove: (face: string) => string;
  removeText: string;
  invalid: string;
  problems: Record<RoofFaceProblem, string>;
  totals: string;
  /** Shown under the totals when some faces do not count. */
  totalsSkipInvalid: string;
  compass: Record<CompassPoint, string>;
};

export type RoofDrawingProps = {
  faces: RoofFace[];
  onChange(faces: RoofFace[]): void;
  /** The address' point, when known; the map starts there. */
  center: LatLng | null;
  /** e.g. OpenStreetMap's `https://tile.openstreetmap.org/{z}/{x}/{y}.png`; null: a plain grid. */
  tileUrl: string | null;
  /** The tiles' required credit (HTML), e.g. `&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>`. */
  tileAttribution?: string | null;
  /** Looks an address up; with it, an address search box is shown. */
  geocode?: (address: string) => Promise<LatLng | null>;
  /** Panel size, power and packing factor (the server's settings); the shared defaults otherwise. */
  panelSettings?: PanelSettings;
  labels: RoofDrawingLabels;
};

/** A request to show a point; a new key moves the map even to the same point. */
export type MapView = LatLng & { zoom: number; key: number };

const ROOF_ZOOM = 19;

// Leaflet + geoman (~100 KB gzipped with their CSS) load only when a drawing is on screen.
const RoofDrawingMap = lazy(() => import('./roof-drawing-map.js'));

type FaceRow = {
  face: RoofFace;
  name: string;
  estimate: RoofFaceEstimate | null;
  problem: RoofFaceProblem | null;
  /** The plan area, also of an invalid outline when it has one (too small, too large). */
  planArea: number | null;
};

function faceRows(faces: readonly RoofFace[], settings: PanelSettings, labels: RoofDrawingLabels): FaceRow[] {
  return faces.map((face, index) => {
    const name = labels.face(index + 1);
    const validation = validateRoofFace(face.polygon);
    if (!validation.ok) {
      const area = validation.reason === 'TOO_SMALL' || validation.reason === 'TOO_LARGE' ? geodesicArea(face.polygon) : null;
      return { face, name, estimate: null, problem: validation.reason, planArea: area };
    }
    const estimate = isValidTilt(face.tiltDegrees) ? roofFaceEstimate(face.polygon, face.tiltDegrees, settings, face.azimuthDegrees ?? null) : null;
    return { face, name, estimate, problem: null, planArea: estimate?.planAreaM2 ?? geodesicArea(face.polygon) };
  });
}

export function RoofDrawing({ faces, onChange, center, tileUrl, tileAttribution = null, geocode, panelSettings, labels }: RoofDrawingProps) {
  const f = useFormat();
  const hintId = useId();
  const totalsId = useId();
  const settings = panelSettings ?? DEFAULT_PANEL_SETTINGS;
  const [view, setView] = useState<MapView | null>(center ? { ...center, zoom: ROOF_ZOOM, key: 0 } : null);
  const [activeId, setActiveId] = useState<string | null>(null);

  // A new address point from the caller moves the map there.
  useEffect(() => {
    if (center) setView((current) => (current && current.lat === center.lat && current.lng === center.lng ? current : { ...center, zoom: ROOF_ZOOM, key: (current?.key ?? 0) + 1 }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the point's coordinates, not the object a caller may rebuild
  }, [center?.lat, center?.lng]);

  const rows = useMemo(() => faceRows(faces, settings, labels), [faces, settings, labels]);
  const invalidIds = useMemo(() => new Set(rows.filter((row) => row.problem).map((row) => row.face.id)), [rows]);
  const counted = useMemo(() => rows.filter((row) => row.estimate), [rows]);
  const totals = useMemo(() => roofEstimate(counted.map((row) => row.face), settings), [counted, settings]);

  const goTo = (point: LatLng) => setView((current) => ({ ...point, zoom: ROOF_ZOOM, key: (current?.key ?? 0) + 1 }));
  const update = (id: string, change: Partial<RoofFace>) => onChange(faces.map((face) => (face.id === id ? { ...face, ...change } : face)));
  const remove = (id: string) => onChange(faces.filter((face) => face.id !== id));

  return (
    <div className="roof-drawing">
      <div className="roof-drawing-main">
        <Suspense fallback={<div className="roof-drawing-map roof-drawing-loading" role="status">{labels.loadingMap}</div>}>
          <RoofDrawingMap
            faces={faces}
            onChange={onChange}
            view={view}
            tileUrl={tileUrl}
            tileAttribution={tileAttribution}
            invalidIds={invalidIds}
            activeId={activeId}
            labels={labels}
            describedBy={hintId}
          />
        </Suspense>
        <p id={hintId} className="muted roof-drawing-hint">
          {labels.mapHint}
        </p>
        <div className="roof-drawing-forms">
          {geocode ? <AddressSearch geocode={geocode} labels={labels} onFound={goTo} /> : null}
          <LocateForm view={view} labels={labels} onLocate={goTo} />
          <OutlineForm
            labels={labels}
            onAdd={(points) => {
              onChange([...faces, { id: newFaceId(), polygon: polygonFromPoints(points), tiltDegrees: DEFAULT_TILT_DEGREES }]);
            }}
          />
        </div>
      </div>

      <div className="roof-drawing-side">
        {faces.length === 0 ? (
          <p className="roof-drawing-empty">{labels.noFaces}</p>
        ) : (
          <ol className="roof-faces" aria-label={labels.faces}>
            {rows.map((row) => (
              <li
                key={row.face.id}
                onMouseEnter={() => setActiveId(row.face.id)}
                onMouseLeave={() => setActiveId(null)}
                onFocus={() => setActiveId(row.face.id)}
                onBlur={() => setActiveId(null)}
              >
                <FaceCard
                  row={row}
                  labels={labels}
                  f={f}
                  onTilt={(tiltDegrees) => update(row.face.id, { tiltDegrees })}
                  onAzimuth={(azimuthDegrees) => update(row.face.id, { azimuthDegrees })}
                  onRemove={() => remove(row.face.id)}
                />
              </li>
            ))}
          </ol>
        )}
        <section className="roof-totals" aria-labelledby={totalsId}>
          <p className="roof-totals-title" id={totalsId}>
            {labels.totals}
          </p>
          <dl className="details" aria-live="polite">
            <dt>{labels.planArea}</dt>
            <dd>{f.number(totals.planAreaM2, 1)} m²</dd>
            <dt>{labels.usableArea}</dt>
            <dd>{f.number(totals.usableAreaM2, 1)} m²</dd>
            <dt>{labels.panels}</dt>
            <dd>{f.number(totals.panelCount)}</dd>
            <dt>{labels.peakPower}</dt>
            <dd>{f.number(totals.peakPowerKWp, 2)} kWp</dd>
          </dl>
          {counted.length < rows.length ? <p className="muted">{labels.totalsSkipInvalid}</p> : null}
        </section>
      </div>
    </div>
  );
}

type FaceCardProps = {
  row: FaceRow;
  labels: RoofDrawingLabels;
  f: Formatters;
  onTilt(tilt: number): void;
  onAzimuth(azimuth: number | null): void;
  onRemove(): void;
};

function FaceCard({ row, labels, f, onTilt, onAzimuth, onRemove }: FaceCardProps) {
  const { face, name, estimate, problem, planArea } = row;
  const errorId = useId();
  return (
    <fieldset className="roof-face" data-invalid={problem ? 'true' : undefined}>
      <legend>
        {name}
        {problem ? <span className="badge" data-tone="bad">{labels.invalid}</span> : null}
      </legend>
      {problem ? (
        <p className="error" id={errorId}>
          {labels.problems[problem]}
        </p>
      ) : null}
      <TiltInput value={face.tiltDegrees} labels={labels} onChange={onTilt} />
      <SlopeSelect face={face} labels={labels} onChange={onAzimuth} />
      <dl className="details">
        <dt>{labels.planArea}</dt>
        <dd>{planArea === null ? '—' : `${f.number(planArea, 1)} m²`}</dd>
        <dt>{labels.orientation}</dt>
        <dd>{estimate ? `${f.number(estimate.azimuthDegrees)}° (${labels.compass[compassPoint(estimate.azimuthDegrees)]})` : '—'}</dd>
        <dt>{labels.usableArea}</dt>
        <dd>{estimate ? `${f.number(estimate.usableAreaM2, 1)} m²` : '—'}</dd>
        <dt>{labels.panels}</dt>
        <dd>{estimate ? f.number(estimate.panelCount) : '—'}</dd>
        <dt>{labels.peakPower}</dt>
        <dd>{estimate ? `${f.number(estimate.peakPowerKWp, 2)} kWp` : '—'}</dd>
      </dl>
      <button type="button" className="secondary" aria-label={labels.remove(name)} onClick={onRemove}>
        {labels.removeText}
      </button>
    </fieldset>
  );
}

/**
 * Which way the face slopes: the outline's reading (its longest edge; a rectangle reads as south),
 * or one of the eight compass points. A native select, so it works with the keyboard and screen readers.
 */
function SlopeSelect({ face, labels, onChange }: { face: RoofFace; labels: RoofDrawingLabels; onChange(azimuth: number | null): void }) {
  const validation = validateRoofFace(face.polygon);
  const drawn = validation.ok ? labels.compass[compassPoint(faceAzimuth(face.polygon))] : '—';
  const chosen = face.azimuthDegrees ?? null;
  // A saved direction that is not one of the eight points (set elsewhere) stays selectable as itself.
  const custom = chosen !== null && !COMPASS_POINTS.some((point) => compassAzimuth(point) === chosen);
  return (
    <label className="field roof-slope">
      {labels.slopeDirection}
      <select value={chosen === null ? 'drawn' : String(chosen)} onChange={(event) => onChange(event.target.value === 'drawn' ? null : Number(event.target.value))}>
        <option value="drawn">{labels.slopeAsDrawn(drawn)}</option>
        {COMPASS_POINTS.map((point) => (
          <option key={point} value={String(compassAzimuth(point))}>
            {`${labels.compass[point]} (${compassAzimuth(point)}°)`}
          </option>
        ))}
        {custom ? <option value={String(chosen)}>{`${labels.compass[compassPoint(chosen)]} (${chosen}°)`}</option> : null}
      </select>
    </label>
  );
}

/** Tilt in whole or decimal degrees; a draft while typing, applied when it is a valid 0–60. */
function TiltInput({ value, labels, onChange }: { value: number; labels: RoofDrawingLabels; onChange(tilt: number): void }) {
  const [draft, setDraft] = useState(String(value));
  const hintId = useId();
  // An outside change (another tab of the form, a reset) replaces the draft.
  useEffect(() => {
    setDraft((current) => (parseDecimal(current) === value ? current : String(value)));
  }, [value]);
  const parsed = parseDecimal(draft);
  const valid = parsed !== null && isValidTilt(parsed);
  return (
    <label className="field roof-tilt">
      {labels.tilt}
      <input
        type="number"
        inputMode="decimal"
        min={MIN_TILT_DEGREES}
        max={MAX_TILT_DEGREES}
        step={1}
        value={draft}
        aria-invalid={valid ? undefined : true}
        aria-describedby={hintId}
        onChange={(event) => {
          setDraft(event.target.value);
          const tilt = parseDecimal(event.target.value);
          if (tilt !== null && isValidTilt(tilt)) onChange(tilt);
        }}
        onBlur={() => {
          if (!valid) setDraft(String(value));
        }}
      />
      <span id={hintId} className={valid ? 'muted roof-tilt-range' : 'error roof-tilt-range'}>
        {labels.tiltRange}
      </span>
    </label>
  );
}

function LocateForm({ view, labels, onLocate }: { view: MapView | null; labels: RoofDrawingLabels; onLocate(point: LatLng): void }) {
  const [lat, setLat] = useState(view ? String(view.lat) : '');
  const [lng, setLng] = useState(view ? String(view.lng) : '');
  const [error, setError] = useState(false);
  const errorId = useId();
  // The point found by the address search (or passed in) fills the fields.
  useEffect(() => {
    if (!view) return;
    setLat(String(view.lat));
    setLng(String(view.lng));
    setError(false);
  }, [view]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const point = { lat: parseDecimal(lat) ?? Number.NaN, lng: parseDecimal(lng) ?? Number.NaN };
    if (!isLatLng(point)) {
      setError(true);
      return;
    }
    setError(false);
    onLocate(point);
  };
  return (
    <form className="roof-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{labels.locate}</legend>
        <div className="roof-form-row">
          <label className="field">
            {labels.latitude}
            <input inputMode="decimal" autoComplete="off" value={lat} onChange={(event) => setLat(event.target.value)} aria-invalid={error || undefined} aria-describedby={error ? errorId : undefined} />
          </label>
          <label className="field">
            {labels.longitude}
            <input inputMode="decimal" autoComplete="off" value={lng} onChange={(event) => setLng(event.target.value)} aria-invalid={error || undefined} aria-describedby={error ? errorId : undefined} />
          </label>
          <button type="submit" className="secondary">
            {labels.center}
          </button>
        </div>
        {error ? (
          <p className="error" id={errorId} role="alert">
            {labels.invalidCoordinates}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}

function AddressSearch({ geocode, labels, onFound }: { geocode(address: string): Promise<LatLng | null>; labels: RoofDrawingLabels; onFound(point: LatLng): void }) {
  const [address, setAddress] = useState('');
  const [state, setState] = useState<'idle' | 'searching' | 'notFound' | 'failed'>('idle');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!address.trim()) return;
    setState('searching');
    try {
      const point = await geocode(address.trim());
      if (point && isLatLng(point)) {
        setState('idle');
        onFound(point);
      } else setState('notFound');
    } catch {
      setState('failed');
    }
  };
  const message = { idle: '', searching: labels.searching, notFound: labels.addressNotFound, failed: labels.addressFailed }[state];
  return (
    <form className="roof-form" role="search" onSubmit={asyncHandler(submit)}>
      <div className="roof-form-row">
        <label className="field roof-address">
          {labels.address}
          <input type="search" autoComplete="street-address" value={address} onChange={(event) => setAddress(event.target.value)} />
        </label>
        <button type="submit" className="secondary" disabled={state === 'searching'}>
          {labels.search}
        </button>
      </div>
      <p role="status" className={state === 'notFound' || state === 'failed' ? 'error' : 'muted'}>
        {message}
      </p>
    </form>
  );
}

function OutlineForm({ labels, onAdd }: { labels: RoofDrawingLabels; onAdd(points: LatLng[]): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseOutline(text);
    if (!parsed.ok) {
      setError('line' in parsed ? labels.outlineBadLine(parsed.line) : labels.outlineTooFew);
      return;
    }
    setError(null);
    setText('');
    onAdd(parsed.points);
  };
  return (
    <form className="roof-form" onSubmit={submit} noValidate>
      <label className="field">
        {labels.addFace}
        <textarea
          rows={4}
          value={text}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        />
      </label>
      <p id={hintId} className="muted roof-form-hint">
        {labels.addFaceHint}
      </p>
      {error ? (
        <p className="error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" className="secondary">
          {labels.addFaceSubmit}
        </button>
      </div>
    </form>
  );
}
