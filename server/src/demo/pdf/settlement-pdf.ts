import { formatDateEs, formatDecimalEs, formatEurosEs, formatMonthEs } from './format-es.js';
import { ENERGIA_DEMO, type PdfIssuer, type PdfParty, type PdfSupplyPoint } from './issuer.js';
import { PdfSheet } from './pdf-sheet.js';

export type SettlementPdfInput = {
  issuer?: PdfIssuer;
  /** First day of the settled month, 'YYYY-MM-DD'. */
  month: string;
  issueDate: string;
  /** As printed, e.g. 'Provisional', 'Definitiva', 'Pagada'. */
  statusLabel: string;
  generator: PdfParty;
  supplyPoint: PdfSupplyPoint;
  /** Decimal strings. */
  exportedKwh: string;
  /** Energy-weighted average price, €/MWh. */
  averagePriceEurPerMwh: string;
  marketRevenue: string;
  charges: { description: string; amount: string }[];
  chargesTotal: string;
  netAmount: string;
};

export async function renderSettlementPdf(input: SettlementPdfInput): Promise<Buffer> {
  const issuer = input.issuer ?? ENERGIA_DEMO;
  const title = `Liquidación de generación ${input.month.slice(0, 7)}`;
  const sheet = await PdfSheet.create(issuer, { title, createdAt: new Date(`${input.issueDate}T09:00:00Z`) });

  sheet.heading(`Liquidación de ${formatMonthEs(input.month)}`);
  sheet.fields([
    ['Estado', input.statusLabel],
    ['Fecha de emisión', formatDateEs(input.issueDate)],
    ['Productor', input.generator.name],
    ['NIF', input.generator.fiscalId],
    ['Dirección', input.generator.address],
  ]);

  sheet.heading('Instalación');
  sheet.fields([
    ['CUPS', input.supplyPoint.cups],
    ['Emplazamiento', input.supplyPoint.address],
    ['Peaje de acceso', input.supplyPoint.accessTariff],
  ]);

  sheet.heading('Energía y mercado');
  sheet.fields([
    ['Energía vertida', `${formatDecimalEs(input.exportedKwh)} kWh`],
    ['Precio medio capturado', `${formatDecimalEs(input.averagePriceEurPerMwh)} €/MWh`],
  ]);

  sheet.table(
    [
      { header: 'Concepto', width: 385 },
      { header: 'Importe', width: 110, align: 'right' },
    ],
    [
      ['Ingresos del mercado diario (energía horaria × precio de casación)', formatEurosEs(input.marketRevenue)],
      ...input.charges.map((charge) => [charge.description, formatEurosEs(negated(charge.amount))]),
      ['Total cargos', formatEurosEs(negated(input.chargesTotal))],
      ['IMPORTE NETO A PERCIBIR', formatEurosEs(input.netAmount)],
    ],
    { boldLastRow: true },
  );
  sheet.paragraph('Los precios horarios corresponden al precio marginal del mercado diario en la zona española.');
  return sheet.save();
}

/** Charges are printed as deductions; a decimal string is negated as text (no float round trip). */
function negated(amount: string): string {
  if (amount.startsWith('-')) return amount.slice(1);
  return /^0+(\.0+)?$/.test(amount) ? amount : `-${amount}`;
}
