import { formatScaled, type TariffPeriod, tariffPeriodAt } from '@portal/shared';
import { buildInvoiceAmounts, buildSettlementAmounts, type InvoiceLineRow, type SettlementAmounts } from './billing.js';
import { simulateConsumption, type ConsumptionSeries } from './consumption-model.js';
import {
  HOUR_MS,
  addDays,
  addMonths,
  buildHourTable,
  daysInMonth,
  firstOfMonth,
  lastOfMonth,
  madridDateOf,
  madridMidnight,
  type HourTable,
} from './demo-calendar.js';
import {
  DEMO_ACCOUNTS,
  DEMO_CONSUMPTION_POINTS,
  DEMO_SUPPLY_POINT_LIST,
  demoUuid,
  type DemoAccount,
  type DemoSupplyPoint,
} from './demo-data.js';
import { simulatePvExport } from './generation-model.js';
import { withRooftopPv } from './self-consumption-model.js';
import { simulateMarketPrices, type MarketPriceSeries } from './market-price-model.js';

/**
 * Everything the demo seed writes, computed in memory from `today` alone (no I/O), so the same
 * `today` always gives the same plan.
 */
export type DemoPlan = {
  todayLocal: string;
  hours: HourTable;
  /** Measurements cover hours [0, measuredHours): month 13 months back → end of yesterday. */
  measuredHours: number;
  /** Prices cover hours [0, pricedHours): through the end of tomorrow. */
  pricedHours: number;
  /** Forecasts cover hours [forecastFrom, hours.count): last 3 months → 7 days after today. */
  forecastFrom: number;
  prices: MarketPriceSeries;
  consumption: Map<string, ConsumptionSeries>;
  accounts: (DemoAccount & { createdAt: Date })[];
  supplyPoints: readonly DemoSupplyPoint[];
  contracts: ContractPlan[];
  invoices: InvoicePlan[];
  settlements: SettlementPlan[];
};

export type ContractPlan = {
  id: string;
  code: string;
  point: DemoSupplyPoint;
  account: DemoAccount;
  productName: string;
  contractedPowerKw: Record<string, string>;
  /** The product's energy prices in €/kWh, as the contract states them. */
  energyPrices: Record<string, string>;
  compensationPrice: string | null;
  startDate: string;
  activatedAt: Date;
  createdAt: Date;
  documentId: string;
};

export type InvoiceStatus = 'PAID' | 'ISSUED' | 'OVERDUE';

export type InvoicePlan = {
  id: string;
  number: string;
  contract: ContractPlan;
  periodStart: string;
  periodEnd: string;
  issueDate: string;
  dueDate: string;
  energyKwh: string;
  taxBase: string;
  taxAmount: string;
  totalAmount: string;
  status: InvoiceStatus;
  lines: InvoiceLineRow[];
  documentId: string;
};

export type SettlementStatus = 'PROVISIONAL' | 'FINAL' | 'PAID';

export type SettlementPlan = {
  id: string;
  point: DemoSupplyPoint;
  account: DemoAccount;
  month: string;
  issueDate: string;
  status: SettlementStatus;
  amounts: SettlementAmounts;
  documentId: string;
};

const BILLED_MONTHS = 12;
const DUE_AFTER_DAYS = 20;
/** The one unpaid past-due invoice: this contract's second-to-last month. */
const OVERDUE_POINT_KEY = 'companyWorkshop';

export function buildDemoPlan(today: Date): DemoPlan {
  const todayLocal = madridDateOf(today);
  const thisMonth = firstOfMonth(todayLocal);
  const firstDate = addMonths(thisMonth, -13);
  const hours = buildHourTable(firstDate, addDays(todayLocal, 8));
  const measuredHours = hours.indexOfDate(todayLocal);
  const pricedHours = hours.indexOfDate(addDays(todayLocal, 2));
  const forecastFrom = hours.indexOfDate(addMonths(todayLocal, -3));

  const prices = simulateMarketPrices(hours, pricedHours);
  const consumption = new Map<string, ConsumptionSeries>();
  for (const point of DEMO_CONSUMPTION_POINTS) {
    if (point.usage.kind === 'generation') continue;
    const demand = simulateConsumption(hours, point.usage, point.cups, measuredHours);
    const pvKw = point.usage.kind === 'household' ? point.usage.rooftopPvKw : undefined;
    consumption.set(point.key, pvKw ? withRooftopPv(demand, hours, measuredHours, pvKw, point.cups) : demand);
  }

  const billedMonths = Array.from({ length: BILLED_MONTHS }, (_, index) => addMonths(thisMonth, index - BILLED_MONTHS));
  const contracts = DEMO_CONSUMPTION_POINTS.map((point) => planContract(point, thisMonth));
  const invoices = planInvoices(contracts, billedMonths, hours, consumption, todayLocal);
  const settlements = DEMO_SUPPLY_POINT_LIST.filter((point) => point.isGenerator).flatMap((point) =>
    planSettlements(point, billedMonths, hours, prices, todayLocal),
  );

  const accounts = Object.values(DEMO_ACCOUNTS).map((account) => {
    const starts = contracts.filter((contract) => contract.account.id === account.id).map((contract) => contract.startDate);
    const since = starts.length > 0 ? starts.sort()[0]! : addMonths(thisMonth, -36);
    return { ...account, createdAt: localInstant(addDays(since, -15), 10) };
  });

  return {
    todayLocal,
    hours,
    measuredHours,
    pricedHours,
    forecastFrom,
    prices,
    consumption,
    accounts,
    supplyPoints: DEMO_SUPPLY_POINT_LIST,
    contracts,
    invoices,
    settlements,
  };
}

