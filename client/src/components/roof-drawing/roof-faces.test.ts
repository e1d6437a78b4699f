import { describe, expect, it } from 'vitest';
import { compassPoint, isLatLng, newFaceId, parseDecimal, parseOutline, pointsOfPolygon, polygonFromPoints, samePolygon } from './roof-faces.js';

const square = [
  { lat: 40.4168, lng: -3.7038 },
  { lat: 40.4168, lng: -3.7037 },
  { lat: 40.4167, lng: -3.7037 },
  { lat: 40.4167, lng: -3.7038 },
];

describe('compassPoint', () => {
  it('names the nearest of eight points, the boundary going clockwise', () => {
    expect(compassPoint(0)).toBe('N');
    expect(compassPoint(22.4)).toBe('N');
    expect(compassPoint(22.5)).toBe('NE');
    expect(compassPoint(90)).toBe('E');
    expect(compassPoint(180)).toBe('S');
    expect(compassPoint(225)).toBe('SW');
    expect(compassPoint(337.6)).toBe('N');
  });

  it('wraps negative and over-360 azimuths', () => {
    expect(compassPoint(-90)).toBe('W');
    expect(compassPoint(-10)).toBe('N');
    expect(compassPoint(720 + 135)).toBe('SE');
  });
});

describe('polygons', () => {
  it('closes the ring in GeoJSON order ([lng, lat]) and rounds to about a centimetre', () => {
    const polygon = polygonFromPoints([{ lat: 40.416812345678, lng: -3.70381234567 }, ...square.slice(1)]);
    expect(polygon.type).toBe('Polygon');
    const ring = polygon.coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual([-3.7038123, 40.4168123]);
    expect(ring[4]).toEqual(ring[0]);
  });

  it('does not repeat the first point when the outline is already closed', () => {
    expect(polygonFromPoints([...square, square[0]!]).coordinates[0]).toHaveLength(5);
  });

  it('gives back the vertices it was made of, without the closing repeat', () => {
    const polygon = polygonFromPoints(square);
    expect(pointsOfPolygon(polygon)).toEqual(square);
    expect(samePolygon(polygonFromPoints(pointsOfPolygon(polygon)), polygon)).toBe(true);
  });

  it('compares polygons vertex by vertex', () => {
    const polygon = polygonFromPoints(square);
    expect(samePolygon(polygon, polygonFromPoints(square.slice(0, 3)))).toBe(false);
    expect(samePolygon(polygon, polygonFromPoints([...square.slice(0, 3), { lat: 40.4167, lng: -3.7039 }]))).toBe(false);
  });
});

describe('parseDecimal', () => {
  it('reads a point or a Spanish decimal comma', () => {
    expect(parseDecimal('40,4168')).toBe(40.4168);
    expect(parseDecimal(' -3.7038 ')).toBe(-3.7038);
    expect(parseDecimal('+.5')).toBe(0.5);
    expect(parseDecimal('30')).toBe(30);
  });

  it('is null for anything else', () => {
    for (const text of ['', 'abc', '1,2,3', '1.2.3', '1e3', '--1', ',']) expect(parseDecimal(text)).toBeNull();
  });
});

describe('isLatLng', () => {
  it('accepts the globe and nothing beyond it', () => {
    expect(isLatLng({ lat: 90, lng: -180 })).toBe(true);
    expect(isLatLng({ lat: 90.1, lng: 0 })).toBe(false);
    expect(isLatLng({ lat: 0, lng: 180.1 })).toBe(false);
  });
});

describe('parseOutline', () => {
  it('reads one point a line, with commas, semicolons, spaces or decimal commas, blank lines aside', () => {
    const parsed = parseOutline('40.4168, -3.7038\n\n40.4168; -3.7037\r\n40.4167 -3.7037\n40,4167, -3,7038\n');
    expect(parsed).toEqual({ ok: true, points: square });
  });

  it('drops a closing repeat of the first point', () => {
    expect(parseOutline('1, 1\n1, 2\n2, 2\n1, 1')).toEqual({
      ok: true,
      points: [
        { lat: 1, lng: 1 },
        { lat: 1, lng: 2 },
        { lat: 2, lng: 2 },
      ],
    });
  });

  it('names the first wrong line, counting blank ones', () => {
    expect(parseOutline('1, 1\n\nnorth, west\n2, 2')).toEqual({ ok: false, line: 3 });
    expect(parseOutline('1, 1\n91, 0\n2, 2')).toEqual({ ok: false, line: 2 });
    expect(parseOutline('1, 1, 1')).toEqual({ ok: false, line: 1 });
  });

  it('needs three distinct points', () => {
    expect(parseOutline('')).toEqual({ ok: false, tooFew: true });
    expect(parseOutline('1, 1\n1, 2\n1, 1')).toEqual({ ok: false, tooFew: true });
  });
});

describe('newFaceId', () => {
  it('never repeats within a page', () => {
    const ids = new Set(Array.from({ length: 100 }, newFaceId));
    expect(ids.size).toBe(100);
  });
});
