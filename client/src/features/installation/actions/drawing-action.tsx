import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { ROOF_FACE_PROBLEMS, type PanelSettings, type RoofFaceProblem } from '@portal/shared';
import { useMemo, useState } from 'react';
import { CustomerCurveUpload } from '../../../components/customer-curve-upload.js';
import { QueryResult } from '../../../components/query-result.js';
import { RoofDrawing, type LatLng, type RoofDrawingLabels, type RoofFace } from '../../../components/roof-drawing/roof-drawing.js';
import { SolarEstimateView } from '../../../components/solar-estimate/solar-estimate-view.js';
import { EmptyState } from '../../../components/states.js';
import type { InstallationRoofDrawingQuery, RoofDrawingDetailFragment } from '../../../__generated__/graphql.js';
import { errorMessageKey } from '../../../lib/errors.js';
import { useFormat } from '../../../lib/format.js';
import { useI18n } from '../../../lib/i18n.js';
import type { ActionScreenProps } from './action-screens.js';
import { SOLAR_ESTIMATE } from '../../../lib/solar-estimate.documents.js';
import { ROOF_DRAWING, SAVE_ROOF_DRAWING } from './drawing.documents.js';
import { useDrawingMessages } from './drawing.messages.js';

/** Where the map opens when the installation has no saved drawing yet (Sevilla). */
const DEFAULT_CENTER: LatLng = { lat: 37.35, lng: -6.05 };

const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/** Reasons of the server's BAD_USER_INPUT about one face, besides the shared geometry problems. */
const FACE_REASONS = [...ROOF_FACE_PROBLEMS, 'TILT_OUT_OF_RANGE', 'AZIMUTH_OUT_OF_RANGE', 'TOO_MANY_POINTS'] as const;
type FaceReason = (typeof FACE_REASONS)[number];
const isFaceReason = (reason: unknown): reason is FaceReason => (FACE_REASONS as readonly unknown[]).includes(reason);

/** The roof drawing step: draw the faces on the map, see the estimate live, save it. */
export default function DrawingAction({ installationId }: ActionScreenProps) {
  const m = useDrawingMessages();
  const query = useQuery(ROOF_DRAWING, { variables: { id: installationId } });
  return (
    <QueryResult result={query.data} query={query}>
      {(data) =>
        data.installation ? (
          <DrawingEditor installationId={installationId} settings={data.roofDrawingSettings} saved={data.installation.roofDrawing ?? null} />
        ) : (
          <EmptyState title={m('notFound')} />
        )
      }
    </QueryResult>
  );
}

type Settings = InstallationRoofDrawingQuery['roofDrawingSettings'];

type Outcome = { kind: 'saved'; panels: number; kwp: number } | { kind: 'error'; message: string } | null;

function facesOf(saved: RoofDrawingDetailFragment | null): RoofFace[] {
  return (saved?.faces ?? []).map((face, index) => ({
    id: `saved-${index}`,
    polygon: { type: 'Polygon', coordinates: face.polygon.coordinates },
    tiltDegrees: face.tiltDegrees,
    azimuthDegrees: face.azimuthSetByHand ? face.azimuthDegrees : null,
  }));
}

/** The middle of the drawn outlines (so the map reopens on the roof), or the map's start point. */
function centerOf(faces: readonly RoofFace[], fallback: LatLng): LatLng {
  const points = faces.flatMap((face) => face.polygon.coordinates[0] ?? []);
  if (points.length === 0) return fallback;
  const lat = points.reduce((sum, p) => sum + (p[1] ?? 0), 0) / points.length;
  const lng = points.reduce((sum, p) => sum + (p[0] ?? 0), 0) / points.length;
  return Number.isFinite(lat) && Number.isFinite(lng) ? { lat: Math.round(lat * 1e7) / 1e7, lng: Math.round(lng * 1e7) / 1e7 } : fallback;
}

/** A Nominatim-style search: `?q=<address>&format=json&limit=1` answering `[{ lat, lon }]`. */
async function geocodeWith(url: string, address: string): Promise<LatLng | null> {
  const search = new URL(url, window.location.href);
  search.searchParams.set('q', address);
  search.searchParams.set('format', 'json');
  search.searchParams.set('limit', '1');
  const response = await fetch(search, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`Geocoder answered ${response.status}`);
  const results = (await response.json()) as Array<{ lat?: string; lon?: string }>;
  const first = Array.isArray(results) ? results[0] : undefined;
  if (!first) return null;
  const point = { lat: Number(first.lat), lng: Number(first.lon) };
  return Number.isFinite(point.lat) && Number.isFinite(point.lng) ? point : null;
}

