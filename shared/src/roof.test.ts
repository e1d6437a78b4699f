import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PANEL_SETTINGS,
  EARTH_RADIUS_M,
  faceAzimuth,
  geodesicArea,
  isValidPanelSettings,
  isValidTilt,
  roofEstimate,
  roofFaceEstimate,
  surfaceArea,
  usableArea,
  validateRoofFace,
  type RoofPolygon,
} from './roof.js';

const RAD = Math.PI / 180;
const MADRID = { lat: 40.4, lng: -3.7 };

/** A closed polygon from [east, north] offsets in metres around a point (tangent-plane conversion). */
function face(metres: Array<[number, number]>, origin = MADRID): RoofPolygon {
  const ring = metres.map(([east, north]) => [
    origin.lng + east / (EARTH_RADIUS_M * RAD * Math.cos(origin.lat * RAD)),
    origin.lat + north / (EARTH_RADIUS_M * RAD),
  ]);
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

/** A width × depth rectangle (metres), edges along the parallels and meridians. */
function rectangle(width: number, depth: number, origin = MADRID): RoofPolygon {
  return face([[0, 0], [width, 0], [width, depth], [0, depth]], origin);
}

function reversed(polygon: RoofPolygon): RoofPolygon {
  return { type: 'Polygon', coordinates: [[...polygon.coordinates[0]!].reverse()] };
}

describe('geodesicArea', () => {
  it('measures a 100 m × 100 m square at latitude 40.4 as 10,000 m²', () => {
    // Built from metres: 100 m north is 100 / (R·π/180) degrees of latitude, 100 m east is
    // 100 / (R·π/180·cos 40.4°) degrees of longitude, so the cell is 100 m × 100 m on the sphere.
    const square = rectangle(100, 100);
    const area = geodesicArea(square);
    expect(Math.abs(area - 10_000) / 10_000).toBeLessThan(0.01);
    // Tighter still: the only difference is the parallel's shrinking over 100 m of latitude.
    expect(area).toBeCloseTo(10_000, -1);
  });

  it('matches the closed form of a 1° × 1° cell at the equator (Turf’s formula)', () => {
    const cell: RoofPolygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    // A cell between two meridians and two parallels on a sphere has area R²·Δλ·(sin φ₂ − sin φ₁),
    // here 6371008.8² · (π/180) · sin 1° = 12,363,718,145 m²; Turf's area() gives the same.
    const sphere = EARTH_RADIUS_M ** 2 * RAD * Math.sin(1 * RAD);
    expect(sphere).toBeCloseTo(12_363_718_145, -1);
    expect(geodesicArea(cell) / sphere).toBeCloseTo(1, 12);
    // On the WGS84 ellipsoid the same cell is ≈ 12,308,463,894 m² (authalic-latitude formula), the
    // ≈ 12,308.8 km² usually quoted: the sphere is within 0.45 % of it.
    expect(Math.abs(geodesicArea(cell) - 12_308_463_894) / 12_308_463_894).toBeLessThan(0.01);
  });

  it('does not depend on winding or on crossing the antimeridian', () => {
    const square = rectangle(30, 20);
    expect(geodesicArea(reversed(square))).toBeCloseTo(geodesicArea(square), 6);
    const across = rectangle(30, 20, { lat: -17, lng: 179.9998 });
    expect(across.coordinates[0]!.some(([lng]) => lng! > 180)).toBe(true);
    const wrapped: RoofPolygon = {
      type: 'Polygon',
      coordinates: [across.coordinates[0]!.map(([lng, lat]) => [lng! > 180 ? lng! - 360 : lng!, lat!])],
    };
    expect(geodesicArea(wrapped)).toBeCloseTo(600, 0);
    expect(validateRoofFace(wrapped)).toEqual({ ok: true });
  });
});

describe('faceAzimuth', () => {
  it('faces south when the longest edge is the south side', () => {
    expect(faceAzimuth(rectangle(20, 8))).toBe(180);
    expect(faceAzimuth(reversed(rectangle(20, 8)))).toBe(180);
    // A trapezoid leaves no doubt which edge is the eave.
    expect(faceAzimuth(face([[0, 0], [20, 0], [16, 8], [4, 8]]))).toBe(180);
  });

  it('faces north, east or west when that side is the longest', () => {
    const north = face([[4, 0], [16, 0], [20, 8], [0, 8]]);
    const east = face([[0, 4], [8, 0], [8, 20], [0, 16]]);
    const west = face([[0, 0], [8, 4], [8, 16], [0, 20]]);
    for (const [polygon, expected] of [[north, 0], [east, 90], [west, 270]] as const) {
      expect(faceAzimuth(polygon)).toBe(expected);
      expect(faceAzimuth(reversed(polygon))).toBe(expected);
    }
  });

  it('follows a rotated eave and, for a symmetric outline, picks the side nearest south', () => {
    // A 12 × 5 m rectangle whose long sides face south-east (135°) and north-west (315°).
    const c = Math.SQRT1_2;
    const rotated = face([[0, 0], [12 * c, 12 * c], [12 * c + 5 * c, 12 * c - 5 * c], [5 * c, -5 * c]]);
    expect(faceAzimuth(rotated)).toBe(135);
    // With the north-west side made longer, it is the eave.
    const northWest = face([[0, 0], [14 * c, 14 * c], [12 * c + 5 * c, 12 * c - 5 * c], [5 * c, -5 * c]]);
    expect(faceAzimuth(northWest)).toBe(315);
  });

  it('rounds to a tenth of a degree in [0, 360)', () => {
    // The eave rises 12.34° north of east, so its outward normal turns from 180° towards east.
    const turned = face([[0, 0], [20, 20 * Math.tan(12.34 * RAD)], [16, 9], [4, 8]]);
    expect(faceAzimuth(turned)).toBe(167.7);
    const northish = face([[4, 0], [16, 0], [20, 8.001], [0, 8]]);
    const value = faceAzimuth(northish);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(360);
    expect(Math.round(value * 10) / 10).toBe(value);
  });
});

describe('validateRoofFace', () => {
  it('accepts a plausible face', () => {
    expect(validateRoofFace(rectangle(10, 6))).toEqual({ ok: true });
  });

  it('rejects what is not a polygon', () => {
    for (const value of [
      null,
      'Polygon',
      { type: 'Point', coordinates: [0, 0] },
      { type: 'Polygon' },
      { type: 'Polygon', coordinates: [] },
      { type: 'Polygon', coordinates: [[[0, 0], ['1', 0], [1, 1], [0, 0]]] },
      { type: 'Polygon', coordinates: [[[0], [1, 0], [1, 1], [0]]] },
    ]) {
      expect(validateRoofFace(value)).toMatchObject({ ok: false, reason: 'NOT_POLYGON' });
    }
  });

  it('rejects holes', () => {
    const outer = rectangle(20, 20).coordinates[0]!;
    const inner = face([[5, 5], [5, 10], [10, 10], [10, 5]]).coordinates[0]!;
    expect(validateRoofFace({ type: 'Polygon', coordinates: [outer, inner] })).toMatchObject({ reason: 'HOLES' });
  });

  it('rejects coordinates outside longitude/latitude ranges or not finite', () => {
    const bad = (point: number[]) => ({ type: 'Polygon', coordinates: [[[0, 0], point, [0.0001, 0.0001], [0, 0]]] });
    expect(validateRoofFace(bad([0.0001, 91]))).toMatchObject({ reason: 'OUT_OF_RANGE' });
    expect(validateRoofFace(bad([-180.5, 0]))).toMatchObject({ reason: 'OUT_OF_RANGE' });
    expect(validateRoofFace(bad([Number.NaN, 0]))).toMatchObject({ reason: 'OUT_OF_RANGE' });
    expect(validateRoofFace(bad([Number.POSITIVE_INFINITY, 0]))).toMatchObject({ reason: 'OUT_OF_RANGE' });
  });

  it('rejects an unclosed ring', () => {
    const ring = rectangle(10, 6).coordinates[0]!.slice(0, -1);
    const result = validateRoofFace({ type: 'Polygon', coordinates: [ring] });
    expect(result).toMatchObject({ ok: false, reason: 'NOT_CLOSED' });
    expect(result.ok ? '' : result.message).toMatch(/closed/);
  });

  it('needs three distinct vertices', () => {
    const [a, b] = rectangle(10, 6).coordinates[0]!;
    expect(validateRoofFace({ type: 'Polygon', coordinates: [[a, b, a]] })).toMatchObject({ reason: 'TOO_FEW_POINTS' });
    expect(validateRoofFace({ type: 'Polygon', coordinates: [[a, a, b, b, a]] })).toMatchObject({ reason: 'TOO_FEW_POINTS' });
    expect(validateRoofFace({ type: 'Polygon', coordinates: [[a, b, a, b, a]] })).toMatchObject({ reason: 'TOO_FEW_POINTS' });
    expect(validateRoofFace({ type: 'Polygon', coordinates: [[]] })).toMatchObject({ reason: 'TOO_FEW_POINTS' });
  });

  it('ignores repeated consecutive points', () => {
    const [a, b, c, d] = rectangle(10, 6).coordinates[0]!;
    expect(validateRoofFace({ type: 'Polygon', coordinates: [[a, b, b, c, d, d, a]] })).toEqual({ ok: true });
  });

  it('rejects a bow tie and other self-touching outlines', () => {
    const bowTie = face([[0, 0], [10, 0], [0, 10], [10, 10]]);
    expect(validateRoofFace(bowTie)).toMatchObject({ ok: false, reason: 'SELF_INTERSECTING' });
    // Two squares meeting at one vertex (figure eight through a repeated point).
    const figureEight = face([[0, 0], [5, 0], [5, 5], [10, 5], [10, 10], [5, 10], [5, 5], [0, 5]]);
    expect(validateRoofFace(figureEight)).toMatchObject({ reason: 'SELF_INTERSECTING' });
    // A spike running back along the previous edge.
    const spike = face([[0, 0], [10, 0], [15, 0], [12, 0], [10, 6], [0, 6]]);
    expect(validateRoofFace(spike)).toMatchObject({ reason: 'SELF_INTERSECTING' });
    // A vertex lying on a non-adjacent edge.
    const touching = face([[0, 0], [10, 0], [10, 10], [5, 0], [0, 10]]);
    expect(validateRoofFace(touching)).toMatchObject({ reason: 'SELF_INTERSECTING' });
    // Collinear points make no face.
    expect(validateRoofFace(face([[0, 0], [5, 0], [10, 0]]))).toMatchObject({ reason: 'SELF_INTERSECTING' });
  });

  it('accepts concave outlines (an L-shaped face)', () => {
    expect(validateRoofFace(face([[0, 0], [10, 0], [10, 4], [4, 4], [4, 10], [0, 10]]))).toEqual({ ok: true });
  });

  it('rejects implausible sizes', () => {
    expect(validateRoofFace(rectangle(1, 1))).toMatchObject({ ok: false, reason: 'TOO_SMALL' });
    expect(validateRoofFace(rectangle(1.5, 1.5))).toEqual({ ok: true });
    expect(validateRoofFace(rectangle(70, 70))).toEqual({ ok: true });
    expect(validateRoofFace(rectangle(100, 100))).toMatchObject({ ok: false, reason: 'TOO_LARGE' });
    const cell = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    expect(validateRoofFace(cell)).toMatchObject({ reason: 'TOO_LARGE' });
  });
});

describe('areas and panels', () => {
  it('turns plan area into sloped surface and usable area', () => {
    expect(surfaceArea(50, 0)).toBe(50);
    expect(surfaceArea(50, 30) / surfaceArea(50, 0)).toBeCloseTo(1 / Math.cos(30 * RAD), 12);
    expect(surfaceArea(50, 60)).toBeCloseTo(100, 10);
    expect(usableArea(50, 30, 0.7)).toBeCloseTo((50 / Math.cos(30 * RAD)) * 0.7, 10);
    expect(() => usableArea(50, 61, 0.7)).toThrow(RangeError);
    expect(() => usableArea(50, -1, 0.7)).toThrow(RangeError);
    expect(() => usableArea(50, 30, 1.2)).toThrow(RangeError);
    expect(isValidTilt(0)).toBe(true);
    expect(isValidTilt(60)).toBe(true);
    expect(isValidTilt(Number.NaN)).toBe(false);
    expect(isValidPanelSettings(DEFAULT_PANEL_SETTINGS)).toBe(true);
    expect(isValidPanelSettings({ ...DEFAULT_PANEL_SETTINGS, panelPowerW: 0 })).toBe(false);
  });

  it('estimates a flat 10 × 5 m face', () => {
    // 50 m² × 0.7 = 35 m² usable; one panel is 1.134 × 1.762 = 1.998108 m²; 35 / 1.998108 = 17.5
    // → 17 panels × 430 W = 7.31 kWp.
    expect(roofFaceEstimate(rectangle(10, 5), 0)).toEqual({
      planAreaM2: 50,
      surfaceAreaM2: 50,
      usableAreaM2: 35,
      azimuthDegrees: 180,
      panelCount: 17,
      peakPowerKWp: 7.31,
    });
  });

  it('gains surface with tilt: 1 / cos 30° more at 30°', () => {
    const flat = roofFaceEstimate(rectangle(10, 5), 0);
    const tilted = roofFaceEstimate(rectangle(10, 5), 30);
    expect(tilted.planAreaM2).toBe(flat.planAreaM2);
    expect(tilted.surfaceAreaM2 / flat.surfaceAreaM2).toBeCloseTo(1 / Math.cos(30 * RAD), 3);
    // 50 / cos 30° = 57.735 m² → 57.74; × 0.7 = 40.41 m² usable; 40.41 / 1.998108 = 20.2 → 20 panels → 8.6 kWp.
    expect(tilted).toMatchObject({ surfaceAreaM2: 57.74, usableAreaM2: 40.41, panelCount: 20, peakPowerKWp: 8.6 });
  });

  it('uses the panel settings', () => {
    const settings = { panelWidthM: 1, panelHeightM: 2, panelPowerW: 500, packingFactor: 1 };
    // 10 × 5 m flat, all usable: 50 / 2 = 25 panels × 500 W = 12.5 kWp.
    expect(roofFaceEstimate(rectangle(10, 5), 0, settings)).toMatchObject({ usableAreaM2: 50, panelCount: 25, peakPowerKWp: 12.5 });
    expect(() => roofFaceEstimate(rectangle(10, 5), 0, { ...settings, packingFactor: 0 })).toThrow(RangeError);
  });

  it('takes the slope direction the customer set instead of the outline one', () => {
    // A rectangle always reads as sloping south; the customer says it slopes east.
    expect(roofFaceEstimate(rectangle(10, 5), 30).azimuthDegrees).toBe(180);
    expect(roofFaceEstimate(rectangle(10, 5), 30, undefined, 90).azimuthDegrees).toBe(90);
    expect(roofEstimate([{ polygon: rectangle(10, 5), tiltDegrees: 30, azimuthDegrees: 270 }]).faces[0]!.azimuthDegrees).toBe(270);
    expect(() => roofFaceEstimate(rectangle(10, 5), 30, undefined, 360)).toThrow(RangeError);
    expect(() => roofFaceEstimate(rectangle(10, 5), 30, undefined, -1)).toThrow(RangeError);
  });

  it('refuses invalid faces and tilts', () => {
    expect(() => roofFaceEstimate(rectangle(1, 1), 30)).toThrow(/minimum/);
    expect(() => roofFaceEstimate(rectangle(10, 5), 75)).toThrow(RangeError);
  });

  it('sums panels, kWp and areas over faces', () => {
    const south = { polygon: rectangle(10, 5), tiltDegrees: 30 };
    const east = { polygon: face([[0, 2], [6, 0], [6, 12], [0, 10]]), tiltDegrees: 20 };
    const total = roofEstimate([south, east]);
    expect(total.faces).toHaveLength(2);
    expect(total.faces[1]!.azimuthDegrees).toBe(90);
    expect(total.panelCount).toBe(total.faces[0]!.panelCount + total.faces[1]!.panelCount);
    expect(total.peakPowerKWp).toBeCloseTo((total.panelCount * 430) / 1000, 10);
    expect(total.usableAreaM2).toBeCloseTo(total.faces[0]!.usableAreaM2 + total.faces[1]!.usableAreaM2, 10);
    expect(roofEstimate([])).toEqual({ faces: [], planAreaM2: 0, surfaceAreaM2: 0, usableAreaM2: 0, panelCount: 0, peakPowerKWp: 0 });
  });
});
