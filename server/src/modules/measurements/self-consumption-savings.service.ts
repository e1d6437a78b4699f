import type { EntityManager } from '@mikro-orm/postgresql';
import { divRound, formatScaled, nationalHolidays, periodsOf, sumDecimals, tariffPeriodAt, toScaled, type AccessTariff, type TariffPeriod } from '@portal/shared';
import { sqlArray } from '../../core/db/lean-sql.js';
import { executeOnReplica } from '../../core/db/read-routing.js';
import { Granularity } from '../../core/series/granularity.js';
import { yearsOf, type LocalRange } from '../../core/series/local-range.js';
import { localTimeSql, supplyPointRows, type SqlFragment } from '../../core/series/series-sql.js';
import { Contract, ContractStatus } from '../contracts/contract.entity.js';
import { seriesForCups, type SupplyPointRef } from '../supply-points/index.js';
import { isAccessTariff } from './measurement.service.js';
import { CompensationSource, SavingsGap, type SavingsMonth, type SavingsPeriod, type SelfConsumptionSavings } from './self-consumption-savings.types.js';

/** What decides a tariff period (local month, hour, off day), per local month: summed in SQL, mapped by shared's tariffPeriodAt. */
type GroupRow = { month: string; monthOfYear: number; hour: number; offDay: boolean; importedKWh: string; selfConsumedKWh: string };
/** The surplus of a local month and its value at the hourly market price (€, rounded to cents). */
type SurplusRow = { month: string; surplusKWh: string; marketEuros: string; marketPrice: string | null; unpricedIntervals: number };

/**
 * Savings of a self-consumer per local month, from the stored curve and the contract's prices:
 *
 * - avoided purchase: self-consumed kWh of each tariff period × the contract's energy price of that period;
 * - simplified compensation of the surplus (RD 244/2019, art. 14.3): exported kWh × the contract's
 *   compensation price, or Σ hourly exported kWh × that hour's market price where the contract has none;
 *   "en ningún caso el valor económico de la energía horaria excedentaria podrá ser superior al valor
 *   económico de la energía horaria consumida de la red en el periodo de facturación, el cual no podrá
 *   ser superior a un mes": the compensation is capped at the month's energy term (imported kWh × the
 *   energy price of each period). The billing period is taken as the local calendar month.
 *
 * Amounts are rounded to cents per period line, as invoice lines are. A missing price gives null and a reason.
 */
export class SelfConsumptionSavingsService {
  constructor(private readonly em: EntityManager) {}

  async savingsForCups(cups: string, range: LocalRange): Promise<SelfConsumptionSavings> {
    return seriesForCups(this.em, cups, { ...range, granularity: Granularity.MONTH }, (supplyPoint) => this.savings(supplyPoint, range));
  }

  async savings(supplyPoint: SupplyPointRef, range: LocalRange): Promise<SelfConsumptionSavings> {
    return this.savingsOfIntervals(supplyPoint, range, supplyPointRows('measurement', supplyPoint.id, range));
  }

  /**
   * The same savings for any curve of the supply point: `intervals` is a FROM target with the columns
   * start, kwh (imported), surplus_kwh and self_consumed_kwh, e.g. the stored measurements or an
   * estimated curve (the solar estimate values its simulated hours with these very rules).
   */
  async savingsOfIntervals(supplyPoint: SupplyPointRef, range: LocalRange, intervals: SqlFragment): Promise<SelfConsumptionSavings> {
    const month = `to_char(local, 'YYYY-MM-01')`;
    // One statement: the range read once, grouped for tariff periods and, joined to the hourly
    // market price of each interval (the price interval holding its start), for the surplus.
    const [row] = await executeOnReplica<{ groups: GroupRow[]; surplus: SurplusRow[] }[]>(
      this.em,
      `with intervals as materialized (select start, ${localTimeSql('start')} as local, kwh, surplus_kwh, self_consumed_kwh from ${intervals.sql})
       select (select coalesce(json_agg(g), '[]') from (
                 select ${month} as month, date_part('month', local)::int as "monthOfYear", date_part('hour', local)::int as hour,
                        (date_part('isodow', local) >= 6 or local::date = any(?::date[])) as "offDay",
                        sum(kwh)::text as "importedKWh", coalesce(sum(self_consumed_kwh), 0.000)::text as "selfConsumedKWh"
                 from intervals group by 1, 2, 3, 4) g) as groups,
              (select coalesce(json_agg(s order by s.month), '[]') from (
                 select ${month} as month, coalesce(sum(surplus_kwh), 0.000)::text as "surplusKWh",
                        round(coalesce(sum(surplus_kwh * p.price_es), 0) / 1000, 2)::text as "marketEuros",
                        round(sum(surplus_kwh * p.price_es) / nullif(sum(surplus_kwh) filter (where p.price_es is not null), 0) / 1000, 6)::text as "marketPrice",
                        count(*) filter (where surplus_kwh > 0 and p.price_es is null)::int as "unpricedIntervals"
                 from intervals i
                 left join lateral (select mp.price_es from market_price mp
                                    where mp.start <= i.start and i.start < mp.start + mp.interval_minutes * interval '1 minute'
                                    order by mp.start desc limit 1) p on true
                 group by 1) s) as surplus`,
      [...intervals.params, sqlArray(yearsOf(range).flatMap(nationalHolidays))],
    );
    const contracts = await this.em.find(
      Contract,
      { supplyPoint: supplyPoint.id, status: { $ne: ContractStatus.DRAFT }, startDate: { $lte: range.to }, $or: [{ endDate: null }, { endDate: { $gte: range.from } }] },
      { orderBy: { startDate: 'asc' } },
    );
    const months = row!.surplus.map((surplus) =>
      savingsMonth(supplyPoint.accessTariff, surplus, row!.groups.filter((group) => group.month === surplus.month), contractOf(contracts, surplus.month)),
    );
    return { cups: supplyPoint.cups, ...range, granularity: Granularity.MONTH, months };
  }
}