function DrawingEditor({ installationId, settings, saved }: { installationId: string; settings: Settings; saved: RoofDrawingDetailFragment | null }) {
  const m = useDrawingMessages();
  const { t } = useI18n();
  const f = useFormat();
  const [faces, setFaces] = useState<RoofFace[]>(() => facesOf(saved));
  // What was last saved (or loaded): anything else is an unsaved change.
  const [savedFaces, setSavedFaces] = useState<RoofFace[]>(faces);
  const [center] = useState<LatLng>(() => (saved ? { lat: saved.center.lat, lng: saved.center.lng } : DEFAULT_CENTER));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [save, { loading: saving }] = useMutation(SAVE_ROOF_DRAWING, {
    refetchQueries: [
      { query: ROOF_DRAWING, variables: { id: installationId } },
      { query: SOLAR_ESTIMATE, variables: { id: installationId } },
    ],
  });

  const panelSettings = useMemo<PanelSettings>(
    () => ({
      panelWidthM: settings.panelWidthM,
      panelHeightM: settings.panelHeightM,
      panelPowerW: settings.panelPowerW,
      packingFactor: settings.packingFactor,
    }),
    [settings.panelWidthM, settings.panelHeightM, settings.panelPowerW, settings.packingFactor],
  );
  const geocoderUrl = settings.geocoderUrl;
  const geocode = useMemo(() => (geocoderUrl ? (address: string) => geocodeWith(geocoderUrl, address) : undefined), [geocoderUrl]);
  const tileAttribution = settings.tileUrl?.includes('openstreetmap.org') ? OSM_ATTRIBUTION : null;

  const labels = useMemo<RoofDrawingLabels>(
    () => ({
      map: m('map'),
      mapHint: m('mapHint'),
      loadingMap: m('loadingMap'),
      tilesUnavailable: m('tilesUnavailable'),
      drawing: (points) => m('drawing', { n: points }),
      zoomIn: m('zoomIn'),
      zoomOut: m('zoomOut'),
      tools: {
        drawPolygon: m('tools.drawPolygon'),
        drawRectangle: m('tools.drawRectangle'),
        edit: m('tools.edit'),
        drag: m('tools.drag'),
        rotate: m('tools.rotate'),
        remove: m('tools.remove'),
        finish: m('tools.finish'),
        cancel: m('tools.cancel'),
        removeLastVertex: m('tools.removeLastVertex'),
        firstVertex: m('tools.firstVertex'),
        continueLine: m('tools.continueLine'),
        finishPoly: m('tools.finishPoly'),
        finishRect: m('tools.finishRect'),
      },
      locate: m('locate'),
      latitude: m('latitude'),
      longitude: m('longitude'),
      center: m('center'),
      invalidCoordinates: m('invalidCoordinates'),
      address: m('address'),
      search: m('search'),
      searching: m('searching'),
      addressNotFound: m('addressNotFound'),
      addressFailed: m('addressFailed'),
      addFace: m('addFace'),
      addFaceHint: m('addFaceHint'),
      addFaceSubmit: m('addFaceSubmit'),
      outlineBadLine: (line) => m('outlineBadLine', { n: line }),
      outlineTooFew: m('outlineTooFew'),
      faces: m('faces'),
      noFaces: m('noFaces'),
      face: (number) => m('face', { n: number }),
      tilt: m('tilt'),
      tiltRange: m('tiltRange'),
      planArea: m('planArea'),
      orientation: m('orientation'),
      slopeDirection: m('slopeDirection'),
      slopeAsDrawn: (direction) => m('slopeAsDrawn', { direction }),
      usableArea: m('usableArea'),
      panels: m('panels'),
      peakPower: m('peakPower'),
      remove: (face) => m('remove', { face }),
      removeText: m('removeText'),
      invalid: m('invalid'),
      problems: Object.fromEntries(ROOF_FACE_PROBLEMS.map((problem) => [problem, m(`problem.${problem}`)])) as Record<RoofFaceProblem, string>,
      totals: m('totals'),
      totalsSkipInvalid: m('totalsSkipInvalid'),
      compass: {
        N: m('compass.N'),
        NE: m('compass.NE'),
        E: m('compass.E'),
        SE: m('compass.SE'),
        S: m('compass.S'),
        SW: m('compass.SW'),
        W: m('compass.W'),
        NW: m('compass.NW'),
      },
    }),
    [m],
  );

  /** Which face and why, from the server's BAD_USER_INPUT; the drawing itself stays as it is. */
  function errorText(error: unknown): string {
    if (!CombinedGraphQLErrors.is(error)) return m('saveFailed');
    const extensions = error.errors[0]?.extensions ?? {};
    const { argument, reason } = extensions as { argument?: unknown; reason?: unknown };
    const faceIndex = typeof argument === 'string' ? /^input\.faces\.(\d+)/.exec(argument)?.[1] : undefined;
    if (faceIndex !== undefined && isFaceReason(reason)) {
      return m('faceError', { face: m('face', { n: Number(faceIndex) + 1 }), problem: m(`problem.${reason}`) });
    }
    if (reason === 'NO_FACES') return m('noFacesError');
    if (reason === 'TOO_MANY_FACES') return m('tooManyFaces');
    if (reason === 'INVALID_CENTER') return m('invalidCenter');
    return `${t(errorMessageKey(error))} ${m('saveFailed')}`;
  }

  async function submit() {
    if (faces.length === 0) {
      setOutcome({ kind: 'error', message: m('noFacesError') });
      return;
    }
    setOutcome(null);
    const sent = faces;
    const input = {
      center: centerOf(sent, center),
      faces: sent.map((face) => ({
        coordinates: face.polygon.coordinates.map((ring) => ring.map((position) => [position[0]!, position[1]!])),
        tiltDegrees: face.tiltDegrees,
        azimuthDegrees: face.azimuthDegrees ?? null,
      })),
    };
    try {
      const result = await save({ variables: { installationId, input } });
      const drawing = result.data?.saveRoofDrawing;
      setSavedFaces(sent);
      setOutcome(drawing ? { kind: 'saved', panels: drawing.panelCount, kwp: drawing.peakPowerKwp } : null);
    } catch (error) {
      setOutcome({ kind: 'error', message: errorText(error) });
    }
  }

  const unsaved = faces !== savedFaces;
  return (
    <div className="drawing-action">
      <p>{m('intro')}</p>
      <RoofDrawing
        faces={faces}
        onChange={(next) => {
          setFaces(next);
          if (outcome?.kind === 'saved') setOutcome(null);
        }}
        center={center}
        tileUrl={settings.tileUrl ?? null}
        tileAttribution={tileAttribution}
        geocode={geocode}
        panelSettings={panelSettings}
        labels={labels}
      />
      <div className="drawing-save">
        <button type="button" onClick={() => void submit()} disabled={saving} aria-describedby="roof-save-status">
          {saving ? m('saving') : m('save')}
        </button>
        <p id="roof-save-status" role="status" className="muted">
          {outcome?.kind === 'saved'
            ? m('saved', { panels: f.number(outcome.panels), kwp: f.number(outcome.kwp, 2) })
            : unsaved
              ? m('unsaved')
              : saved
                ? m('savedAt', { date: f.dateTime(saved.updatedAt) })
                : ''}
        </p>
        {outcome?.kind === 'error' ? (
          <p role="alert" className="error">
            {outcome.message}
          </p>
        ) : null}
      </div>
      <SolarEstimatePanel installationId={installationId} />
    </div>
  );
}

/**
 * The estimate of the saved drawing (refetched by each save), with the customer's curve upload
 * while it has no consumption: once a file's rows are in, the estimate is read again.
 */
function SolarEstimatePanel({ installationId }: { installationId: string }) {
  const query = useQuery(SOLAR_ESTIMATE, { variables: { id: installationId } });
  // After an upload the form and its report stay, beside the figures the file brought.
  const [uploaded, setUploaded] = useState(false);
  const upload = (
    <CustomerCurveUpload
      headingLevel={3}
      onImported={() => {
        setUploaded(true);
        void query.refetch();
      }}
    />
  );
  return (
    <QueryResult result={query.data} query={query}>
      {(data) => {
        const estimate = data.solarEstimate ?? null;
        return <SolarEstimateView estimate={estimate} audience="customer" consumptionUpload={estimate && (uploaded || estimate.consumptionKWh == null) ? upload : null} />;
      }}
    </QueryResult>
  );
}
