import type { HourTable } from './demo-calendar.js';
import { Rng } from './random.js';

// Day-ahead price level by month (€/MWh, index month - 1): gas-driven winters, cheap windy and
// sunny springs.
const MONTH_LEVEL = [92, 78, 52, 38, 40, 62, 88, 92, 86, 82, 90, 102];
// How deep solar output digs into midday prices (the "duck curve"); above 1 prices go negative.
const SOLAR_DEPTH = [0.35, 0.45, 0.8, 1.06, 1.05, 0.75, 0.45, 0.45, 0.55, 0.5, 0.35, 0.3];
const HOURLY_SHAPE = [
  0.95, 0.9, 0.87, 0.85, 0.85, 0.88, 0.97, 1.08, 1.12, 1.05, 1, 1, 1, 1, 1, 1, 1, 1.02, 1.1, 1.22, 1.35, 1.38, 1.25, 1.08,
];

export type MarketPriceSeries = {
  /** Spain, cents of € per MWh. */
  esCents: Int32Array;
  /** Portugal, cents of € per MWh: equal to Spain while the interconnection is not congested. */
  ptCents: Int32Array;
};

/** Hourly day-ahead prices for the first `count` hours of the table. */
export function simulateMarketPrices(hours: HourTable, count: number): MarketPriceSeries {
  const dayRng = new Rng('market:day');
  const hourRng = new Rng('market:hour');
  const portugalRng = new Rng('market:portugal');

  const esCents = new Int32Array(count);
  const ptCents = new Int32Array(count);
  let level = 1;
  let sunshine = 1;
  let coupled = true;
  let currentDay = -1;

  for (let i = 0; i < count; i++) {
    if (hours.dayIndex[i] !== currentDay) {
      currentDay = hours.dayIndex[i]!;
      // Prices drift over days (fuel, wind), rather than jumping independently every day.
      level = clamp(1 + 0.75 * (level - 1) + 0.09 * dayRng.gaussian(), 0.5, 1.7);
      sunshine = dayRng.chance(0.7) ? dayRng.between(0.9, 1.05) : dayRng.between(0.3, 0.8);
      coupled = portugalRng.chance(0.75);
    }
    const hour = hours.hour[i]!;
    const month = hours.month[i]!;
    const solarBell = Math.max(0, Math.cos((Math.PI * (hour + 0.5 - 14)) / 9)) ** 1.5;
    const shape = HOURLY_SHAPE[hour]! - SOLAR_DEPTH[month - 1]! * sunshine * solarBell;
    let euros = MONTH_LEVEL[month - 1]! * level * shape + 2 * hourRng.gaussian();
    if (euros < 0) euros = Math.max(euros, -10);
    else if (euros < 1.5 && hourRng.chance(0.5)) euros = 0; // renewables bidding at zero set the price
    const es = Math.round(euros * 100);
    esCents[i] = es;
    // Congestion on the interconnection splits the two zones for some hours of some days.
    ptCents[i] = coupled || portugalRng.chance(0.4) ? es : es + Math.round((2 + 6 * portugalRng.gaussian()) * 100);
  }
  return { esCents, ptCents };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
