/**
 * Roof faces the customer draws on the map: validation, geodesic area, orientation and a panel
 * estimate. The server validates and stores with it and the SPA updates the numbers live with it,
 * so both show the same figures.
 *
 * A face is a GeoJSON Polygon with one outer ring of [lng, lat] positions (WGS84 degrees) and no
 * holes, plus the face's tilt in degrees from horizontal.
 */

/** A GeoJSON position: [lng, lat], possibly followed by an altitude, which is ignored. */
export type GeoPosition = readonly number[];

export interface RoofPolygon {
  readonly type: 'Polygon';
  readonly coordinates: ReadonlyArray<ReadonlyArray<GeoPosition>>;
}

export const ROOF_FACE_PROBLEMS = [
  'NOT_POLYGON',
  'HOLES',
  'OUT_OF_RANGE',
  'NOT_CLOSED',
  'TOO_FEW_POINTS',
  'SELF_INTERSECTING',
  'TOO_SMALL',
  'TOO_LARGE',
] as const;
export type RoofFaceProblem = (typeof ROOF_FACE_PROBLEMS)[number];

/** `message` is an English sentence for logs and APIs; the SPA shows its own text per `reason`. */
export type RoofFaceValidation = { ok: true } | { ok: false; reason: RoofFaceProblem; message: string };

/** Plausible plan area of one roof face, in m²: below it nothing fits, above it it is not one face. */
export const MIN_ROOF_FACE_AREA_M2 = 2;
export const MAX_ROOF_FACE_AREA_M2 = 5000;

export const MIN_TILT_DEGREES = 0;
export const MAX_TILT_DEGREES = 60;

/** WGS84 mean radius, the one @turf/area uses, so areas match Turf's to the metre. */
export const EARTH_RADIUS_M = 6371008.8;

export interface PanelSettings {
  /** Panel width in metres. */
  panelWidthM: number;
  /** Panel height in metres. */
  panelHeightM: number;
  /** Peak power of one panel in watts. */
  panelPowerW: number;
  /** Share of the sloped surface panels can cover (edges, gaps, obstacles), in (0, 1]. */
  packingFactor: number;
}

export const DEFAULT_PANEL_SETTINGS: Readonly<PanelSettings> = Object.freeze({
  panelWidthM: 1.134,
  panelHeightM: 1.762,
  panelPowerW: 430,
  packingFactor: 0.7,
});

export interface RoofFaceEstimate {
  /** Geodesic area of the polygon as drawn on the map (horizontal projection), m². */
  planAreaM2: number;
  /** Area of the sloped surface: plan area / cos(tilt), m². */
  surfaceAreaM2: number;
  /** Surface area × packing factor, m². */
  usableAreaM2: number;
  /** Compass direction the face slopes towards, see faceAzimuth. */
  azimuthDegrees: number;
  /** Whole panels fitting in the usable area. */
  panelCount: number;
  /** panelCount × panel power, in kWp. */
  peakPowerKWp: number;
}

export interface RoofFaceInput {
  polygon: RoofPolygon;
  tiltDegrees: number;
  /** The slope direction the customer set (see faceAzimuth); absent or null: derived from the outline. */
  azimuthDegrees?: number | null;
}

export interface RoofEstimate {
  faces: RoofFaceEstimate[];
  planAreaM2: number;
  surfaceAreaM2: number;
  usableAreaM2: number;
  panelCount: number;
  peakPowerKWp: number;
}

const RAD = Math.PI / 180;

type Point = { x: number; y: number };

function fail(reason: RoofFaceProblem, message: string): RoofFaceValidation {
  return { ok: false, reason, message };
}

