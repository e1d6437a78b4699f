/**
 * Hour by hour, what a PV system would cover of a consumption curve: what is produced and used at
 * once is self-consumed, what is produced beyond the consumption is surplus (exported), what is
 * consumed beyond the production is bought from the grid. No battery. In whole Wh, so totals are exact.
 */
export interface CurveMatch {
  selfConsumedWh: number[];
  importedWh: number[];
  surplusWh: number[];
  productionWh: number;
  consumptionWh: number;
  totalSelfConsumedWh: number;
  totalImportedWh: number;
  totalSurplusWh: number;
  /** Self-consumed / produced, 0–100; null without production. */
  selfConsumptionPercent: number | null;
  /** Self-consumed / consumed, 0–100; null without consumption. */
  selfSufficiencyPercent: number | null;
}

/** Both curves in whole Wh per hour, the same hours in the same order. */
export function matchCurves(consumptionWh: readonly number[], productionWh: readonly number[]): CurveMatch {
  if (consumptionWh.length !== productionWh.length) {
    throw new RangeError(`the curves must have the same hours: ${consumptionWh.length} consumption, ${productionWh.length} production`);
  }
  const selfConsumedWh = consumptionWh.map((consumed, hour) => Math.min(consumed, productionWh[hour]!));
  const importedWh = consumptionWh.map((consumed, hour) => consumed - selfConsumedWh[hour]!);
  const surplusWh = productionWh.map((produced, hour) => produced - selfConsumedWh[hour]!);
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const productionTotal = sum(productionWh);
  const consumptionTotal = sum(consumptionWh);
  const selfConsumedTotal = sum(selfConsumedWh);
  const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
  return {
    selfConsumedWh,
    importedWh,
    surplusWh,
    productionWh: productionTotal,
    consumptionWh: consumptionTotal,
    totalSelfConsumedWh: selfConsumedTotal,
    totalImportedWh: sum(importedWh),
    totalSurplusWh: sum(surplusWh),
    selfConsumptionPercent: percent(selfConsumedTotal, productionTotal),
    selfSufficiencyPercent: percent(selfConsumedTotal, consumptionTotal),
  };
}
