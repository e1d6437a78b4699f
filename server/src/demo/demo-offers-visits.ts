import { addDays } from '@portal/shared';
import type pg from 'pg';
import { formatDateEs, formatDecimalEs, formatEurosEs } from './pdf/format-es.js';
import { ENERGIA_DEMO } from './pdf/issuer.js';
import { PdfSheet } from './pdf/pdf-sheet.js';
import type { FileStorage } from '../core/storage/file-storage.js';
import { DEMO_ACCOUNTS, demoUuid } from './demo-data.js';
import type { DemoInstallationRow } from './demo-installations.js';
import { localInstant } from './demo-plan.js';
import { insertRows } from './pg-bulk.js';

const DEMO_OFFER = {
  installationCode: 'FV-2026-0002',
  title: 'Autoconsumo 5,6 kWp',
  titleEn: 'Self-consumption 5.6 kWp',
  amount: '6890.00',
  peakPowerKwp: '5.60',
  panelCount: 13,
  sharedDaysAgo: 2,
} as const;

const DEMO_VISIT = {
  installationCode: 'FV-2026-0001',
  inDays: 5,
  fromHour: 10,
  toHour: 12,
  installerName: 'Lucía Fernández',
  company: 'Solar Bética Instalaciones',
  phone: '+34 954 112 358',
  email: 'lucia.fernandez@solarbetica.example',
  notes: 'Visita técnica para revisar la cubierta y el cuadro eléctrico. Por favor, deje accesible el cuadro general y, si es posible, el acceso al tejado.',
} as const;

/**
 * The shared offer of FV-2026-0002 (with its PDF, stored through the seeder's tracked storage so
 * a failed seed removes it) and the scheduled technical visit of FV-2026-0001.
 */
export async function insertDemoOffersVisits(
  conn: pg.ClientBase,
  storage: FileStorage,
  installations: DemoInstallationRow[],
  todayLocal: string,
): Promise<{ offers: number; visits: number }> {
  const idOf = (code: string) => {
    const installation = installations.find((row) => row.code === code);
    if (!installation) throw new Error(`No demo installation ${code}`);
    return installation.id;
  };
  const account = DEMO_ACCOUNTS.solarClient;

  const offerId = demoUuid('offer', DEMO_OFFER.installationCode, '1');
  const documentId = demoUuid('offer-document', DEMO_OFFER.installationCode, '1');
  const sharedDate = addDays(todayLocal, -DEMO_OFFER.sharedDaysAgo);
  const sharedAt = localInstant(sharedDate, 11);
  const pdf = await renderOfferPdf({ code: DEMO_OFFER.installationCode, date: sharedDate, customer: account });
  const stored = await storage.put(`installations/${idOf(DEMO_OFFER.installationCode)}/Offers`, pdf);
  await insertRows(
    conn,
    'document',
    ['id', 'title', 'title_translations', 'category', 'folder', 'folder_translations', 'account_id', 'supply_point_id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'storage_key', 'created_at'],
    [[
      documentId,
      `Oferta ${DEMO_OFFER.title}`,
      { en: `Offer ${DEMO_OFFER.titleEn}` },
      'OFFER',
      'Ofertas',
      { en: 'Offers' },
      account.id,
      null,
      `oferta-${DEMO_OFFER.installationCode}.pdf`,
      'application/pdf',
      stored.sizeBytes,
      stored.sha256,
      stored.key,
      sharedAt.toISOString(),
    ]],
  );
  await insertRows(
    conn,
    'offer',
    ['id', 'installation_id', 'title', 'title_translations', 'amount', 'peak_power_kwp', 'panel_count', 'document_id', 'status', 'shared_at'],
    [[offerId, idOf(DEMO_OFFER.installationCode), DEMO_OFFER.title, { en: DEMO_OFFER.titleEn }, DEMO_OFFER.amount, DEMO_OFFER.peakPowerKwp, DEMO_OFFER.panelCount, documentId, 'SHARED', sharedAt.toISOString()]],
  );

  const visitDate = addDays(todayLocal, DEMO_VISIT.inDays);
  await insertRows(
    conn,
    'installer_visit',
    ['id', 'installation_id', 'starts_at', 'ends_at', 'installer_name', 'company', 'phone', 'email', 'notes'],
    [[
      demoUuid('installer-visit', DEMO_VISIT.installationCode, '1'),
      idOf(DEMO_VISIT.installationCode),
      localInstant(visitDate, DEMO_VISIT.fromHour).toISOString(),
      localInstant(visitDate, DEMO_VISIT.toHour).toISOString(),
      DEMO_VISIT.installerName,
      DEMO_VISIT.company,
      DEMO_VISIT.phone,
      DEMO_VISIT.email,
      DEMO_VISIT.notes,
    ]],
  );
  return { offers: 1, visits: 1 };
}

async function renderOfferPdf(input: { code: string; date: string; customer: { name: string; fiscalId: string; address: string } }): Promise<Buffer> {
  const sheet = await PdfSheet.create(ENERGIA_DEMO, { title: `Oferta ${DEMO_OFFER.title}`, createdAt: localInstant(input.date, 11) });
  sheet.heading('Oferta de instalación fotovoltaica');
  sheet.fields([
    ['Instalación', input.code],
    ['Fecha', formatDateEs(input.date)],
    ['Cliente', `${input.customer.name} (${input.customer.fiscalId})`],
    ['Dirección', 'Nave agrícola, Camino de la Vega s/n, 41930 Bormujos (Sevilla)'],
    ['Validez', '30 días desde la fecha de la oferta'],
  ]);
  sheet.heading('Sistema propuesto');
  sheet.fields([
    ['Modalidad', 'Autoconsumo con excedentes acogido a compensación'],
    ['Potencia pico', `${formatDecimalEs(DEMO_OFFER.peakPowerKwp)} kWp`],
    ['Paneles', `${DEMO_OFFER.panelCount} módulos monocristalinos de 430 Wp`],
    ['Inversor', 'Inversor híbrido monofásico de 5 kW'],
  ]);
  sheet.heading('Importe');
  sheet.table(
    [
      { header: 'Concepto', width: 330 },
      { header: 'Importe', width: 120, align: 'right' },
    ],
    [
      ['Módulos, inversor y estructura', formatEurosEs('4120.00')],
      ['Instalación, cableado y protecciones', formatEurosEs('1085.00')],
      ['Legalización y trámites con la distribuidora', formatEurosEs('489.21')],
      ['IVA (21 %)', formatEurosEs('1195.79')],
      ['Total', formatEurosEs(DEMO_OFFER.amount)],
    ],
    { boldLastRow: true },
  );
  sheet.paragraph('La oferta incluye la visita técnica, el proyecto, la instalación llave en mano y la tramitación del autoconsumo. Puede aceptarla desde el portal de clientes.');
  return sheet.save();
}