/** Wraps a longitude difference into (-180, 180]. */
function wrapDelta(delta: number): number {
  const wrapped = ((((delta + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped;
}

/**
 * The ring's vertices without the closing position and without consecutive repeats, with
 * longitudes unwrapped so that a face across the antimeridian stays one small shape.
 */
function ringVertices(polygon: RoofPolygon): Array<[number, number]> {
  const ring = polygon.coordinates[0] ?? [];
  const vertices: Array<[number, number]> = [];
  for (const position of ring) {
    const lng = position[0] as number;
    const lat = position[1] as number;
    const previous = vertices[vertices.length - 1];
    if (previous === undefined) {
      vertices.push([lng, lat]);
      continue;
    }
    const unwrapped = previous[0] + wrapDelta(lng - previous[0]);
    if (unwrapped !== previous[0] || lat !== previous[1]) vertices.push([unwrapped, lat]);
  }
  while (vertices.length > 1) {
    const first = vertices[0]!;
    const last = vertices[vertices.length - 1]!;
    if (last[1] !== first[1] || wrapDelta(last[0] - first[0]) !== 0) break;
    vertices.pop();
  }
  return vertices;
}

/** Vertices in metres east (x) and north (y) of their mean, on a plane tangent there. */
function localPlane(vertices: ReadonlyArray<[number, number]>): Point[] {
  const lng0 = vertices.reduce((sum, v) => sum + v[0], 0) / vertices.length;
  const lat0 = vertices.reduce((sum, v) => sum + v[1], 0) / vertices.length;
  const kx = EARTH_RADIUS_M * RAD * Math.cos(lat0 * RAD);
  const ky = EARTH_RADIUS_M * RAD;
  return vertices.map(([lng, lat]) => ({ x: (lng - lng0) * kx, y: (lat - lat0) * ky }));
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Side of r relative to p→q: 1 left, -1 right, 0 collinear (relative tolerance, so scale-free). */
function orientation(p: Point, q: Point, r: Point): number {
  const value = cross(p, q, r);
  const tolerance = 1e-9 * distance(p, q) * distance(p, r);
  return Math.abs(value) <= tolerance ? 0 : Math.sign(value);
}

/** r lies within the bounding box of p–q (used once p, q, r are known to be collinear). */
function withinBox(p: Point, q: Point, r: Point): boolean {
  return (
    r.x <= Math.max(p.x, q.x) && r.x >= Math.min(p.x, q.x) && r.y <= Math.max(p.y, q.y) && r.y >= Math.min(p.y, q.y)
  );
}

/** Closed segments a–b and c–d share at least one point (touching counts). */
function segmentsIntersect(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && withinBox(a, b, c)) ||
    (o2 === 0 && withinBox(a, b, d)) ||
    (o3 === 0 && withinBox(c, d, a)) ||
    (o4 === 0 && withinBox(c, d, b))
  );
}

/**
 * The ring crosses or touches itself: two non-adjacent edges meet, or an edge runs straight back
 * over the previous one (a spike).
 */
function selfIntersects(points: readonly Point[]): boolean {
  const n = points.length;
  const at = (i: number): Point => points[i % n]!;
  for (let i = 0; i < n; i++) {
    const a = at(i);
    const b = at(i + 1);
    const c = at(i + 2);
    // Adjacent edges a→b and b→c only share b, unless c goes back along a→b.
    const abx = b.x - a.x;
    const aby = b.y - a.y;
    const bcx = c.x - b.x;
    const bcy = c.y - b.y;
    if (orientation(a, b, c) === 0 && abx * bcx + aby * bcy < 0) return true;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // the last edge is adjacent to the first
      if (segmentsIntersect(a, b, at(j), at(j + 1))) return true;
    }
  }
  return false;
}

function isPosition(value: unknown): value is GeoPosition {
  return Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number');
}

/**
 * Checks one drawn roof face: a GeoJSON Polygon whose single ring is closed (first position equals
 * the last), has at least 3 distinct vertices within lng [-180, 180] / lat [-90, 90], does not cross
 * or touch itself, and has a geodesic area between MIN_ROOF_FACE_AREA_M2 and MAX_ROOF_FACE_AREA_M2.
 * Takes `unknown` so the server can pass the JSON it received as is.
 */
export function validateRoofFace(polygon: unknown): RoofFaceValidation {
  if (typeof polygon !== 'object' || polygon === null) return fail('NOT_POLYGON', 'The roof face is not a GeoJSON Polygon.');
  const { type, coordinates } = polygon as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon') return fail('NOT_POLYGON', `The roof face must be a GeoJSON Polygon, not ${String(type)}.`);
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    return fail('NOT_POLYGON', 'The polygon has no coordinates.');
  }
  if (!coordinates.every((ring) => Array.isArray(ring) && ring.every(isPosition))) {
    return fail('NOT_POLYGON', 'The polygon coordinates must be rings of [longitude, latitude] numbers.');
  }
  if (coordinates.length > 1) return fail('HOLES', 'A roof face must be one outline without holes.');
  const ring = coordinates[0] as GeoPosition[];
  for (const [lng, lat] of ring as Array<[number, number]>) {
    if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
      return fail('OUT_OF_RANGE', `The point [${lng}, ${lat}] is not a valid longitude and latitude.`);
    }
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first !== undefined && last !== undefined && ring.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) {
    return fail('NOT_CLOSED', 'The outline is not closed: its last point must repeat the first.');
  }
  const face = polygon as RoofPolygon;
  const vertices = ringVertices(face);
  const distinct = new Set(vertices.map(([lng, lat]) => `${wrapDelta(lng)},${lat}`));
  if (distinct.size < 3) return fail('TOO_FEW_POINTS', 'A roof face needs at least 3 different points.');
  if (selfIntersects(localPlane(vertices))) {
    return fail('SELF_INTERSECTING', 'The outline crosses itself; draw the roof face without crossing lines.');
  }
  const area = geodesicArea(face);
  if (area < MIN_ROOF_FACE_AREA_M2) {
    return fail('TOO_SMALL', `The roof face measures ${area.toFixed(2)} m²; the minimum is ${MIN_ROOF_FACE_AREA_M2} m².`);
  }
  if (area > MAX_ROOF_FACE_AREA_M2) {
    return fail('TOO_LARGE', `The roof face measures ${area.toFixed(0)} m²; one face can be at most ${MAX_ROOF_FACE_AREA_M2} m².`);
  }
  return { ok: true };
}

