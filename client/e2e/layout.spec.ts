import type { Page } from '@playwright/test';
import { isAction, moveTo, openInstallation, signInAs, signInAsAdmin } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect, test } from './portal.fixture.js';

// Issue 17, "Layout at real widths": every screen of the customer, solar, generator and admin
// journeys at 1366×768, 1920×1080 and 390×844, with nothing cut and nothing wider than its box
// (layout-check.ts), and a screenshot of each kept in client/e2e/screenshots/layout/.

/** Opens a path and waits for its heading. */
async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  // A cold lazy chunk on a busy machine can take a while.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading, { timeout: 15_000 });
}

/** Opens the first row's detail link of the main table. */
async function openFirstRow(page: Page): Promise<void> {
  await page.locator('main table tbody a').first().click();
  await expect(page.locator('main table, main dl').first()).toBeVisible();
}

test.describe('layout at real widths', () => {
  test('customer: home, contracts, invoices, documents, measurements by day and by month, forecast, deviations, profile', async ({ page }) => {
    test.setTimeout(240_000);
    await signInAs(page, 'prevision@portal.example');
    await expectFitsEveryWidth(page, 'customer-home');
    await open(page, '/contracts', 'Contratos');
    await expectFitsEveryWidth(page, 'customer-contracts');
    await openFirstRow(page);
    await expectFitsEveryWidth(page, 'customer-contract');
    await open(page, '/invoices', 'Facturas');
    await expectFitsEveryWidth(page, 'customer-invoices');
    await openFirstRow(page);
    await expectFitsEveryWidth(page, 'customer-invoice');
    await open(page, '/documents', 'Documentos');
    await expectFitsEveryWidth(page, 'customer-documents');
    for (const granularity of ['day', 'month']) {
      await open(page, `/measurements?range=last-month&granularity=${granularity}`, 'Medidas');
      await expect(page.locator('main .chart canvas').first()).toBeVisible();
      await expectFitsEveryWidth(page, `customer-measurements-${granularity}`);
    }
    await open(page, '/forecast', 'Previsión');
    await expectFitsEveryWidth(page, 'customer-forecast');
    await open(page, '/deviations', 'Desvíos');
    await expectFitsEveryWidth(page, 'customer-deviations');
    await open(page, '/profile', 'Tu perfil');
    await expectFitsEveryWidth(page, 'customer-profile');
  });

  test('solar: home, installations, the offer to choose, documents and incidents', async ({ page, request }) => {
    test.setTimeout(240_000);
    await signInAs(page, 'solar@portal.example');
    await moveTo(page, request, 'FV-2026-0002', isAction('OFFER'));
    await expectFitsEveryWidth(page, 'solar-home');
    await open(page, '/installation', 'Tu instalación');
    await expectFitsEveryWidth(page, 'solar-installations');
    await openInstallation(page, 'FV-2026-0002');
    await expect(page.getByRole('heading', { level: 2, name: 'Elige tu oferta' })).toBeVisible();
    await expectFitsEveryWidth(page, 'solar-offer');
    await open(page, '/documents', 'Documentos');
    await expectFitsEveryWidth(page, 'solar-documents');
    await open(page, '/incidents', 'Incidencias');
    await expectFitsEveryWidth(page, 'solar-incidents');
  });

  test('generator: settlements, one settlement, matching prices', async ({ page }) => {
    test.setTimeout(240_000);
    await signInAs(page, 'generador@portal.example');
    await open(page, '/settlements', 'Liquidaciones de generación');
    await expectFitsEveryWidth(page, 'generator-settlements');
    await openFirstRow(page);
    await expectFitsEveryWidth(page, 'generator-settlement');
    await open(page, '/prices', 'Precios de casación');
    await expectFitsEveryWidth(page, 'generator-prices');
  });

  test('admin: the users, a user with their sessions, accounts and installations with one of each', async ({ page }) => {
    test.setTimeout(240_000);
    await signInAsAdmin(page, '/admin/users');
    await expectFitsEveryWidth(page, 'admin-users');
    await page.getByRole('link', { name: 'admin@portal.example' }).first().click();
    await expect(page.getByRole('table', { name: /Sesiones/ })).toBeVisible();
    await expectFitsEveryWidth(page, 'admin-user');
    await open(page, '/admin/accounts', 'Cuentas cliente');
    await expectFitsEveryWidth(page, 'admin-accounts');
    await openFirstRow(page);
    await expectFitsEveryWidth(page, 'admin-account');
    await open(page, '/admin/installations', 'Instalaciones');
    await expectFitsEveryWidth(page, 'admin-installations');
    await openFirstRow(page);
    await expectFitsEveryWidth(page, 'admin-installation');
  });

  test('admin: flows, incidents, templates, actions, sent e-mails, imports, settings', async ({ page }) => {
    test.setTimeout(240_000);
    await signInAsAdmin(page, '/admin/flows');
    for (const [path, heading] of [
      ['flows', /Flujo/],
      ['incidents', 'Incidencias'],
      ['templates', 'Plantillas de correo'],
      ['actions', 'Acciones'],
      ['outbox', 'Correos enviados'],
      ['imports', 'Importación de datos'],
      ['settings', 'Configuración'],
    ] as const) {
      await open(page, `/admin/${path}`, heading);
      await expectFitsEveryWidth(page, `admin-${path}`);
    }
  });
});
