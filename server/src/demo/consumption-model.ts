import type { HourTable } from './demo-calendar.js';
import { Rng } from './random.js';

/** kWh per hour of a typical household, by local hour (working days, then weekends and holidays). */
const HOUSEHOLD_WORKDAY = [
  0.22, 0.18, 0.16, 0.15, 0.15, 0.17, 0.25, 0.42, 0.48, 0.36, 0.3, 0.3, 0.33, 0.42, 0.45, 0.34, 0.3, 0.33, 0.42, 0.58, 0.7, 0.72,
  0.58, 0.36,
];
const HOUSEHOLD_OFF_DAY = [
  0.26, 0.22, 0.18, 0.16, 0.15, 0.15, 0.17, 0.22, 0.32, 0.45, 0.48, 0.45, 0.46, 0.55, 0.55, 0.4, 0.34, 0.36, 0.44, 0.58, 0.68, 0.7,
  0.58, 0.38,
];
// Heating in winter, air conditioning in summer, mild spring and autumn (index: month - 1).
const HOUSEHOLD_SEASON = [1.35, 1.28, 1.08, 0.92, 0.85, 0.95, 1.22, 1.25, 0.98, 0.9, 1.08, 1.32];

/** Share of the peak demand of a business by local hour on working days. */
const BUSINESS_WORKDAY = [
  0.18, 0.17, 0.17, 0.17, 0.17, 0.2, 0.3, 0.6, 0.95, 1, 1, 1, 0.98, 0.9, 0.82, 0.94, 0.95, 0.92, 0.7, 0.45, 0.3, 0.22, 0.2, 0.19,
];
const BUSINESS_OFF_DAY = [
  0.16, 0.15, 0.15, 0.15, 0.15, 0.15, 0.16, 0.17, 0.2, 0.22, 0.22, 0.22, 0.21, 0.19, 0.17, 0.16, 0.16, 0.16, 0.17, 0.18, 0.18, 0.17,
  0.16, 0.16,
];
// Cooling in summer, heating in winter, the August holidays.
const BUSINESS_SEASON = [1.12, 1.08, 1.0, 0.94, 0.96, 1.08, 1.2, 0.78, 1.05, 0.98, 1.02, 1.06];

export type ConsumptionUsage = { kind: 'household'; scale: number } | { kind: 'business'; peakKw: number };

export type ConsumptionSeries = {
  /** Measured Wh per hour of the table, for hours [0, measuredHours). */
  measuredWh: Int32Array;
  /** 1 where the measurement is estimated (short runs, about 0.5 % of hours). */
  estimated: Uint8Array;
  /** Forecast Wh per hour of the table (every hour; the seeder writes the window it needs). */
  forecastWh: Int32Array;
  /** A self-consumer's other flows, per measured hour (then measuredWh is what the grid delivered). */
  solar?: { generatedWh: Int32Array; selfConsumedWh: Int32Array; surplusWh: Int32Array };
};

const MEASUREMENT_NOISE = 0.07;
const FORECAST_NOISE = 0.045;
const ESTIMATED_RUN_START_PROBABILITY = 0.001; // runs of 2–8 hours: ~0.5 % of hours

/**
 * Simulates the hourly consumption of one CUPS. Each CUPS draws from its own streams (keyed by
 * its CUPS), so adding a supply point never changes the curves of the others.
 */
export function simulateConsumption(
  hours: HourTable,
  usage: ConsumptionUsage,
  seedKey: string,
  measuredHours: number,
): ConsumptionSeries {
  const dayRng = new Rng(`${seedKey}:day`);
  const measureRng = new Rng(`${seedKey}:measurement`);
  const forecastRng = new Rng(`${seedKey}:forecast`);
  const estimateRng = new Rng(`${seedKey}:estimated`);

  // Weather and occupancy move a whole day up or down; forecasts see most of it coming.
  const dayFactor = new Float64Array(hours.dayCount);
  for (let day = 0; day < hours.dayCount; day++) dayFactor[day] = clamp(1 + 0.12 * dayRng.gaussian(), 0.6, 1.5);

  const measuredWh = new Int32Array(measuredHours);
  const estimated = new Uint8Array(measuredHours);
  const forecastWh = new Int32Array(hours.count);
  let estimatedRunLeft = 0;

  for (let i = 0; i < hours.count; i++) {
    const expectedKwh = expectedConsumption(usage, hours.hour[i]!, hours.month[i]!, hours.offDay[i] === 1) * dayFactor[hours.dayIndex[i]!]!;
    forecastWh[i] = toWh(expectedKwh * (1 + FORECAST_NOISE * forecastRng.gaussian()));
    if (i >= measuredHours) continue;

    const noise = MEASUREMENT_NOISE * measureRng.gaussian();
    if (estimatedRunLeft === 0 && estimateRng.chance(ESTIMATED_RUN_START_PROBABILITY)) estimatedRunLeft = estimateRng.integer(2, 8);
    if (estimatedRunLeft > 0) {
      // An estimate is the profile without the day's surprises, as a distributor would fill a gap.
      estimatedRunLeft--;
      estimated[i] = 1;
      measuredWh[i] = toWh(expectedConsumption(usage, hours.hour[i]!, hours.month[i]!, hours.offDay[i] === 1));
    } else {
      measuredWh[i] = toWh(expectedKwh * (1 + noise));
    }
  }
  return { measuredWh, estimated, forecastWh };
}

function expectedConsumption(usage: ConsumptionUsage, hour: number, month: number, offDay: boolean): number {
  if (usage.kind === 'household') {
    const shape = (offDay ? HOUSEHOLD_OFF_DAY : HOUSEHOLD_WORKDAY)[hour]!;
    // Afternoon air conditioning from June to September.
    const cooling = month >= 6 && month <= 9 && hour >= 14 && hour <= 18 ? 1.35 : 1;
    return usage.scale * shape * HOUSEHOLD_SEASON[month - 1]! * cooling;
  }
  const shape = (offDay ? BUSINESS_OFF_DAY : BUSINESS_WORKDAY)[hour]!;
  return usage.peakKw * shape * BUSINESS_SEASON[month - 1]!;
}

function toWh(kwh: number): number {
  return Math.max(0, Math.round(kwh * 1000));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
