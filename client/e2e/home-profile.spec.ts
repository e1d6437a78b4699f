import type { Page } from '@playwright/test';
import { expectAccessible, signInAs, submitSignIn } from './helpers.js';
import { expect, test } from './portal.fixture.js';

const MEDIDAS = 'medidas@portal.example';

function region(page: Page, name: string | RegExp) {
  return page.getByRole('region', { name, exact: typeof name === 'string' ? true : undefined });
}

/** The profile menu button in the header (its accessible name is "Menú de <name>"). */
function profileMenu(page: Page) {
  return page.getByRole('banner').getByRole('button', { name: /^(Menú de|Menu of) / });
}

test.describe('home', () => {
  test('shows what needs attention: latest invoice, contracts, consumption compared with last year', async ({ page }) => {
    await signInAs(page, MEDIDAS);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola');

    const invoice = region(page, 'Última factura');
    await expect(invoice.getByText(/^\d{1,3}(\.\d{3})*,\d{2}\s€$/)).toBeVisible();
    await expect(invoice).toContainText(/Vencimiento/);
    const detail = invoice.getByRole('link', { name: /^Ver la factura FE-/ });
    await expect(detail).toHaveAttribute('href', /^\/invoices\/FE-\d{4}-\d{6}$/);
    // The demo company's workshop has an overdue invoice: flagged, with a link to the filtered list.
    await expect(invoice.getByText('Requiere atención')).toBeVisible();
    await expect(invoice.getByRole('link', { name: 'Ver facturas vencidas' })).toHaveAttribute('href', '/invoices?status=OVERDUE');

    const contracts = region(page, 'Contratos');
    await expect(contracts.getByRole('definition').first()).toHaveText(/^\d+$/);
    await expect(contracts.getByText('Activos')).toBeVisible();

    const consumption = region(page, /^Consumo (de este mes|del mes pasado)$/);
    await expect(consumption.getByRole('definition')).toHaveText([/^[\d.]+(,\d)? kWh$/, /^[\d.]+(,\d)? kWh$/]);
    await expect(consumption.getByText(/(más|menos) que hace un año|Igual que hace un año|no se puede comparar/)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectAccessible(page);

    // Each section card leads to its section.
    const sections = region(page, 'Tus secciones');
    const names = await sections.getByRole('link').allTextContents();
    expect(names).toEqual(['Documentos', 'Contratos', 'Facturas', 'Medidas', 'Autoconsumo']);
    for (const [name, path] of [
      ['Documentos', '/documents'],
      ['Contratos', '/contracts'],
      ['Facturas', '/invoices'],
      ['Medidas', '/measurements'],
      ['Autoconsumo', '/self-consumption'],
    ] as const) {
      await sections.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola');
    }
    await detail.click();
    await expect(page).toHaveURL(/\/invoices\/FE-\d{4}-\d{6}$/);
  });

  test('a user without MEASUREMENTS gets no consumption card (and no denied field)', async ({ page }) => {
    await signInAs(page, 'cliente@portal.example');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola');
    await expect(region(page, 'Última factura').getByText(/€$/)).toBeVisible();
    await expect(region(page, 'Contratos').getByRole('definition').first()).toHaveText(/^\d+$/);
    await expect(region(page, /^Consumo/)).toHaveCount(0);
    await expect(page.getByText(/kWh/)).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(region(page, 'Tus secciones').getByRole('link')).toHaveText(['Documentos', 'Contratos', 'Facturas']);
  });
});

test.describe('profile', () => {
  test('name, language remembered per user, and a wrong current password', async ({ page }) => {
    await signInAs(page, MEDIDAS);
    const originalName = (await profileMenu(page).locator('[aria-hidden="true"]').textContent())!.trim();
    await profileMenu(page).click();
    await page.getByRole('link', { name: 'Perfil' }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tu perfil');
    await expect(page.getByRole('main').getByText(MEDIDAS)).toBeVisible();
    await expectAccessible(page);

    // Name: saved, and the header shows it.
    const main = page.getByRole('main');
    await main.getByLabel('Nombre').fill('Marta Medidas Prueba');
    await main.getByRole('button', { name: 'Guardar nombre' }).click();
    await expect(main.getByRole('status').filter({ hasText: 'Nombre guardado.' })).toBeVisible();
    await expect(profileMenu(page)).toHaveAccessibleName('Menú de Marta Medidas Prueba');

    // Language: switches at once, is saved on the user.
    await main.getByLabel('Idioma del portal').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your profile');
    await expect(main.getByRole('status').filter({ hasText: 'Language saved.' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your profile');

    // Remembered per user, not per browser: sign out, forget this browser's choice, sign in again.
    await profileMenu(page).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/auth\/sign-in$/);
    await page.evaluate(() => localStorage.clear());
    await page.goto('/profile');
    await expect(page.getByRole('heading', { name: 'Acceder al portal' })).toBeVisible();
    await submitSignIn(page, MEDIDAS);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your profile');
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

    await main.getByLabel('Portal language').selectOption('es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tu perfil');
    await expect(main.getByRole('status').filter({ hasText: 'Idioma guardado.' })).toBeVisible();

    // Password: the rules follow what is typed; a wrong current password gets its own message.
    await main.getByLabel('Contraseña actual').fill('no-es-la-clave-2026');
    const newPassword = main.getByLabel('Nueva contraseña', { exact: true });
    await newPassword.fill('corta');
    const rules = main.getByRole('list', { name: 'Requisitos de la nueva contraseña' });
    await expect(rules.getByRole('listitem').filter({ hasText: 'Al menos 10 caracteres' })).toHaveAttribute('data-met', 'false');
    await newPassword.fill('otra-clave-segura-2026');
    await expect(rules.getByRole('listitem').filter({ hasText: 'Al menos 10 caracteres' })).toHaveAttribute('data-met', 'true');
    await main.getByLabel('Repite la nueva contraseña').fill('otra-clave-distinta-2026');
    await main.getByRole('button', { name: 'Cambiar contraseña' }).click();
    await expect(main.getByRole('alert')).toHaveText('Las dos contraseñas nuevas no coinciden.');
    await main.getByLabel('Repite la nueva contraseña').fill('otra-clave-segura-2026');
    await expect(rules.getByRole('listitem').filter({ hasText: 'coinciden' })).toHaveAttribute('data-met', 'true');
    await main.getByRole('button', { name: 'Cambiar contraseña' }).click();
    await expect(main.getByRole('alert')).toHaveText('La contraseña actual no es correcta.');
    await expect(main.getByLabel('Contraseña actual')).toBeFocused();
    await expectAccessible(page);

    // Leave the shared demo user as it was for the other journeys.
    await main.getByLabel('Nombre').fill(originalName);
    await main.getByRole('button', { name: 'Guardar nombre' }).click();
    await expect(profileMenu(page)).toHaveAccessibleName(`Menú de ${originalName}`);
  });
});