function planContract(point: DemoSupplyPoint, thisMonth: string): ContractPlan {
  const spec = point.contract!;
  const startDate = addMonths(thisMonth, -spec.startMonthsAgo);
  const code = `CT-${startDate.slice(0, 4)}-${String(spec.sequence).padStart(6, '0')}`;
  const contractedPowerKw: Record<string, string> = {};
  for (const [period, watts] of Object.entries(spec.powerW)) contractedPowerKw[period] = formatScaled(watts, 3);
  const energyPrices: Record<string, string> = {};
  for (const [period, microEur] of Object.entries(spec.product.energyMicroEurPerKwh)) energyPrices[period] = formatScaled(microEur, 6);
  return {
    id: demoUuid('contract', point.key),
    code,
    point,
    account: accountOf(point),
    productName: spec.product.name,
    contractedPowerKw,
    energyPrices,
    compensationPrice: spec.compensationMicroEurPerKwh === undefined ? null : formatScaled(spec.compensationMicroEurPerKwh, 6),
    startDate,
    activatedAt: localInstant(startDate, 9),
    createdAt: localInstant(addDays(startDate, -10), 12),
    documentId: demoUuid('document', 'contract', point.key),
  };
}

function planInvoices(
  contracts: ContractPlan[],
  months: string[],
  hours: HourTable,
  consumption: Map<string, ConsumptionSeries>,
  todayLocal: string,
): InvoicePlan[] {
  const drafts: Omit<InvoicePlan, 'number'>[] = [];
  contracts.forEach((contract, contractIndex) => {
    const spec = contract.point.contract!;
    const series = consumption.get(contract.point.key)!;
    months.forEach((month, monthIndex) => {
      const energyWhByPeriod = sumByPeriod(contract.point, series, hours, month);
      const amounts = buildInvoiceAmounts({
        tariff: contract.point.accessTariff,
        product: spec.product,
        powerW: spec.powerW,
        days: daysInMonth(month),
        energyWhByPeriod,
      });
      const periodEnd = lastOfMonth(month);
      // Issued a few days after the month closes, but never in the future.
      const wanted = addDays(periodEnd, 3 + (contractIndex % 4));
      const issueDate = wanted < todayLocal ? wanted : todayLocal;
      const fromLatest = months.length - 1 - monthIndex;
      const status: InvoiceStatus =
        fromLatest === 0 ? 'ISSUED' : fromLatest === 1 && contract.point.key === OVERDUE_POINT_KEY ? 'OVERDUE' : 'PAID';
      drafts.push({
        id: demoUuid('invoice', contract.point.key, month),
        contract,
        periodStart: month,
        periodEnd,
        issueDate,
        dueDate: addDays(issueDate, DUE_AFTER_DAYS),
        energyKwh: formatScaled(amounts.energyWh, 3),
        taxBase: formatScaled(amounts.taxBaseCents, 2),
        taxAmount: formatScaled(amounts.taxCents, 2),
        totalAmount: formatScaled(amounts.totalCents, 2),
        status,
        lines: amounts.lines,
        documentId: demoUuid('document', 'invoice', contract.point.key, month),
      });
    });
  });
  // Numbers follow issue order, as a real invoicing series does.
  drafts.sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.contract.code.localeCompare(b.contract.code));
  return drafts.map((draft, index) => ({
    ...draft,
    number: `FE-${draft.issueDate.slice(0, 4)}-${String(1001 + index).padStart(6, '0')}`,
  }));
}

function sumByPeriod(point: DemoSupplyPoint, series: ConsumptionSeries, hours: HourTable, month: string): Partial<Record<TariffPeriod, number>> {
  const totals: Partial<Record<TariffPeriod, number>> = {};
  const from = hours.indexOfDate(month);
  const to = hours.indexOfDate(addMonths(month, 1));
  for (let i = from; i < to; i++) {
    const period = tariffPeriodAt(point.accessTariff, { month: hours.month[i]!, hour: hours.hour[i]!, offDay: hours.offDay[i] === 1 });
    totals[period] = (totals[period] ?? 0) + series.measuredWh[i]!;
  }
  return totals;
}

function planSettlements(
  point: DemoSupplyPoint,
  months: string[],
  hours: HourTable,
  prices: MarketPriceSeries,
  todayLocal: string,
): SettlementPlan[] {
  if (point.usage.kind !== 'generation') throw new Error(`${point.key} is not a generator`);
  const lastMonthEnd = hours.indexOfDate(addMonths(months[months.length - 1]!, 1));
  const exportedWh = simulatePvExport(hours, lastMonthEnd, point.usage.peakKw, prices.esCents, point.cups);
  return months.map((month, monthIndex) => {
    const from = hours.indexOfDate(month);
    const to = hours.indexOfDate(addMonths(month, 1));
    const hourly = [];
    for (let i = from; i < to; i++) hourly.push({ wh: exportedWh[i]!, priceCentsPerMwh: prices.esCents[i]! });
    const fromLatest = months.length - 1 - monthIndex;
    const wanted = addDays(lastOfMonth(month), 10);
    return {
      id: demoUuid('settlement', point.key, month),
      point,
      account: accountOf(point),
      month,
      issueDate: wanted < todayLocal ? wanted : todayLocal,
      status: fromLatest === 0 ? 'PROVISIONAL' : fromLatest === 1 ? 'FINAL' : 'PAID',
      amounts: buildSettlementAmounts(hourly),
      documentId: demoUuid('document', 'settlement', point.key, month),
    };
  });
}

function accountOf(point: DemoSupplyPoint): DemoAccount {
  return DEMO_ACCOUNTS[point.accountKey];
}

/** A wall-clock hour of a Madrid date (never a DST hour: callers use 9–12 h). */
export function localInstant(localDate: string, hour: number): Date {
  return new Date(madridMidnight(localDate).getTime() + hour * HOUR_MS);
}
