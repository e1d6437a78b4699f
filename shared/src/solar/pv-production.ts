import { madridMidnight, addDays, addMonths, firstOfMonth } from '../calendar.js';
import { madridLocalParts } from '../tariffs.js';
import { nearestIrradiationSite } from './spain-irradiation.js';
import { RAD, SOLAR_CONSTANT_W_M2, sunPosition } from './sun-position.js';

/**
 * Hourly production of a PV system from a documented physical model:
 *
 * 1. Sun position per quarter hour (Spencer 1971, see sun-position.ts).
 * 2. Global horizontal irradiance: the extraterrestrial horizontal irradiance × the month's clearness
 *    index K_T, where K_T makes the month's total equal that of the building code's reference
 *    climate (CTE DB-HE) of the nearest reference site (spain-irradiation.ts; capped at 0.8, where the total then falls short). K_T is constant through a month: the estimate follows
 *    the climatological mean, not the weather of a given day.
 * 3. Split into beam and diffuse with the Erbs, Klein & Duffie correlation (Solar Energy 28(4), 1982).
 * 4. Transposition to each face's plane: isotropic sky of Liu & Jordan (Solar Energy 7(2), 1963),
 *    beam by the incidence angle, ground reflection with albedo 0.2 (Duffie & Beckman, "Solar
 *    Engineering of Thermal Processes", §2.15–2.16).
 * 5. Derates: cell temperature by the NOCT model (Duffie & Beckman §23.3, NOCT 45 °C, ambient 20 °C
 *    by day, −0.35 %/K, the datasheet figure of crystalline silicon), then inverter 96 %, soiling 2 %
 *    (IEA PVPS Task 13, "Soiling Losses", report T13-21:2022) and wiring/mismatch 3 % (part of the 14 %
 *    system loss PVGIS assumes by default).
 */
export const PV_MODEL = Object.freeze({
  albedo: 0.2,
  nominalOperatingCellTemperatureC: 45,
  daytimeAmbientC: 20,
  powerTemperatureCoefficientPerK: -0.0035,
  inverterEfficiency: 0.96,
  soilingFactor: 0.98,
  wiringAndMismatchFactor: 0.97,
  /** Below ~5° of elevation the beam ratio cos θ / cos Z is bounded: the horizon and the grazing angle take that light. */
  minCosZenithForBeam: 0.0872,
  samplesPerHour: 4,
});

export interface SolarSite {
  lat: number;
  lng: number;
}

export interface SolarFace {
  peakPowerKWp: number;
  /** Compass direction the face slopes towards: 0 north, 90 east, 180 south, 270 west. */
  azimuthDegrees: number;
  /** Degrees from horizontal. */
  tiltDegrees: number;
}

const HOUR_MS = 3_600_000;

/** The instants every Madrid local hour of the days [from, to] starts: 23 on the spring DST day, 25 on the autumn one. */
export function localHourStarts(from: string, to: string): Date[] {
  const start = madridMidnight(from).getTime();
  const end = madridMidnight(addDays(to, 1)).getTime();
  const hours: Date[] = [];
  for (let t = start; t < end; t += HOUR_MS) hours.push(new Date(t));
  return hours;
}

/** Erbs et al. (1982): diffuse share of global horizontal irradiance for a clearness index. */
export function diffuseFraction(clearness: number): number {
  if (clearness <= 0.22) return 1 - 0.09 * clearness;
  if (clearness <= 0.8) {
    return 0.9511 - 0.1604 * clearness + 4.388 * clearness ** 2 - 16.638 * clearness ** 3 + 12.336 * clearness ** 4;
  }
  return 0.165;
}

/** Extraterrestrial irradiation on a horizontal plane during the hour starting at `start`, Wh/m². */
function extraterrestrialHour(site: SolarSite, start: number): number {
  const { samplesPerHour } = PV_MODEL;
  let total = 0;
  for (let k = 0; k < samplesPerHour; k++) {
    const sun = sunPosition(site.lat, site.lng, new Date(start + ((k + 0.5) * HOUR_MS) / samplesPerHour));
    if (sun.cosZenith > 0) total += (SOLAR_CONSTANT_W_M2 * sun.eccentricity * sun.cosZenith) / samplesPerHour;
  }
  return total;
}