/** The contract of a month: the one in force on its first day, else the first to start within it. */
function contractOf(contracts: readonly Contract[], month: string): Contract | null {
  const monthEnd = lastDayOf(month);
  const overlapping = contracts.filter((contract) => contract.startDate <= monthEnd && (contract.endDate === null || contract.endDate >= month));
  return overlapping.findLast((contract) => contract.startDate <= month) ?? overlapping[0] ?? null;
}

function savingsMonth(accessTariff: string, surplus: SurplusRow, groups: readonly GroupRow[], contract: Contract | null): SavingsMonth {
  const missing = new Set<SavingsGap>();
  const periods = isAccessTariff(accessTariff) ? savingsPeriods(accessTariff, groups, contract?.energyPrices ?? {}) : [];
  if (!isAccessTariff(accessTariff)) missing.add(SavingsGap.UNKNOWN_TARIFF);
  else if (!contract) missing.add(SavingsGap.NO_CONTRACT);
  else if (periods.some((period) => period.energyPrice === null)) missing.add(SavingsGap.NO_ENERGY_PRICES);
  const priced = missing.size === 0;
  const avoidedPurchaseEuros = priced ? sumDecimals(periods.map((period) => period.avoidedEuros!), 2) : null;
  const compensationCapEuros = priced ? sumDecimals(periods.map((period) => period.energyTermEuros!), 2) : null;

  const byContract = contract?.compensationPrice != null;
  let compensationPrice: string | null = byContract ? contract.compensationPrice : surplus.marketPrice;
  let compensationBeforeCapEuros: string | null = byContract ? euros(surplus.surplusKWh, contract.compensationPrice!) : surplus.marketEuros;
  if (!byContract && surplus.unpricedIntervals > 0) {
    missing.add(SavingsGap.NO_MARKET_PRICE);
    compensationPrice = null;
    compensationBeforeCapEuros = null;
  }
  const compensationEuros =
    compensationBeforeCapEuros !== null && compensationCapEuros !== null ? minimum(compensationBeforeCapEuros, compensationCapEuros) : null;
  return {
    month: surplus.month,
    contractCode: contract?.code ?? null,
    periods,
    surplusKWh: surplus.surplusKWh,
    compensationSource: byContract ? CompensationSource.CONTRACT : CompensationSource.MARKET,
    compensationPrice,
    avoidedPurchaseEuros,
    compensationBeforeCapEuros,
    compensationCapEuros,
    compensationEuros,
    savingsEuros: avoidedPurchaseEuros !== null && compensationEuros !== null ? sumDecimals([avoidedPurchaseEuros, compensationEuros], 2) : null,
    missing: [...missing],
  };
}

/** Every period of the tariff with its kWh, its price (null where the contract states none) and its amounts. */
function savingsPeriods(tariff: AccessTariff, groups: readonly GroupRow[], prices: Partial<Record<TariffPeriod, string>>): SavingsPeriod[] {
  const sums = new Map(periodsOf(tariff).map((period) => [period, { imported: [] as string[], selfConsumed: [] as string[] }]));
  for (const group of groups) {
    const sum = sums.get(tariffPeriodAt(tariff, { month: group.monthOfYear, hour: group.hour, offDay: group.offDay }))!;
    sum.imported.push(group.importedKWh);
    sum.selfConsumed.push(group.selfConsumedKWh);
  }
  return [...sums].map(([period, sum]) => {
    const energyPrice = prices[period] ?? null;
    const selfConsumedKWh = sumDecimals(sum.selfConsumed, 3);
    const importedKWh = sumDecimals(sum.imported, 3);
    return {
      period,
      energyPrice,
      selfConsumedKWh,
      importedKWh,
      avoidedEuros: energyPrice === null ? null : euros(selfConsumedKWh, energyPrice),
      energyTermEuros: energyPrice === null ? null : euros(importedKWh, energyPrice),
    };
  });
}

/** kWh × €/kWh, exact, rounded half away from zero to cents. */
function euros(kWh: string, pricePerKWh: string): string {
  const product = toScaled(kWh, 3) * toScaled(pricePerKWh, 6);
  return formatScaled(divRound(product, 10n ** 7n), 2);
}

function minimum(a: string, b: string): string {
  return toScaled(a, 2) <= toScaled(b, 2) ? a : b;
}

function lastDayOf(month: string): string {
  const [year, monthOfYear] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, monthOfYear!, 0)).toISOString().slice(0, 10);
}
