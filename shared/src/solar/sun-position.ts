/**
 * Where the sun is, for a site and an instant: Spencer's Fourier series (J. W. Spencer, "Fourier
 * series representation of the position of the sun", Search 2(5), 1971, p. 172), as given in
 * M. Iqbal, "An Introduction to Solar Radiation" (1983), §1.2–1.4 and §3.1: declination (error
 * below 0.0006 rad), equation of time (below 35 s) and the Earth–Sun distance factor. Enough for an
 * hourly energy estimate; NOAA's or Michalsky's algorithms are more precise than this needs.
 */

export const RAD = Math.PI / 180;

/** The solar constant, W/m² (Gueymard 2004, the value PVGIS and the WMO use, rounded). */
export const SOLAR_CONSTANT_W_M2 = 1361;

export interface SunPosition {
  /** cos of the zenith angle; ≤ 0 when the sun is below the horizon. */
  cosZenith: number;
  /** Unit vector towards the sun in local east, north, up coordinates. */
  east: number;
  north: number;
  up: number;
  /** Earth–Sun distance correction (r0/r)², ≈ 0.967–1.034. */
  eccentricity: number;
}

/** Day angle Γ (radians) of an instant: 2π(n − 1)/365, n the UTC day of the year (fractional). */
function dayAngle(instant: Date): number {
  const startOfYear = Date.UTC(instant.getUTCFullYear(), 0, 1);
  const dayOfYear = (instant.getTime() - startOfYear) / 86_400_000; // n − 1, with the time of day
  return (2 * Math.PI * dayOfYear) / 365;
}

/** The sun's position at `instant` seen from latitude/longitude in degrees (east positive). */
export function sunPosition(latDegrees: number, lngDegrees: number, instant: Date): SunPosition {
  const g = dayAngle(instant);
  const declination =
    0.006918 -
    0.399912 * Math.cos(g) +
    0.070257 * Math.sin(g) -
    0.006758 * Math.cos(2 * g) +
    0.000907 * Math.sin(2 * g) -
    0.002697 * Math.cos(3 * g) +
    0.00148 * Math.sin(3 * g);
  const equationOfTimeMinutes =
    229.18 * (0.000075 + 0.001868 * Math.cos(g) - 0.032077 * Math.sin(g) - 0.014615 * Math.cos(2 * g) - 0.040849 * Math.sin(2 * g));
  const eccentricity =
    1.00011 + 0.034221 * Math.cos(g) + 0.00128 * Math.sin(g) + 0.000719 * Math.cos(2 * g) + 0.000077 * Math.sin(2 * g);
  const utcMinutes = instant.getUTCHours() * 60 + instant.getUTCMinutes() + instant.getUTCSeconds() / 60;
  // True solar time: 4 minutes per degree of longitude, plus the equation of time.
  const solarMinutes = utcMinutes + 4 * lngDegrees + equationOfTimeMinutes;
  const hourAngle = (solarMinutes / 4 - 180) * RAD;
  const lat = latDegrees * RAD;
  const up = Math.sin(lat) * Math.sin(declination) + Math.cos(lat) * Math.cos(declination) * Math.cos(hourAngle);
  const east = -Math.cos(declination) * Math.sin(hourAngle);
  const north = Math.sin(declination) * Math.cos(lat) - Math.cos(declination) * Math.sin(lat) * Math.cos(hourAngle);
  return { cosZenith: up, east, north, up, eccentricity };
}
