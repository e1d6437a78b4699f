import { type AccessTariff, divRound, formatScaled, periodsOf, TARIFF_PERIODS, type TariffPeriod } from '@portal/shared';
import type { DemoProduct } from './demo-data.js';

/** One invoice line as stored in invoice.lines: every number a decimal string, amount = round(quantity × unitPrice, 2). */
export type InvoiceLineRow = { description: string; quantity: string; unit: string; unitPrice: string; amount: string };

export type InvoiceAmounts = {
  lines: InvoiceLineRow[];
  energyWh: number;
  /** Energy, power and meter rental, before taxes. */
  taxBaseCents: bigint;
  /** Electricity tax plus VAT. */
  taxCents: bigint;
  totalCents: bigint;
};

// Impuesto especial sobre la electricidad: 5.11269632 % of energy and power terms.
const ELECTRICITY_TAX = { rate: '0.0511269632', numerator: 511_269_632n, denominator: 10_000_000_000n, percent: '5,11269632' };
const VAT = { rate: '0.21', numerator: 21n, denominator: 100n, percent: '21' };

/**
 * The lines of a monthly electricity invoice, in integer cents: energy per period, power per
 * period, electricity tax, meter rental and VAT.
 */
export function buildInvoiceAmounts(input: {
  tariff: AccessTariff;
  product: DemoProduct;
  powerW: Partial<Record<TariffPeriod, number>>;
  days: number;
  energyWhByPeriod: Partial<Record<TariffPeriod, number>>;
}): InvoiceAmounts {
  const { tariff, product, powerW, days, energyWhByPeriod } = input;
  const lines: InvoiceLineRow[] = [];
  let energyWh = 0;
  let termsCents = 0n;

  for (const period of periodsOf(tariff)) {
    const wh = energyWhByPeriod[period] ?? 0;
    if (wh === 0) continue; // 3.0TD seasons leave some periods empty in a month
    const price = priceOf(product.energyMicroEurPerKwh, period, 'energy');
    // Wh × µ€/kWh = 1e-9 €, i.e. 1e-7 cents.
    const cents = divRound(BigInt(wh) * BigInt(price), 10_000_000n);
    lines.push(line(`Energía consumida ${period}`, formatScaled(wh, 3), 'kWh', formatScaled(price, 6), cents));
    energyWh += wh;
    termsCents += cents;
  }

  for (const period of TARIFF_PERIODS) {
    const watts = powerW[period];
    if (watts === undefined) continue;
    const price = priceOf(product.powerMicroEurPerKwDay, period, 'power');
    // W·day × µ€/(kW·day) = 1e-9 €.
    const cents = divRound(BigInt(watts * days) * BigInt(price), 10_000_000n);
    lines.push(line(`Potencia contratada ${period}`, formatScaled(watts * days, 3), 'kW·día', formatScaled(price, 6), cents));
    termsCents += cents;
  }

  const electricityTaxCents = divRound(termsCents * ELECTRICITY_TAX.numerator, ELECTRICITY_TAX.denominator);
  lines.push(
    line(`Impuesto sobre la electricidad (${ELECTRICITY_TAX.percent} %)`, formatScaled(termsCents, 2), '€', ELECTRICITY_TAX.rate, electricityTaxCents),
  );

  const rental = product.meterRentalMicroEurPerDay;
  const rentalCents = divRound(BigInt(days * rental), 10_000n);
  lines.push(line('Alquiler de equipos de medida', String(days), 'días', formatScaled(rental, 6), rentalCents));

  // VAT applies on everything above, the electricity tax included.
  const vatBaseCents = termsCents + electricityTaxCents + rentalCents;
  const vatCents = divRound(vatBaseCents * VAT.numerator, VAT.denominator);
  lines.push(line(`IVA (${VAT.percent} %)`, formatScaled(vatBaseCents, 2), '€', VAT.rate, vatCents));

  const taxBaseCents = termsCents + rentalCents;
  const taxCents = electricityTaxCents + vatCents;
  return { lines, energyWh, taxBaseCents, taxCents, totalCents: taxBaseCents + taxCents };
}

export type SettlementAmounts = {
  exportedWh: bigint;
  revenueCents: bigint;
  /** Energy-weighted average price, cents of € per MWh. */
  capturedPriceCentsPerMwh: bigint;
  charges: { description: string; amountCents: bigint }[];
  chargesCents: bigint;
  netCents: bigint;
};

const GENERATION_TAX = { numerator: 7n, denominator: 100n }; // IVPEE, 7 % of revenue
const REPRESENTATION_CENTS_PER_MWH = 50n;
const GENERATION_TOLL_CENTS_PER_MWH = 50n;

/**
 * A month of a generating CUPS: revenue is Σ hourly energy × hourly Spanish price, exact to the
 * cent, then the charges and the net amount.
 */
export function buildSettlementAmounts(hourly: { wh: number; priceCentsPerMwh: number }[]): SettlementAmounts {
  let exportedWh = 0n;
  let revenueWhCents = 0n; // Wh × cents/MWh = 1e-6 cents
  for (const { wh, priceCentsPerMwh } of hourly) {
    exportedWh += BigInt(wh);
    revenueWhCents += BigInt(wh) * BigInt(priceCentsPerMwh);
  }
  const revenueCents = divRound(revenueWhCents, 1_000_000n);
  const charges = [
    { description: 'Impuesto sobre el valor de la producción de energía eléctrica (7 %)', amountCents: divRound(revenueCents * GENERATION_TAX.numerator, GENERATION_TAX.denominator) },
    { description: 'Peaje de acceso de generación (0,50 €/MWh)', amountCents: divRound(exportedWh * GENERATION_TOLL_CENTS_PER_MWH, 1_000_000n) },
    { description: 'Servicio de representación en el mercado (0,50 €/MWh)', amountCents: divRound(exportedWh * REPRESENTATION_CENTS_PER_MWH, 1_000_000n) },
  ];
  const chargesCents = charges.reduce((sum, charge) => sum + charge.amountCents, 0n);
  return {
    exportedWh,
    revenueCents,
    capturedPriceCentsPerMwh: exportedWh === 0n ? 0n : divRound(revenueWhCents, exportedWh),
    charges,
    chargesCents,
    netCents: revenueCents - chargesCents,
  };
}

function line(description: string, quantity: string, unit: string, unitPrice: string, amountCents: bigint): InvoiceLineRow {
  return { description, quantity, unit, unitPrice, amount: formatScaled(amountCents, 2) };
}

function priceOf(prices: Partial<Record<TariffPeriod, number>>, period: TariffPeriod, term: string): number {
  const price = prices[period];
  if (price === undefined) throw new Error(`the product has no ${term} price for ${period}`);
  return price;
}
