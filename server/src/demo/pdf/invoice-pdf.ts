import { formatDateEs, formatDecimalEs, formatEurosEs } from './format-es.js';
import { ENERGIA_DEMO, type PdfIssuer, type PdfParty, type PdfSupplyPoint } from './issuer.js';
import { holderFields, supplyPointFields } from './pdf-fields.js';
import { PdfSheet } from './pdf-sheet.js';

/** Decimal strings throughout, as stored in invoice.lines. */
export type InvoicePdfLine = { description: string; quantity: string; unit: string; unitPrice: string; amount: string };

export type InvoicePdfInput = {
  issuer?: PdfIssuer;
  number: string;
  contractCode: string;
  /** 'YYYY-MM-DD' dates. */
  issueDate: string;
  dueDate: string;
  periodStart: string;
  periodEnd: string;
  customer: PdfParty;
  supplyPoint: PdfSupplyPoint;
  energyKwh: string;
  lines: InvoicePdfLine[];
  taxBase: string;
  taxAmount: string;
  totalAmount: string;
};

export async function renderInvoicePdf(input: InvoicePdfInput): Promise<Buffer> {
  const issuer = input.issuer ?? ENERGIA_DEMO;
  const sheet = await PdfSheet.create(issuer, { title: `Factura ${input.number}`, createdAt: new Date(`${input.issueDate}T09:00:00Z`) });

  sheet.heading('Datos de la factura');
  sheet.fields([
    ['Número de factura', input.number],
    ['Fecha de emisión', formatDateEs(input.issueDate)],
    ['Periodo de facturación', `${formatDateEs(input.periodStart)} - ${formatDateEs(input.periodEnd)}`],
    ['Fecha de cargo', formatDateEs(input.dueDate)],
    ['Contrato', input.contractCode],
  ]);

  sheet.heading('Titular');
  sheet.fields(holderFields(input.customer));

  sheet.heading('Punto de suministro');
  sheet.fields([...supplyPointFields(input.supplyPoint),
    ['Energía consumida', `${formatDecimalEs(input.energyKwh)} kWh`],
  ]);

  sheet.heading('Detalle');
  sheet.table(
    [
      { header: 'Concepto', width: 205 },
      { header: 'Cantidad', width: 75, align: 'right' },
      { header: 'Unidad', width: 45 },
      { header: 'Precio', width: 80, align: 'right' },
      { header: 'Importe', width: 90, align: 'right' },
    ],
    [
      ...input.lines.map((line) => [
        line.description,
        formatDecimalEs(line.quantity),
        line.unit,
        formatDecimalEs(line.unitPrice),
        formatEurosEs(line.amount),
      ]),
      ['Base imponible (energía, potencia y alquiler)', '', '', '', formatEurosEs(input.taxBase)],
      ['Impuestos (electricidad e IVA)', '', '', '', formatEurosEs(input.taxAmount)],
      ['TOTAL FACTURA', '', '', '', formatEurosEs(input.totalAmount)],
    ],
    { boldLastRow: true },
  );

  sheet.paragraph(
    `El importe se cargará en la cuenta bancaria indicada en su contrato el ${formatDateEs(input.dueDate)}. ` +
      `Puede consultar sus consumos horarios y descargar sus facturas en el portal de clientes de ${issuer.name}.`,
  );
  return sheet.save();
}
