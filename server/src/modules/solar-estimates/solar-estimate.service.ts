import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addMonths,
  firstOfMonth,
  formatScaled,
  lastOfMonth,
  localHourStarts,
  madridDateOf,
  matchCurves,
  nearestIrradiationSite,
  solarProduction,
  sumDecimals,
  type CurveMatch,
} from '@portal/shared';
import { notFound } from '../../core/errors.js';
import type { LocalRange } from '../../core/series/local-range.js';
import { Installation } from '../installations/installation.entity.js';
import { SelfConsumptionSavingsService, type SavingsGap } from '../measurements/index.js';
import { RoofDrawing } from '../roof-drawings/roof-drawing.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { consumptionCurve, MIN_MEASURED_HOURS, type ConsumptionCurve } from './consumption-curve.js';
import type { SolarEstimate, SolarEstimateMonth } from './solar-estimate.types.js';

/** The estimated year: the last 12 whole local months before `now`'s, so every hour can have a measurement. */
export function estimateRange(now: Date): LocalRange {
  const today = madridDateOf(now);
  return { from: firstOfMonth(addMonths(today, -12)), to: lastOfMonth(addMonths(today, -1)) };
}

const kWh = (wh: number) => formatScaled(wh, 3);

/**
 * The solar estimate of an installation (see SolarEstimate), computed per request: 8,760 hours of
 * the model and of the curve. Every lookup goes through the viewer's scope: another customer's
 * installation is NOT_FOUND, and only the account's CUPS the viewer may see give a consumption.
 */
export async function solarEstimate(em: EntityManager, installationId: string, now: Date): Promise<SolarEstimate | null> {
  const installation = await em.findOne(Installation, { id: installationId });
  if (!installation) throw notFound('installationId', 'No such installation.');
  const drawing = await em.findOne(RoofDrawing, { installation: installation.id });
  if (!drawing) return null;

  const range = estimateRange(now);
  const hours = localHourStarts(range.from, range.to);
  const site = { lat: Number(drawing.centerLat), lng: Number(drawing.centerLng) };
  const faces = drawing.faces.map((face) => ({
    peakPowerKWp: face.estimate.peakPowerKWp,
    azimuthDegrees: face.estimate.azimuthDegrees,
    tiltDegrees: face.tiltDegrees,
  }));
  const productionWh = solarProduction(site, faces, hours).map((value) => Math.round(value * 1000));

  const supplyPoints = await em.find(SupplyPoint, { account: installation.account }, { orderBy: { cups: 'asc' } });
  const consumption = await bestConsumption(em, supplyPoints, range, hours);
  const match = consumption && matchCurves(consumption.curve.wh, productionWh);
  const savings = consumption && match && (await valueCurve(em, consumption.supplyPoint, range, hours, match));

  const monthOf = hours.map((hour) => firstOfMonth(madridDateOf(hour)));
  const months: SolarEstimateMonth[] = [...new Set(monthOf)].map((month) => {
    const sum = (values: readonly number[]) => values.reduce((total, value, index) => (monthOf[index] === month ? total + value : total), 0);
    return {
      month,
      productionKWh: kWh(sum(productionWh)),
      consumptionKWh: consumption ? kWh(sum(consumption.curve.wh)) : null,
      selfConsumedKWh: match ? kWh(sum(match.selfConsumedWh)) : null,
      surplusKWh: match ? kWh(sum(match.surplusWh)) : null,
      savingsEuros: savings?.byMonth.get(month) ?? null,
    };
  });
  const reference = nearestIrradiationSite(site.lat, site.lng);
  return {
    ...range,
    peakPowerKwp: Number(drawing.peakPowerKwp),
    irradiationSite: reference.name,
    irradiationZone: reference.climateZone,
    productionKWh: kWh(productionWh.reduce((total, value) => total + value, 0)),
    cups: consumption?.supplyPoint.cups ?? null,
    accountCups: supplyPoints.map((supplyPoint) => supplyPoint.cups),
    measuredHours: consumption?.curve.measuredHours ?? 0,
    filledHours: consumption?.curve.filledHours ?? 0,
    consumptionKWh: match ? kWh(match.consumptionWh) : null,
    selfConsumedKWh: match ? kWh(match.totalSelfConsumedWh) : null,
    importedKWh: match ? kWh(match.totalImportedWh) : null,
    surplusKWh: match ? kWh(match.totalSurplusWh) : null,
    selfConsumptionPercent: match?.selfConsumptionPercent ?? null,
    selfSufficiencyPercent: match?.selfSufficiencyPercent ?? null,
    avoidedPurchaseEuros: savings?.avoidedPurchaseEuros ?? null,
    compensationEuros: savings?.compensationEuros ?? null,
    savingsEuros: savings?.savingsEuros ?? null,
    savingsMissing: savings?.missing ?? [],
    months,
  };
}

/** Of the account's CUPS in the viewer's scope, the one with the most measured hours in the range (at least MIN_MEASURED_HOURS). */
async function bestConsumption(
  em: EntityManager,
  supplyPoints: readonly SupplyPoint[],
  range: LocalRange,
  hours: readonly Date[],
): Promise<{ supplyPoint: SupplyPoint; curve: ConsumptionCurve } | null> {
  let best: { supplyPoint: SupplyPoint; curve: ConsumptionCurve } | null = null;
  for (const supplyPoint of supplyPoints) {
    const curve = await consumptionCurve(em, supplyPoint.id, range, hours);
    if (curve && curve.measuredHours >= MIN_MEASURED_HOURS && (!best || curve.measuredHours > best.curve.measuredHours)) best = { supplyPoint, curve };
  }
  return best;
}

/**
 * The estimated curve valued with the self-consumption savings rules (contract energy prices per
 * tariff period, simplified compensation capped per month, RD 244/2019), run on the simulated hours.
 */
async function valueCurve(em: EntityManager, supplyPoint: SupplyPoint, range: LocalRange, hours: readonly Date[], match: CurveMatch) {
  const array = (values: readonly string[]) => `{${values.join(',')}}`;
  const result = await new SelfConsumptionSavingsService(em).savingsOfIntervals(supplyPoint, range, {
    sql: `unnest(?::timestamptz[], ?::numeric[], ?::numeric[], ?::numeric[]) as estimated(start, kwh, surplus_kwh, self_consumed_kwh)`,
    params: [
      array(hours.map((hour) => hour.toISOString())),
      array(match.importedWh.map(kWh)),
      array(match.surplusWh.map(kWh)),
      array(match.selfConsumedWh.map(kWh)),
    ],
  });
  const missing = [...new Set(result.months.flatMap((month) => month.missing))] as SavingsGap[];
  const total = (pick: (month: (typeof result.months)[number]) => string | null) => {
    const values = result.months.map(pick);
    return values.every((value) => value !== null) ? sumDecimals(values as string[], 2) : null;
  };
  return {
    byMonth: new Map(result.months.map((month) => [month.month, month.savingsEuros])),
    avoidedPurchaseEuros: total((month) => month.avoidedPurchaseEuros),
    compensationEuros: total((month) => month.compensationEuros),
    savingsEuros: total((month) => month.savingsEuros),
    missing,
  };
}
