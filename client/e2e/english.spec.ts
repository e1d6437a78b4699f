import type { Browser, Page } from '@playwright/test';
import { expectAccessible, signInAs, signInAsAdmin } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect, test } from './portal.fixture.js';

/**
 * Issue 17, "English all the way": texts staff write (document titles and folders, document
 * requests, flow steps, incident types) reach a customer who reads the portal in English in
 * English, and the admin has a place to write them. solar@portal.example switches to English in
 * the profile and back at the end (other specs share this worker's database).
 */

const SOLAR = 'solar@portal.example';
const HOME = 'FV-2026-0001';
const FARM = 'FV-2026-0002';

async function customerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await signInAs(page, SOLAR, '/documents');
  return page;
}

test.describe('English all the way', () => {
  test.setTimeout(240_000);

  test('an admin writes a request in both languages; the English customer reads documents, steps, requests and incident types in English', async ({
    page,
    browser,
  }) => {
    // The admin asks for a document, with its English name and instructions.
    await signInAsAdmin(page, '/admin/installations');
    await page.getByRole('table', { name: /Instalaciones de todos los clientes/ }).getByRole('link', { name: HOME }).click();
    const requestForm = page.getByRole('form', { name: 'Pedir un documento' });
    await requestForm.getByLabel('Documento que se pide').fill('Foto del cuadro eléctrico');
    await requestForm.getByLabel('Nombre en inglés (opcional)').fill('Photo of the fuse box');
    await requestForm.getByLabel('Indicaciones en inglés (opcional)').fill('With the door open, please.');
    await expect(requestForm.getByText('Lo leen los clientes que usan el portal en inglés; si lo dejas vacío, leen el español.').first()).toBeVisible();
    await expectAccessible(page);
    await requestForm.getByRole('button', { name: 'Pedir documento' }).click();
    await expect(page.getByText('Se ha pedido «Foto del cuadro eléctrico» al cliente.')).toBeVisible();
    const card = page.getByRole('listitem', { name: 'Foto del cuadro eléctrico' });
    await expect(card).toContainText('Pendiente');

    // In Spanish first: the documents screen shows the Spanish folder and title.
    const customer = await customerPage(browser);
    const main = customer.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: 'Ofertas' })).toBeVisible();
    await expect(main.getByRole('rowheader', { name: 'Oferta Autoconsumo 5,6 kWp' })).toBeVisible();

    // The customer switches to English; what the screens already read is read again in English.
    await customer.getByRole('banner').getByRole('button', { name: /^Menú de / }).click();
    await customer.getByRole('link', { name: 'Perfil' }).click();
    await customer.getByLabel('Idioma del portal').selectOption('en');
    await expect(main.getByRole('status').filter({ hasText: 'Language saved.' })).toBeVisible();
    await customer.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Documents' }).click();
    await expect(main.getByRole('heading', { level: 2, name: 'Offers' })).toBeVisible();
    await expect(main.getByRole('rowheader', { name: 'Offer Self-consumption 5.6 kWp' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Installation' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Ofertas' })).toHaveCount(0);
    await expectAccessible(customer);
    await expectFitsEveryWidth(customer, 'documents-english');

    // The installation: the flow's steps and the document requests in English.
    await customer.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Installation' }).click();
    await customer.getByRole('listitem').filter({ hasText: `Reference ${HOME}` }).getByRole('link').click();
    const timeline = customer.getByRole('region', { name: 'Where your installation stands' });
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Registration' }).first()).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Documents' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 3, name: 'Photos of the roof' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 3, name: 'Photo of the fuse box' })).toBeVisible();
    await expect(main.getByText('With the door open, please.')).toBeVisible();
    await expect(main.getByRole('heading', { level: 3, name: 'Foto del cuadro eléctrico' })).toHaveCount(0);
    await expectAccessible(customer);

    // The other installation's offer, by the English title staff wrote.
    await customer.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Installation' }).click();
    await customer.getByRole('listitem').filter({ hasText: `Reference ${FARM}` }).getByRole('link').click();
    await expect(main.getByText('Self-consumption 5.6 kWp').first()).toBeVisible();
    await expect(main.getByText('Autoconsumo 5,6 kWp')).toHaveCount(0);

    // A new incident: the types in English.
    await customer.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Incidents' }).click();
    await customer.getByRole('link', { name: 'New incident' }).click();
    const types = main.getByLabel('Type of incident');
    await expect(types.locator('option', { hasText: 'Breakdown' })).toHaveCount(1);
    await expect(types.locator('option', { hasText: 'Avería' })).toHaveCount(0);

    // Back as it was: Spanish for the customer, no request.
    await customer.goto('/profile');
    await customer.getByLabel('Portal language').selectOption('es');
    await expect(main.getByRole('status').filter({ hasText: 'Idioma guardado.' })).toBeVisible();
    await customer.context().close();
    page.once('dialog', (dialog) => void dialog.accept());
    await card.getByRole('button', { name: 'Anular solicitud' }).click();
    await expect(page.getByRole('listitem', { name: 'Foto del cuadro eléctrico' })).toHaveCount(0);
  });

  test('an admin names a flow and an offer in English too', async ({ page }) => {
    await signInAsAdmin(page, '/admin/flows');
    await page.getByRole('link', { name: 'Autoconsumo residencial' }).click();
    const settings = page.getByRole('region', { name: 'Ajustes del flujo' });
    await expect(settings.getByLabel('Nombre del flujo')).toHaveValue('Autoconsumo residencial');
    await expect(settings.getByLabel('Nombre en inglés (opcional)')).toHaveValue('Residential self-consumption');
    await expect(settings.getByText('Lo lee el personal que usa el portal en inglés; si lo dejas vacío, lee el español.')).toBeVisible();
    await expectAccessible(page);
    // Saved and read back; then as it was (other specs share this worker's database).
    for (const name of ['Home solar', 'Residential self-consumption']) {
      await settings.getByLabel('Nombre en inglés (opcional)').fill(name);
      await settings.getByRole('button', { name: 'Guardar ajustes' }).click();
      await expect(settings.getByRole('status')).toHaveText('Ajustes guardados.');
      await page.reload();
      await expect(settings.getByLabel('Nombre en inglés (opcional)')).toHaveValue(name);
    }

    await page.goto('/admin/installations');
    await page.getByRole('table', { name: /Instalaciones de todos los clientes/ }).getByRole('link', { name: FARM }).click();
    const offerForm = page.getByRole('form', { name: 'Compartir una oferta' });
    await expect(offerForm.getByLabel('Título en inglés (opcional)')).toBeVisible();
    // The demo offer's English title, as customers reading in English get it.
    await expect(page.getByText('En inglés: Self-consumption 5.6 kWp')).toBeVisible();
    await expect(offerForm.getByText('Lo leen los clientes que usan el portal en inglés; si lo dejas vacío, leen el español.')).toBeVisible();
    await expectAccessible(page);
  });
});
