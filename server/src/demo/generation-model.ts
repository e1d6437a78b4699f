import { HOUR_MS, type HourTable } from './demo-calendar.js';
import { Rng } from './random.js';

// Chance of a clear day by month (index month - 1), inland Aragón.
const CLEAR_DAY_PROBABILITY = [0.55, 0.6, 0.6, 0.6, 0.7, 0.8, 0.9, 0.88, 0.75, 0.65, 0.55, 0.5];
// Solar noon at the plant (about 1.2° W), in UTC hours.
const SOLAR_NOON_UTC = 12.1;

/**
 * Hourly energy exported by a PV plant for the first `count` hours of the table, in Wh. The plant
 * curtails when the Spanish price is negative, as real ones do.
 */
export function simulatePvExport(
  hours: HourTable,
  count: number,
  peakKw: number,
  esPriceCents: Int32Array,
  seedKey: string,
): Int32Array {
  const dayRng = new Rng(`${seedKey}:clouds`);
  const hourRng = new Rng(`${seedKey}:output`);
  const exportedWh = new Int32Array(count);
  let currentDay = -1;
  let clearness = 1;

  for (let i = 0; i < count; i++) {
    if (hours.dayIndex[i] !== currentDay) {
      currentDay = hours.dayIndex[i]!;
      const clear = dayRng.chance(CLEAR_DAY_PROBABILITY[hours.month[i]! - 1]!);
      clearness = clear ? dayRng.between(0.88, 1) : dayRng.between(0.2, 0.75);
    }
    const season = Math.cos((2 * Math.PI * (hours.dayOfYear[i]! - 172)) / 365); // 1 in June, -1 in December
    const halfDaylight = 6 + 1.6 * season;
    const peakShare = 0.74 + 0.08 * season;
    const utcMidpoint = ((hours.startMs[i]! / HOUR_MS) % 24) + 0.5;
    const fromNoon = Math.abs(utcMidpoint - SOLAR_NOON_UTC);
    if (fromNoon >= halfDaylight || esPriceCents[i]! < 0) continue;
    const sun = Math.cos((Math.PI / 2) * (fromNoon / halfDaylight)) ** 1.4;
    const kwh = peakKw * peakShare * sun * clearness * (1 + 0.03 * hourRng.gaussian());
    exportedWh[i] = Math.max(0, Math.round(kwh * 1000));
  }
  return exportedWh;
}
