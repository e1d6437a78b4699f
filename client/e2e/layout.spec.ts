import type { Page } from '@playwright/test';
import { isAction, moveTo, openInstallation, signInAs, signInAsAdmin } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect, test } from './portal.fixture.js';

// Issue 17, "Layout at real widths": every screen of the customer, solar, generator and admin
// journeys at 1366×768, 1920×1080 and 390×844, with nothing cut and nothing wider than its box
// (layout-check.ts), and a screenshot of each kept in client/e2e/screenshots/layout/.

/** A screen to open by URL, named by its heading; `row` also checks the first row's detail, under that name. */
type Screen = { name: string; path: string; heading: string | RegExp; row?: string };

/** Opens each screen (and its first row's detail) and checks it at every width. */
async function checkScreens(page: Page, screens: readonly Screen[]): Promise<void> {
  for (const { name, path, heading, row } of screens) {
    await page.goto(path);
    // A cold lazy chunk on a busy machine can take a while.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading, { timeout: 15_000 });
    await expectFitsEveryWidth(page, name);
    if (row) {
      await page.locator('main table tbody a').first().click();
      await expect(page.locator('main table, main dl').first()).toBeVisible();
      await expectFitsEveryWidth(page, row);
    }
  }
}

test.describe('layout at real widths', () => {
  test('customer: home, contracts, invoices, documents, measurements by day and by month, forecast, deviations, profile', async ({ page }) => {
    test.setTimeout(240_000);
    await signInAs(page, 'prevision@portal.example');
    await expectFitsEveryWidth(page, 'customer-home');
    await checkScreens(page, [
      { name: 'customer-contracts', path: '/contracts', heading: 'Contratos', row: 'customer-contract' },
      { name: 'customer-invoices', path: '/invoices', heading: 'Facturas', row: 'customer-invoice' },
      { name: 'customer-documents', path: '/documents', heading: 'Documentos' },
      { name: 'customer-measurements-day', path: '/measurements?range=last-month&granularity=day', heading: 'Medidas' },
      { name: 'customer-measurements-month', path: '/measurements?range=last-12-months&granularity=month', heading: 'Medidas' },
      { name: 'customer-forecast', path: '/forecast', heading: 'Previsión' },
      { name: 'customer-deviations', path: '/deviations', heading: 'Desvíos' },
      { name: 'customer-profile', path: '/profile', heading: 'Tu perfil' },
    ]);
  });

  test('solar: home, installations, the offer to choose, documents and incidents', async ({ page, request }) => {
    test.setTimeout(240_000);
    await signInAs(page, 'solar@portal.example');
    await moveTo(page, request, 'FV-2026-0002', isAction('OFFER'));
    await expectFitsEveryWidth(page, 'solar-home');
    await checkScreens(page, [{ name: 'solar-installations', path: '/installation', heading: 'Tu instalación' }]);
    await openInstallation(page, 'FV-2026-0002');
    await expect(page.getByRole('heading', { level: 2, name: 'Elige tu oferta' })).toBeVisible();
    await expectFitsEveryWidth(page, 'solar-offer');
    await checkScreens(page, [
      { name: 'solar-documents', path: '/documents', heading: 'Documentos' },
      { name: 'solar-incidents', path: '/incidents', heading: 'Incidencias' },
    ]);
  });

  test('generator: settlements, one settlement, matching prices', async ({ page }) => {
    test.setTimeout(240_000);
    await signInAs(page, 'generador@portal.example');
    await checkScreens(page, [
      { name: 'generator-settlements', path: '/settlements', heading: 'Liquidaciones de generación', row: 'generator-settlement' },
      { name: 'generator-prices', path: '/prices', heading: 'Precios de casación' },
    ]);
  });

  test('admin: the users, a user with their sessions, accounts and installations with one of each', async ({ page }) => {
    test.setTimeout(240_000);
    await signInAsAdmin(page, '/admin/users');
    await expectFitsEveryWidth(page, 'admin-users');
    await page.getByRole('link', { name: 'admin@portal.example' }).first().click();
    await expect(page.getByRole('table', { name: /Sesiones/ })).toBeVisible();
    await expectFitsEveryWidth(page, 'admin-user');
    await checkScreens(page, [
      { name: 'admin-accounts', path: '/admin/accounts', heading: 'Cuentas cliente', row: 'admin-account' },
      { name: 'admin-installations', path: '/admin/installations', heading: 'Instalaciones', row: 'admin-installation' },
    ]);
  });

  test('admin: flows, incidents, templates, actions, sent e-mails, imports, settings', async ({ page }) => {
    test.setTimeout(240_000);
    await signInAsAdmin(page, '/admin/flows');
    await checkScreens(page, [
      { name: 'admin-flows', path: '/admin/flows', heading: /Flujo/ },
      { name: 'admin-incidents', path: '/admin/incidents', heading: 'Incidencias' },
      { name: 'admin-templates', path: '/admin/templates', heading: 'Plantillas de correo' },
      { name: 'admin-actions', path: '/admin/actions', heading: 'Acciones' },
      { name: 'admin-outbox', path: '/admin/outbox', heading: 'Correos enviados' },
      { name: 'admin-imports', path: '/admin/imports', heading: 'Importación de datos' },
      { name: 'admin-settings', path: '/admin/settings', heading: 'Configuración' },
    ]);
  });
});