/**
 * Area in m² of the polygon on a sphere of radius EARTH_RADIUS_M: the spherical-excess formula of
 * Chamberlain & Duquette (JPL 07-03), the one @turf/area uses,
 *   A = R²/2 · |Σ (λ[i+1] − λ[i−1]) · sin φ[i]|,
 * so it gives Turf's numbers. Rings with fewer than 3 vertices have area 0.
 */
export function geodesicArea(polygon: RoofPolygon): number {
  const vertices = ringVertices(polygon);
  const n = vertices.length;
  if (n < 3) return 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const previous = vertices[(i + n - 1) % n]!;
    const current = vertices[i]!;
    const next = vertices[(i + 1) % n]!;
    total += (next[0] - previous[0]) * RAD * Math.sin(current[1] * RAD);
  }
  return (Math.abs(total) * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2;
}

/** Edges within this share of the longest edge count as equally long. */
const EAVE_LENGTH_TOLERANCE = 0.01;

/** Angle between two compass directions, 0–180. */
function compassGap(a: number, b: number): number {
  return Math.abs(((((a - b) % 360) + 540) % 360) - 180);
}

/**
 * Compass direction the face slopes towards, in degrees (0 north, 90 east, 180 south, 270 west),
 * from 0 up to (not including) 360, rounded to 0.1.
 *
 * Rule: the longest edge (measured in metres) is taken as the eave, the face's lower edge, and the
 * face slopes towards that edge's outward normal, the side away from the polygon's interior. A
 * symmetric outline cannot tell which way it slopes, so edges within 1 % of the longest count as
 * equally long, and among them the one facing closest to south wins (the usual face someone wants
 * panels on); remaining ties go to the first edge in ring order.
 *
 * Throws a RangeError when the ring has fewer than 2 distinct points.
 */
export function faceAzimuth(polygon: RoofPolygon): number {
  const vertices = ringVertices(polygon);
  if (vertices.length < 2) throw new RangeError('A roof face needs at least 2 different points for an orientation.');
  const points = localPlane(vertices);
  const n = points.length;
  // Shoelace: positive when the ring runs counter-clockwise (x east, y north); the interior is
  // then on the left of every edge and the outward normal on its right.
  let signedArea = 0;
  for (let i = 0; i < n; i++) signedArea += cross({ x: 0, y: 0 }, points[i]!, points[(i + 1) % n]!);
  const counterClockwise = signedArea >= 0;
  const edges = points.map((a, i) => {
    const b = points[(i + 1) % n]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const [nx, ny] = counterClockwise ? [dy, -dx] : [-dy, dx];
    const azimuth = ((Math.atan2(nx, ny) / RAD) % 360 + 360) % 360;
    return { length: Math.hypot(dx, dy), azimuth };
  });
  const longest = Math.max(...edges.map((edge) => edge.length));
  let eave: { length: number; azimuth: number } | undefined;
  for (const edge of edges) {
    if (edge.length < longest * (1 - EAVE_LENGTH_TOLERANCE)) continue;
    if (eave === undefined || compassGap(edge.azimuth, 180) < compassGap(eave.azimuth, 180) - 1e-9) eave = edge;
  }
  const rounded = Math.round(eave!.azimuth * 10) / 10;
  return rounded >= 360 ? 0 : rounded;
}

/** A compass direction the customer may set: 0 up to (not including) 360. */
export function isValidAzimuth(azimuthDegrees: number): boolean {
  return Number.isFinite(azimuthDegrees) && azimuthDegrees >= 0 && azimuthDegrees < 360;
}

