import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderContractPdf } from './contract-pdf.js';
import { formatDateEs, formatDecimalEs, formatMonthEs } from './format-es.js';
import { renderInvoicePdf, type InvoicePdfInput } from './invoice-pdf.js';
import { renderSettlementPdf } from './settlement-pdf.js';

const customer = { name: 'Łukasz Żółkiewski 😀', fiscalId: 'Y4821937R', address: 'Carrer de Mallorca 245, 4º 2ª, 08008 Barcelona' };
const supplyPoint = { cups: 'ES0031405862371094VW', address: 'Carrer de Mallorca 245, 4º 2ª, 08008 Barcelona', accessTariff: '2.0TD' };

function invoice(lineCount: number): InvoicePdfInput {
  return {
    number: 'FE-2026-001234',
    contractCode: 'CT-2025-000103',
    issueDate: '2026-11-04',
    dueDate: '2026-11-24',
    periodStart: '2026-10-01',
    periodEnd: '2026-10-31',
    customer,
    supplyPoint,
    energyKwh: '245.425',
    lines: Array.from({ length: lineCount }, (_, index) => ({
      description: `Energía consumida P${(index % 3) + 1}`,
      quantity: '81.808',
      unit: 'kWh',
      unitPrice: '0.132400',
      amount: '10.83',
    })),
    taxBase: '1234.56',
    taxAmount: '300.00',
    totalAmount: '1534.56',
  };
}

describe('PDF rendering', () => {
  it('renders an invoice that opens, even with characters the standard font cannot encode', async () => {
    const bytes = await renderInvoicePdf(invoice(12));
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Factura FE-2026-001234');
    expect(pdf.getPageCount()).toBe(1);
  });

  it('gives the same bytes for the same input (stored sha256 stays meaningful)', async () => {
    expect((await renderInvoicePdf(invoice(5))).equals(await renderInvoicePdf(invoice(5)))).toBe(true);
  });

  it('flows long invoices onto further pages', async () => {
    const pdf = await PDFDocument.load(await renderInvoicePdf(invoice(80)));
    expect(pdf.getPageCount()).toBeGreaterThan(1);
  });

  it('renders contracts and settlements', async () => {
    const contract = await PDFDocument.load(
      await renderContractPdf({
        code: 'CT-2025-000103',
        productName: 'Hogar Tres Periodos',
        contractedPowerKw: { P1: '3.450', P2: '3.450' },
        startDate: '2025-05-01',
        endDate: null,
        customer,
        supplyPoint,
      }),
    );
    expect(contract.getTitle()).toBe('Contrato CT-2025-000103');

    const settlement = await PDFDocument.load(
      await renderSettlementPdf({
        month: '2026-10-01',
        issueDate: '2026-11-10',
        statusLabel: 'Provisional',
        generator: { name: 'Solar Campo de Cariñena SL', fiscalId: 'B50912849', address: 'Carretera A-220 km 32, 50400 Cariñena' },
        supplyPoint: { ...supplyPoint, accessTariff: '6.1TD' },
        exportedKwh: '181448.562',
        averagePriceEurPerMwh: '56.41',
        marketRevenue: '10236.05',
        charges: [{ description: 'Peaje de acceso de generación (0,50 €/MWh)', amount: '90.72' }],
        chargesTotal: '90.72',
        netAmount: '10145.33',
      }),
    );
    expect(settlement.getTitle()).toBe('Liquidación de generación 2026-10');
  });

  it('formats decimal strings and dates the Spanish way without floats', () => {
    expect(formatDecimalEs('-1234567.50')).toBe('-1.234.567,50');
    expect(formatDecimalEs('0.0511269632')).toBe('0,0511269632');
    expect(formatDecimalEs('999')).toBe('999');
    expect(formatDateEs('2026-03-01')).toBe('01/03/2026');
    expect(formatMonthEs('2026-03-01')).toBe('marzo de 2026');
    expect(() => formatDecimalEs('1e5')).toThrow(RangeError);
  });
});
