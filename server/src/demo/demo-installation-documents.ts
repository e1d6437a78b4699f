import type pg from 'pg';
import { formatDateEs } from './pdf/format-es.js';
import { ENERGIA_DEMO } from './pdf/issuer.js';
import { PdfSheet } from './pdf/pdf-sheet.js';
import type { FileStorage } from '../core/storage/file-storage.js';
import { DEMO_ACCOUNTS, demoUuid } from './demo-data.js';
import type { DemoInstallationRow } from './demo-installations.js';
import { insertRows } from './pg-bulk.js';

const DAY_MS = 86_400_000;

/** What the company asks the home installation's customer for (all still pending). */
const DOCUMENT_REQUESTS: { name: string; nameEn: string; description: string; descriptionEn: string; minFiles?: number; maxFiles?: number }[] = [
  {
    name: 'Copia del DNI',
    nameEn: 'Copy of your ID card',
    description: 'Una foto o escaneo del DNI del titular, por las dos caras, legible y en vigor.',
    descriptionEn: "A photo or scan of the holder's ID card, both sides, legible and in force.",
  },
  {
    name: 'Última factura de la luz',
    nameEn: 'Latest electricity bill',
    description: 'La factura más reciente de tu comercializadora, completa: la necesitamos para dimensionar la instalación a tu consumo.',
    descriptionEn: "Your retailer's latest bill, complete: we need it to size the installation to your consumption.",
  },
  {
    name: 'Fotos del tejado',
    nameEn: 'Photos of the roof',
    description: 'Dos o tres fotos del tejado donde irán los paneles, con la orientación y los obstáculos (chimeneas, antenas) bien visibles.',
    descriptionEn: 'Two or three photos of the roof where the panels will go, with its orientation and obstacles (chimneys, aerials) clearly visible.',
    minFiles: 2,
    maxFiles: 3,
  },
];

/**
 * Document requests for FV-2026-0001 (waiting for documents) and the installation contract to
 * sign for FV-2026-0002. The contract PDF goes through the tracked `storage`, so a failed
 * seed removes it again.
 */
export async function insertDemoInstallationDocuments(
  conn: pg.ClientBase,
  storage: FileStorage,
  installations: readonly DemoInstallationRow[],
  now: Date,
): Promise<void> {
  const byCode = new Map(installations.map((installation) => [installation.code, installation]));
  const home = byCode.get('FV-2026-0001');
  const farm = byCode.get('FV-2026-0002');
  const account = DEMO_ACCOUNTS.solarClient;

  if (home) {
    const requestedAt = new Date(now.getTime() - 8 * DAY_MS);
    await insertRows(
      conn,
      'document_request',
      ['id', 'installation_id', 'name', 'name_translations', 'description', 'description_translations', 'status', 'rejection_reason', 'min_files', 'max_files', 'created_at', 'updated_at'],
      DOCUMENT_REQUESTS.map((request, i) => {
        const at = new Date(requestedAt.getTime() + i * 60_000).toISOString();
        return [demoUuid('document-request', home.code, String(i)), home.id, request.name, { en: request.nameEn }, request.description, { en: request.descriptionEn }, 'PENDING', null, request.minFiles ?? 1, request.maxFiles ?? 1, at, at];
      }),
    );
  }

  if (farm) {
    const sharedAt = new Date(now.getTime() - 2 * DAY_MS);
    const bytes = await renderInstallationContract(farm.code, account, sharedAt);
    const stored = await storage.put(`installations/${farm.id}/contracts`, bytes);
    const documentId = demoUuid('document', 'installation-contract', farm.code);
    await insertRows(
      conn,
      'document',
      ['id', 'title', 'title_translations', 'category', 'folder', 'folder_translations', 'account_id', 'supply_point_id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'storage_key', 'created_at'],
      [[documentId, `Contrato de instalación ${farm.code}`, { en: `Installation contract ${farm.code}` }, 'CONTRACT', 'Instalación', { en: 'Installation' }, account.id, null, `contrato-instalacion-${farm.code}.pdf`, 'application/pdf', stored.sizeBytes, stored.sha256, stored.key, sharedAt.toISOString()]],
    );
    await insertRows(
      conn,
      'signing_document',
      ['id', 'installation_id', 'title', 'title_translations', 'document_id', 'signed_copy_id', 'signed_at', 'created_at'],
      [[demoUuid('signing-document', farm.code), farm.id, 'Contrato de instalación', { en: 'Installation contract' }, documentId, null, null, sharedAt.toISOString()]],
    );
  }
}

async function renderInstallationContract(
  code: string,
  customer: { name: string; fiscalId: string; address: string },
  date: Date,
): Promise<Buffer> {
  const day = date.toISOString().slice(0, 10);
  const sheet = await PdfSheet.create(ENERGIA_DEMO, { title: `Contrato de instalación ${code}`, createdAt: date });
  sheet.heading('Contrato de instalación fotovoltaica');
  sheet.fields([
    ['Referencia', code],
    ['Fecha', formatDateEs(day)],
    ['Titular', customer.name],
    ['NIF', customer.fiscalId],
    ['Domicilio', customer.address],
  ]);
  sheet.heading('Condiciones');
  for (const clause of [
    'Primera. Objeto. La empresa instaladora diseñará, suministrará e instalará el sistema de autoconsumo fotovoltaico descrito en la oferta aceptada por el titular.',
    'Segunda. Plazos. La instalación se realizará en la fecha acordada tras la visita técnica; los trámites con la distribuidora se inician al finalizar el montaje.',
    'Tercera. Garantías. Paneles: 25 años de producción; inversor: 10 años; mano de obra: 3 años.',
    'Cuarta. Protección de datos. Los datos del titular se tratarán para la ejecución de este contrato.',
  ]) {
    sheet.paragraph(clause);
  }
  sheet.space(30);
  sheet.paragraph('Firma del titular: ______________________________');
  return sheet.save();
}
