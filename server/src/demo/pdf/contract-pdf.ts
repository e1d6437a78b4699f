import { formatDateEs, formatDecimalEs } from './format-es.js';
import { ENERGIA_DEMO, type PdfIssuer, type PdfParty, type PdfSupplyPoint } from './issuer.js';
import { holderFields, supplyPointFields } from './pdf-fields.js';
import { PdfSheet } from './pdf-sheet.js';

export type ContractPdfInput = {
  issuer?: PdfIssuer;
  code: string;
  productName: string;
  /** kW per period as decimal strings, e.g. { P1: '4.600', P2: '4.600' }. */
  contractedPowerKw: Partial<Record<string, string>>;
  /** 'YYYY-MM-DD'. */
  startDate: string;
  endDate: string | null;
  customer: PdfParty;
  supplyPoint: PdfSupplyPoint;
};

const GENERAL_CONDITIONS = [
  'Primera. Objeto. El presente contrato tiene por objeto el suministro de energía eléctrica en el punto de suministro identificado por su CUPS, en las condiciones de potencia y peaje de acceso indicadas.',
  'Segunda. Duración. El contrato tiene una duración de un año desde la fecha de inicio y se prorroga tácitamente por periodos anuales salvo comunicación en contrario con quince días de antelación.',
  'Tercera. Precio y facturación. Se facturarán mensualmente los términos de energía y de potencia del producto contratado, el alquiler de equipos de medida y los impuestos aplicables según las lecturas facilitadas por la distribuidora.',
  'Cuarta. Protección de datos. Los datos personales del titular se tratarán para la gestión del contrato. Puede ejercer sus derechos dirigiéndose a la comercializadora.',
];

export async function renderContractPdf(input: ContractPdfInput): Promise<Buffer> {
  const issuer = input.issuer ?? ENERGIA_DEMO;
  const sheet = await PdfSheet.create(issuer, { title: `Contrato ${input.code}`, createdAt: new Date(`${input.startDate}T09:00:00Z`) });

  sheet.heading('Contrato de suministro de electricidad');
  sheet.fields([
    ['Código de contrato', input.code],
    ['Producto', input.productName],
    ['Fecha de inicio', formatDateEs(input.startDate)],
    ['Fecha de fin', input.endDate ? formatDateEs(input.endDate) : 'Indefinida (prórroga anual)'],
  ]);

  sheet.heading('Titular');
  sheet.fields(holderFields(input.customer));

  sheet.heading('Punto de suministro');
  sheet.fields(supplyPointFields(input.supplyPoint));

  sheet.heading('Potencia contratada');
  sheet.table(
    [
      { header: 'Periodo', width: 120 },
      { header: 'Potencia (kW)', width: 120, align: 'right' },
    ],
    Object.entries(input.contractedPowerKw).map(([period, kw]) => [period, kw === undefined ? '' : formatDecimalEs(kw)]),
  );

  sheet.heading('Condiciones generales');
  for (const clause of GENERAL_CONDITIONS) sheet.paragraph(clause);
  sheet.space(20);
  sheet.paragraph(`Firmado por ${input.customer.name} (${input.customer.fiscalId}) y por ${issuer.legalName}, en Madrid, el ${formatDateEs(input.startDate)}.`);
  return sheet.save();
}
