/** Who issues the documents: printed in every PDF header and footer. */
export type PdfIssuer = { name: string; legalName: string; fiscalId: string; address: string; phone: string; email: string };

export const ENERGIA_DEMO: PdfIssuer = {
  name: 'Energía Demo',
  legalName: 'Energía Demo Comercializadora SL',
  fiscalId: 'B86420734',
  address: 'Paseo de la Castellana 95, 28046 Madrid',
  phone: '900 123 456',
  email: 'clientes@energia-demo.example.es',
};

/** A customer or generator as printed on a document. */
export type PdfParty = { name: string; fiscalId: string; address: string };

export type PdfSupplyPoint = { cups: string; address: string; accessTariff: string; distributor?: string };
