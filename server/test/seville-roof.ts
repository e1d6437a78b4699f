import { EARTH_RADIUS_M } from '@portal/shared';

// The roof the estimate tests draw: one face in Seville (climate zone B4).

export const SEVILLE = { lat: 37.39, lng: -5.98 };

const M_PER_DEG_LAT = (EARTH_RADIUS_M * Math.PI) / 180;
const M_PER_DEG_LNG = M_PER_DEG_LAT * Math.cos((SEVILLE.lat * Math.PI) / 180);
const { lat, lng } = SEVILLE;

/** A 10 m × 5 m rectangle in Seville, as a face's GeoJSON ring. */
export const SEVILLE_RECTANGLE = [[[lng, lat], [lng + 10 / M_PER_DEG_LNG, lat], [lng + 10 / M_PER_DEG_LNG, lat + 5 / M_PER_DEG_LAT], [lng, lat + 5 / M_PER_DEG_LAT], [lng, lat]]];

/** The drawing of that one face, at `azimuthDegrees` and 30° of tilt. */
export function sevilleDrawing(azimuthDegrees: number) {
  return { center: SEVILLE, faces: [{ coordinates: SEVILLE_RECTANGLE, tiltDegrees: 30, azimuthDegrees }] };
}
