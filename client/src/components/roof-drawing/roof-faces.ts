import type { RoofPolygon } from '@portal/shared';

/**
 * One roof face the customer drew: a GeoJSON Polygon ([lng, lat] positions), its tilt and the slope
 * direction they chose (null: read from the outline, which a rectangle always reads as south).
 */
export type RoofFace = { id: string; polygon: RoofPolygon; tiltDegrees: number; azimuthDegrees?: number | null };

export type LatLng = { lat: number; lng: number };

export const DEFAULT_TILT_DEGREES = 30;

/** The eight compass points the orientation is named by (labels come from the caller). */
export const COMPASS_POINTS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/** The compass point nearest to an azimuth in degrees (0 north, 90 east, 180 south). */
export function compassPoint(azimuthDegrees: number): CompassPoint {
  const index = Math.round((((azimuthDegrees % 360) + 360) % 360) / 45) % 8;
  return COMPASS_POINTS[index]!;
}

/** The azimuth of a compass point: N 0, NE 45 … NW 315. */
export function compassAzimuth(point: CompassPoint): number {
  return COMPASS_POINTS.indexOf(point) * 45;
}

let sequence = 0;

/** A new face id, unique in this page (crypto.randomUUID needs a secure context). */
export function newFaceId(): string {
  sequence += 1;
  return `face-${Date.now().toString(36)}-${sequence}`;
}

/** ~1 cm: enough for a roof, and keeps positions comparable after a round trip through the map. */
const round = (degrees: number) => Math.round(degrees * 1e7) / 1e7;

/** A closed GeoJSON Polygon from the outline's vertices (in any order; not repeated at the end). */
export function polygonFromPoints(points: readonly LatLng[]): RoofPolygon {
  const ring = points.map((point) => [round(point.lng), round(point.lat)]);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0]!, first[1]!]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** The outline's vertices as map points, without the closing repeat. */
export function pointsOfPolygon(polygon: RoofPolygon): LatLng[] {
  const ring = polygon.coordinates[0] ?? [];
  const points = ring.map((position) => ({ lat: position[1]!, lng: position[0]! }));
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first && last && first.lat === last.lat && first.lng === last.lng) points.pop();
  return points;
}

export function samePolygon(a: RoofPolygon, b: RoofPolygon): boolean {
  const ringA = a.coordinates[0] ?? [];
  const ringB = b.coordinates[0] ?? [];
  return (
    a.coordinates.length === b.coordinates.length &&
    ringA.length === ringB.length &&
    ringA.every((position, index) => position[0] === ringB[index]![0] && position[1] === ringB[index]![1])
  );
}

/** A decimal number typed with a point or a Spanish decimal comma; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return null;
  return Number(trimmed);
}

export function isLatLng(point: LatLng): boolean {
  return Math.abs(point.lat) <= 90 && Math.abs(point.lng) <= 180;
}

const NUMBER = String.raw`[-+]?\d+(?:[.,]\d+)?`;
/** "lat, lng", "lat; lng", "lat lng" or with decimal commas "40,4168, -3,7038". */
const LINE = new RegExp(String.raw`^\s*(${NUMBER})\s*(?:[,;]\s*|\s+)(${NUMBER})\s*$`);

export type ParsedOutline = { ok: true; points: LatLng[] } | { ok: false; line: number } | { ok: false; tooFew: true };

/** One `lat, lng` per line (blank lines ignored); the outline needs 3 points or more. */
export function parseOutline(text: string): ParsedOutline {
  const points: LatLng[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const match = LINE.exec(line);
    const lat = match ? parseDecimal(match[1]!) : null;
    const lng = match ? parseDecimal(match[2]!) : null;
    if (lat === null || lng === null || !isLatLng({ lat, lng })) return { ok: false, line: index + 1 };
    points.push({ lat, lng });
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first!.lat === last!.lat && first!.lng === last!.lng) points.pop();
  return points.length < 3 ? { ok: false, tooFew: true } : { ok: true, points };
}
