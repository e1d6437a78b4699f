import type { ConsumptionSeries } from './consumption-model.js';
import type { HourTable } from './demo-calendar.js';
import { simulatePvExport } from './generation-model.js';

/**
 * A household's demand met first by its own rooftop PV, as a Datadis curve reports it: the grid
 * delivers what the panels do not cover (measuredWh) and takes what the house does not use (surplus).
 */
export function withRooftopPv(demand: ConsumptionSeries, hours: HourTable, measuredHours: number, peakKw: number, seedKey: string): ConsumptionSeries {
  // No negative prices passed: a home installation under simplified compensation does not curtail.
  const generatedWh = simulatePvExport(hours, measuredHours, peakKw, new Int32Array(measuredHours), `${seedKey}:rooftop`);
  const measuredWh = new Int32Array(measuredHours);
  const selfConsumedWh = new Int32Array(measuredHours);
  const surplusWh = new Int32Array(measuredHours);
  for (let i = 0; i < measuredHours; i++) {
    const used = Math.min(demand.measuredWh[i]!, generatedWh[i]!);
    selfConsumedWh[i] = used;
    measuredWh[i] = demand.measuredWh[i]! - used;
    surplusWh[i] = generatedWh[i]! - used;
  }
  return { ...demand, measuredWh, solar: { generatedWh, selfConsumedWh, surplusWh } };
}