/** The clearness index of a local month at a site: the reference climate's monthly irradiation / the extraterrestrial one. */
function monthlyClearness(site: SolarSite, month: string): number {
  const reference = nearestIrradiationSite(site.lat, site.lng);
  const nextMonth = addMonths(month, 1);
  const days = (Date.UTC(+nextMonth.slice(0, 4), +nextMonth.slice(5, 7) - 1, 1) - Date.UTC(+month.slice(0, 4), +month.slice(5, 7) - 1, 1)) / 86_400_000;
  let extraterrestrial = 0;
  const end = madridMidnight(nextMonth).getTime();
  for (let t = madridMidnight(month).getTime(); t < end; t += HOUR_MS) extraterrestrial += extraterrestrialHour(site, t);
  const measured = reference.dailyGhiKWhM2[+month.slice(5, 7) - 1]! * days * 1000;
  return Math.min(measured / extraterrestrial, 0.8);
}

/**
 * kWh produced (AC, after every derate) by all faces during each hour that starts at `hourStarts`
 * (UTC instants, normally Madrid local hours from localHourStarts). Deterministic: same input, same output.
 */
export function solarProduction(site: SolarSite, faces: readonly SolarFace[], hourStarts: readonly Date[]): number[] {
  const m = PV_MODEL;
  const systemFactor = m.inverterEfficiency * m.soilingFactor * m.wiringAndMismatchFactor;
  const planes = faces.map((face) => {
    const tilt = face.tiltDegrees * RAD;
    const azimuth = face.azimuthDegrees * RAD;
    return {
      kWp: face.peakPowerKWp,
      normal: { east: Math.sin(tilt) * Math.sin(azimuth), north: Math.sin(tilt) * Math.cos(azimuth), up: Math.cos(tilt) },
      skyView: (1 + Math.cos(tilt)) / 2,
      groundView: (1 - Math.cos(tilt)) / 2,
    };
  });
  const clearnessByMonth = new Map<string, number>();
  return hourStarts.map((hourStart) => {
    const month = firstOfMonth(madridLocalParts(hourStart).date);
    let clearness = clearnessByMonth.get(month);
    if (clearness === undefined) clearnessByMonth.set(month, (clearness = monthlyClearness(site, month)));
    const diffuseShare = diffuseFraction(clearness);
    let kWh = 0;
    for (let k = 0; k < m.samplesPerHour; k++) {
      const sun = sunPosition(site.lat, site.lng, new Date(hourStart.getTime() + ((k + 0.5) * HOUR_MS) / m.samplesPerHour));
      if (sun.cosZenith <= 0) continue;
      const global = clearness * SOLAR_CONSTANT_W_M2 * sun.eccentricity * sun.cosZenith;
      const beam = global * (1 - diffuseShare);
      const diffuse = global * diffuseShare;
      for (const plane of planes) {
        const cosIncidence = sun.east * plane.normal.east + sun.north * plane.normal.north + sun.up * plane.normal.up;
        const beamOnPlane = (beam * Math.max(cosIncidence, 0)) / Math.max(sun.cosZenith, m.minCosZenithForBeam);
        const onPlane = beamOnPlane + diffuse * plane.skyView + global * m.albedo * plane.groundView; // W/m²
        const cellC = m.daytimeAmbientC + (onPlane * (m.nominalOperatingCellTemperatureC - 20)) / 800;
        const temperatureFactor = 1 + m.powerTemperatureCoefficientPerK * (cellC - 25);
        kWh += (plane.kWp * (onPlane / 1000) * temperatureFactor * systemFactor) / m.samplesPerHour;
      }
    }
    return kWh;
  });
}

/** A calendar year of local hours (8,760, or 8,784 in a leap year) and the kWh produced in each. */
export function yearlyProduction(site: SolarSite, faces: readonly SolarFace[], year: number): Array<{ start: Date; kWh: number }> {
  const hours = localHourStarts(`${year}-01-01`, `${year}-12-31`);
  const kWh = solarProduction(site, faces, hours);
  return hours.map((start, index) => ({ start, kWh: kWh[index]! }));
}
