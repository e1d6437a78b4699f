import type { Browser, Page } from '@playwright/test';
import { expectAccessible, openInstallation, smallPdf, submitSignIn } from './helpers.js';
import { expect, test } from './portal.fixture.js';

/**
 * The installations admin screen (issue 6) as admin@portal.example on the demo data: FV-2026-0001
 * waits at 'Documentación del cliente'. The admin moves it to 'Oferta compartida' and shares an
 * offer; solar@portal.example (another browser context) sees the offer step and the offer. The
 * spec puts the installation back where it was (other specs share this worker's database).
 */

const ADMIN = 'admin@portal.example';
const SOLAR = 'solar@portal.example';
const HOME = 'FV-2026-0001';

async function signIn(page: Page, email: string, path: string, navigation: string): Promise<void> {
  await page.goto(path);
  await submitSignIn(page, email);
  await expect(page.getByRole('navigation', { name: navigation })).toBeVisible();
}

/** The customer's screen of FV-2026-0001, in a browser context of its own. */
async function customerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await signIn(page, SOLAR, '/installation', 'Secciones');
  await openInstallation(page, HOME);
  return page;
}

test.describe('installations admin', () => {
  // Two signed-in browsers and three axe runs on a shared, busy machine.
  test.setTimeout(240_000);

  test('move FV-2026-0001 and share an offer; the customer sees the new step and the offer; request a document', async ({ page, browser }) => {
    const customer = await customerPage(browser);
    await expect(customer.getByRole('heading', { level: 2, name: 'Documentación' })).toBeVisible();

    // The list, filtered by state (kept in the URL), then searched.
    await signIn(page, ADMIN, '/admin/installations', 'Administración');
    await expect(page.getByRole('heading', { level: 1, name: 'Instalaciones' })).toBeVisible();
    const table = page.getByRole('table', { name: /Instalaciones de todos los clientes/ });
    await expect(table.getByRole('link', { name: HOME })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Estado').selectOption({ label: 'Oferta' });
    await expect(page).toHaveURL(/state=/);
    await expect(table.getByRole('link', { name: 'FV-2026-0002' })).toBeVisible();
    await expect(table.getByRole('link', { name: HOME })).toHaveCount(0);
    await page.getByLabel('Estado').selectOption({ label: 'Todos los estados' });
    await page.getByRole('searchbox', { name: 'Buscar' }).fill(HOME);
    await page.getByRole('button', { name: 'Buscar' }).click();
    await expect(page).toHaveURL(/q=FV-2026-0001/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await table.getByRole('link', { name: HOME }).click();

    // The detail: where it is, then "Mover a…".
    await expect(page.getByRole('heading', { level: 1, name: `Instalación ${HOME}` })).toBeVisible();
    const timeline = page.getByRole('list', { name: 'Estados y subestados del flujo' });
    await expect(timeline.locator('li[aria-current="step"] li[aria-current="step"]')).toHaveText(/Documentación del cliente/);
    await expectAccessible(page);
    await page.getByLabel('Mover a…').selectOption({ label: 'Oferta compartida' });
    await page.getByLabel('Nota para el historial (opcional)').fill('Documentación completa');
    await page.getByRole('button', { name: 'Mover', exact: true }).click();
    await expect(page.getByText('Instalación movida a «Oferta compartida».')).toBeVisible();
    await expect(timeline.locator('li[aria-current="step"] li[aria-current="step"]')).toHaveText(/Oferta compartida/);
    const history = page.getByRole('table', { name: /Movimientos de la instalación/ });
    await expect(history.getByRole('row').nth(1)).toContainText('Oferta compartida');
    await expect(history.getByRole('row').nth(1)).toContainText('Documentación completa');

    // The customer's screen changes: now the offer step.
    await openInstallation(customer, HOME);
    await expect(customer.getByRole('heading', { level: 2, name: 'Elige tu oferta' })).toBeVisible();

    // Share an offer with its PDF (errors are shown next to the field and keep what was typed).
    const offerForm = page.getByRole('form', { name: 'Compartir una oferta' });
    await offerForm.getByLabel('Título de la oferta').fill('Autoconsumo 4,1 kWp');
    await offerForm.getByLabel('Importe con IVA (€)').fill('5.490,00');
    await offerForm.getByLabel('Potencia pico (kWp)').fill('4,1');
    await offerForm.getByLabel('Número de paneles').fill('0');
    await offerForm.getByLabel('PDF de la oferta').setInputFiles({ name: 'oferta-fv-0001.pdf', mimeType: 'application/pdf', buffer: smallPdf() });
    await offerForm.getByRole('button', { name: 'Compartir oferta' }).click();
    await expect(offerForm.getByText('Escribe un número entero mayor que cero.')).toBeVisible();
    await expect(offerForm.getByLabel('Título de la oferta')).toHaveValue('Autoconsumo 4,1 kWp');
    await offerForm.getByLabel('Número de paneles').fill('10');
    await offerForm.getByRole('button', { name: 'Compartir oferta' }).click();
    await expect(page.getByText('La oferta «Autoconsumo 4,1 kWp» ya está visible para el cliente.')).toBeVisible();
    const offers = page.getByRole('region', { name: 'Ofertas' });
    await expect(offers.getByRole('heading', { level: 3, name: 'Autoconsumo 4,1 kWp' })).toBeVisible();
    await expect(offers).toContainText('5.490,00 €');

    await openInstallation(customer, HOME);
    await expect(customer.getByRole('heading', { level: 4, name: 'Autoconsumo 4,1 kWp' })).toBeVisible();
    await expect(customer.getByRole('link', { name: /Autoconsumo 4,1 kWp/ })).toBeVisible();

    // Request a document: it shows pending.
    const requestForm = page.getByRole('form', { name: 'Pedir un documento' });
    await requestForm.getByLabel('Documento que se pide').fill('Foto del cuadro eléctrico');
    await requestForm.getByRole('button', { name: 'Pedir documento' }).click();
    await expect(page.getByText('Se ha pedido «Foto del cuadro eléctrico» al cliente.')).toBeVisible();
    const card = page.getByRole('listitem', { name: 'Foto del cuadro eléctrico' });
    await expect(card).toContainText('Pendiente');
    await expectAccessible(page);

    // Back as it was, for the other specs on this database.
    await offers.getByRole('button', { name: 'Retirar oferta' }).click();
    await expect(offers).toContainText('Retirada');
    page.once('dialog', (dialog) => void dialog.accept());
    await card.getByRole('button', { name: 'Anular solicitud' }).click();
    await expect(page.getByRole('listitem', { name: 'Foto del cuadro eléctrico' })).toHaveCount(0);
    await page.getByLabel('Mover a…').selectOption({ label: 'Documentación del cliente' });
    await page.getByRole('button', { name: 'Mover', exact: true }).click();
    await expect(page.getByText('Instalación movida a «Documentación del cliente».')).toBeVisible();
    await customer.context().close();
  });
});