export function isValidTilt(tiltDegrees: number): boolean {
  return Number.isFinite(tiltDegrees) && tiltDegrees >= MIN_TILT_DEGREES && tiltDegrees <= MAX_TILT_DEGREES;
}

export function isValidPanelSettings(settings: PanelSettings): boolean {
  const positive = (n: number) => Number.isFinite(n) && n > 0;
  return (
    positive(settings.panelWidthM) &&
    positive(settings.panelHeightM) &&
    positive(settings.panelPowerW) &&
    positive(settings.packingFactor) &&
    settings.packingFactor <= 1
  );
}

function assertTilt(tiltDegrees: number): void {
  if (!isValidTilt(tiltDegrees)) {
    throw new RangeError(`The tilt must be between ${MIN_TILT_DEGREES} and ${MAX_TILT_DEGREES} degrees, not ${tiltDegrees}.`);
  }
}

/** Area of the sloped surface whose horizontal projection is `planArea`: planArea / cos(tilt). */
export function surfaceArea(planArea: number, tiltDegrees: number): number {
  assertTilt(tiltDegrees);
  return planArea / Math.cos(tiltDegrees * RAD);
}

/** Surface area of the sloped face × packing factor. Throws a RangeError for a bad tilt or factor. */
export function usableArea(planArea: number, tiltDegrees: number, packingFactor: number): number {
  if (!(Number.isFinite(packingFactor) && packingFactor > 0 && packingFactor <= 1)) {
    throw new RangeError(`The packing factor must be in (0, 1], not ${packingFactor}.`);
  }
  return surfaceArea(planArea, tiltDegrees) * packingFactor;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Area, orientation and panel estimate of one face. Areas are rounded to 0.01 m²; the panel count
 * is the whole number of panels in the rounded usable area, so it can be checked from the figures
 * shown; kWp is rounded to 0.01. The orientation is `azimuthDegrees` when the customer set one (a
 * rectangle cannot tell its slope), else faceAzimuth's. Throws a RangeError when the face is not
 * valid (see validateRoofFace), the tilt is outside 0–60°, the azimuth outside [0, 360) or the
 * settings are not positive (packing ≤ 1).
 */
export function roofFaceEstimate(
  polygon: RoofPolygon,
  tiltDegrees: number,
  settings: PanelSettings = DEFAULT_PANEL_SETTINGS,
  azimuthDegrees: number | null = null,
): RoofFaceEstimate {
  const validation = validateRoofFace(polygon);
  if (!validation.ok) throw new RangeError(validation.message);
  assertTilt(tiltDegrees);
  if (azimuthDegrees !== null && !isValidAzimuth(azimuthDegrees)) {
    throw new RangeError(`The azimuth must be from 0 up to 360 degrees, not ${azimuthDegrees}.`);
  }
  if (!isValidPanelSettings(settings)) throw new RangeError('The panel settings must be positive, with a packing factor of at most 1.');
  const plan = geodesicArea(polygon);
  const usableAreaM2 = round2(usableArea(plan, tiltDegrees, settings.packingFactor));
  // The epsilon keeps 3.9999999 (binary rounding of an exact 4) from losing a panel.
  const panelCount = Math.floor(usableAreaM2 / (settings.panelWidthM * settings.panelHeightM) + 1e-9);
  return {
    planAreaM2: round2(plan),
    surfaceAreaM2: round2(surfaceArea(plan, tiltDegrees)),
    usableAreaM2,
    azimuthDegrees: azimuthDegrees ?? faceAzimuth(polygon),
    panelCount,
    peakPowerKWp: round2((panelCount * settings.panelPowerW) / 1000),
  };
}

/**
 * Estimate of every face and their totals. Totals add the rounded per-face figures (in hundredths,
 * so there is no float drift), so they equal the sum of what is shown per face.
 */
export function roofEstimate(
  faces: readonly RoofFaceInput[],
  settings: PanelSettings = DEFAULT_PANEL_SETTINGS,
): RoofEstimate {
  const estimates = faces.map((face) => roofFaceEstimate(face.polygon, face.tiltDegrees, settings, face.azimuthDegrees ?? null));
  const total = (pick: (estimate: RoofFaceEstimate) => number) =>
    estimates.reduce((sum, estimate) => sum + Math.round(pick(estimate) * 100), 0) / 100;
  return {
    faces: estimates,
    planAreaM2: total((e) => e.planAreaM2),
    surfaceAreaM2: total((e) => e.surfaceAreaM2),
    usableAreaM2: total((e) => e.usableAreaM2),
    panelCount: estimates.reduce((sum, e) => sum + e.panelCount, 0),
    peakPowerKWp: total((e) => e.peakPowerKWp),
  };
}
