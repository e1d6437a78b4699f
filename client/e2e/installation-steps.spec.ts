import type { Page } from '@playwright/test';
import { ensureOfferAccepted, expectAccessible, installationOf, isAction, moveTo, openInstallation, signInAs, signInAsAdmin, smallPdf } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect, test } from './portal.fixture.js';

/**
 * Issue 17, "solar steps as people live them", as solar@portal.example: a document request of
 * several files (the demo's "Fotos del tejado" takes two or three on FV-2026-0001), and the
 * signing step's texts before and after signing (FV-2026-0002).
 */

const SOLAR = 'solar@portal.example';
const HOME = 'FV-2026-0001';
const FARM = 'FV-2026-0002';
const ROOF = 'Fotos del tejado';

/** A small JPEG by its magic number (the server checks the bytes). */
function photo(name: string) {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`JFIF ${name} `.repeat(200))]);
  return { name, mimeType: 'image/jpeg', buffer: bytes };
}

async function adminPage(page: Page): Promise<Page> {
  const context = await page.context().browser()!.newContext({ locale: 'es-ES' });
  const admin = await context.newPage();
  await signInAsAdmin(admin);
  return admin;
}

test.describe('solar steps as people live them', () => {
  // Two signed-in browsers, three widths and several axe runs on a shared, busy machine.
  test.setTimeout(240_000);

  test('three roof photos in one go, one replaced, staff accept them, and nothing can be replaced any more', async ({ page, request }) => {
    await signInAs(page, SOLAR);
    await moveTo(page, request, HOME, isAction('DOCUMENTS'));
    await openInstallation(page, HOME);
    const card = page.getByRole('list', { name: 'Documentos que te pedimos' }).locator(':scope > li').filter({ has: page.getByRole('heading', { level: 3, name: ROOF }) });
    await expect(card).toContainText('Sube entre 2 y 3 archivos. Enviados: 0.');

    // Four chosen, three taken, one after another with its own bar; the fourth says why it was not sent.
    await page.route('**/uploads/document-requests/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await card.getByLabel(`Archivos para «${ROOF}»`).setInputFiles([photo('tejado-1.jpg'), photo('tejado-2.jpg'), photo('tejado-3.jpg'), photo('de-mas.jpg')]);
    await expect(card.getByRole('progressbar', { name: 'Subiendo tejado-1.jpg' })).toBeVisible();
    await expect(card.getByRole('alert')).toHaveText('«de-mas.jpg»: No se ha subido: ya están todos los archivos que admite este documento. Sustituye o quita alguno.');
    const files = card.getByRole('list', { name: `Archivos enviados para «${ROOF}»` }).locator(':scope > li');
    await expect(files).toHaveCount(3);
    await page.unroute('**/uploads/document-requests/**');
    await expect(card).toContainText('Recibido, en revisión');
    await expect(card).toContainText('Enviados: 3.');
    await expect(card.getByLabel(/Añade más archivos/)).toHaveCount(0);
    await expectAccessible(page);
    await expectFitsEveryWidth(page, 'installation-documents-several-files');

    // Replace the second one: the others stay.
    await card.getByRole('button', { name: 'Sustituir tejado-2.jpg' }).click();
    await card.getByLabel('Archivo que sustituye a tejado-2.jpg').setInputFiles(photo('tejado-2-nitida.jpg'));
    await expect(files.filter({ hasText: 'tejado-2-nitida.jpg' })).toHaveCount(1);
    await expect(files.filter({ hasText: 'tejado-2.jpg' })).toHaveCount(0);
    await expect(files).toHaveCount(3);
    await expect(card.getByRole('link', { name: `Descargar el archivo enviado: tejado-2-nitida.jpg («${ROOF}»)` })).toBeVisible();

    // Staff review them and accept.
    const admin = await adminPage(page);
    const installation = await installationOf(page, HOME);
    await admin.goto(`/admin/installations/${installation.id}`);
    const staffCard = admin.getByRole('listitem', { name: ROOF });
    // A cold admin detail on a busy machine can take a while to load.
    await expect(staffCard).toBeVisible({ timeout: 20_000 });
    const staffFiles = staffCard.getByRole('list', { name: `Archivos de «${ROOF}»` }).locator(':scope > li');
    await expect(staffFiles).toHaveCount(3);
    await expect(staffFiles.filter({ hasText: 'tejado-2-nitida.jpg' })).toContainText('Por revisar');
    await expect(staffCard).toContainText('Entre 2 y 3 archivos');
    await expectAccessible(admin);
    await staffCard.getByRole('button', { name: 'Aceptar' }).click();
    await expect(staffCard).toContainText('Aceptado');
    await expect(staffFiles.filter({ hasText: 'Por revisar' })).toHaveCount(0);
    await admin.context().close();

    // The customer sees it accepted: no replacing, removing or adding any more.
    await page.reload();
    await expect(card).toContainText('Aceptado por nuestro equipo: sus archivos ya no se pueden cambiar.');
    await expect(files).toHaveCount(3);
    await expect(card.getByRole('button', { name: /Sustituir|Quitar/ })).toHaveCount(0);
    await expect(card.locator('input[type=file]')).toHaveCount(0);
    await expectAccessible(page);
  });

  test('signing: says once how to sign, the offer is accepted but not signed until every document is, then accepted and signed', async ({ page, request }) => {
    await signInAs(page, SOLAR);
    await ensureOfferAccepted(page, request, FARM);
    const farm = await installationOf(page, FARM);
    await moveTo(page, request, FARM, isAction('CONTRACT_SIGNING'));
    // A document of its own still to sign, whatever other journeys signed before.
    const admin = await adminPage(page);
    const shared = await admin.request.post(`/uploads/installations/${farm.id}/signing-documents`, {
      multipart: { title: 'Anexo de garantías', file: { name: 'anexo.pdf', mimeType: 'application/pdf', buffer: smallPdf() } },
    });
    expect(shared.status()).toBe(201);
    await admin.context().close();

    await openInstallation(page, FARM);
    const step = page.locator('section.installation-step');
    await expect(page.getByRole('heading', { level: 2, name: 'Firma los documentos' })).toBeVisible();
    await expect(step).toContainText('El contrato de tu instalación, listo para tu firma.');
    await expect(step).toContainText(/Te falta(n)? (firmar|por firmar)/);
    const how = step.locator('ol.signing-steps > li');
    await expect(how).toHaveText([
      'Descárgalo con «Descargar para firmar».',
      'Fírmalo: a mano (y luego escanéalo o hazle una foto) o con tu firma electrónica.',
      'Sube aquí la copia firmada.',
    ]);
    // Said once, not again per document.
    await expect(step.getByText('Sube aquí la copia firmada.')).toHaveCount(1);
    const list = page.getByRole('list', { name: 'Documentos para firmar' });
    const offer = list.locator(':scope > li').filter({ hasText: 'Oferta aceptada' });
    await expect(offer).toContainText('Aceptada, pendiente de firma');
    await expect(offer).toContainText(/con un clic el/);
    await expect(offer).not.toContainText('Aceptada y firmada');
    await expectAccessible(page);
    await expectFitsEveryWidth(page, 'installation-signing-pending');

    // Sign every document still waiting.
    // The offer's card (data-signed) reads "pendiente de firma" too; only documents are signed here.
    const waiting = list.locator(':scope > li:not([data-signed])').filter({ hasText: /Pendiente de firma/ });
    while ((await waiting.count()) > 0) {
      const card = waiting.first();
      const title = (await card.getByRole('heading', { level: 3 }).textContent())!;
      await card.getByLabel(`Copia firmada de «${title}»`).setInputFiles({ name: 'firmado.pdf', mimeType: 'application/pdf', buffer: smallPdf() });
      await expect(list.locator(':scope > li').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) })).toContainText('Firmado el');
    }
    await expect(step).toContainText('Has firmado todos los documentos. No tienes que hacer nada más en este paso.');
    await expect(how).toHaveCount(0);
    await expect(offer).toContainText('Aceptada y firmada el');
    await expect(offer).not.toContainText('pendiente de firma');
    await expectAccessible(page);
  });
});
