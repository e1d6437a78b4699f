import type { PdfParty, PdfSupplyPoint } from './issuer.js';

export type PdfField = [label: string, value: string];

/** The holder block every customer document carries. */
export function holderFields(customer: PdfParty): PdfField[] {
  return [
    ['Nombre / razón social', customer.name],
    ['NIF', customer.fiscalId],
    ['Dirección', customer.address],
  ];
}

/** The supply-point block of contracts and invoices. */
export function supplyPointFields(supplyPoint: PdfSupplyPoint): PdfField[] {
  return [
    ['CUPS', supplyPoint.cups],
    ['Dirección de suministro', supplyPoint.address],
    ['Peaje de acceso', supplyPoint.accessTariff],
    ...(supplyPoint.distributor ? [['Distribuidora', supplyPoint.distributor] as PdfField] : []),
  ];
}
