import type { Page } from '@playwright/test';
import { expectAccessible, signInAs, signInAsAdmin } from './helpers.js';
import { expect, test } from './portal.fixture.js';

/**
 * Data import (issue 6) as admin@portal.example: a CNMC curve generated here, for one of
 * prevision@portal.example's CUPS on 30 March 2025 (the 23-hour spring day, months before the
 * demo curves start), is imported and shows in that customer's measurements; a file with a bad
 * row is refused with its line and column, and imports nothing.
 */

const CUSTOMER = 'prevision@portal.example';
const DAY = '30/03/2025';
const HEADER = 'CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion';

/** 23 hours of h + 0.25 kWh: 276 + 23 × 0.25 = 281.75 kWh in the day. */
function springDayCurve(cups: string): string {
  const lines = Array.from({ length: 23 }, (_, i) => `${cups};${DAY};${i + 1};${i + 1},250;R`);
  return `${[HEADER, ...lines].join('\r\n')}\r\n`;
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Fichero', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

test('import a CNMC curve and the customer sees it; a bad row imports nothing', async ({ page, browser, portal }) => {
  // The customer's first CUPS, as their measurements screen offers it.
  const customerContext = await browser.newContext({ baseURL: portal.baseURL, locale: 'es-ES' });
  const customer = await customerContext.newPage();
  await signInAs(customer, CUSTOMER, '/measurements');
  const cups = await customer.getByLabel('CUPS').inputValue();
  expect(cups).toMatch(/^ES\d{16}[A-Z]{2}$/);

  await signInAsAdmin(page, '/admin/imports');
  await expect(page.getByRole('heading', { level: 1, name: 'Importación de datos' })).toBeVisible();
  await expectAccessible(page);

  // A file with a bad row: refused as a whole, the error names line 3 and its column.
  await expect(page.getByRole('radio', { name: /CSV de la CNMC/ })).toBeChecked();
  const bad = springDayCurve(cups).replace(`${cups};${DAY};2;2,250;R`, `${cups};${DAY};2;2,2x0;R`);
  await chooseFile(page, 'curva-con-error.csv', bad);
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Rechazado');
  await expect(result).toContainText('No se ha importado nada');
  const errors = page.getByRole('table', { name: /Errores encontrados/ });
  await expect(errors.locator('tbody tr')).toHaveCount(1);
  await expect(errors.locator('tbody tr').first()).toContainText('3');
  await expect(errors.locator('tbody tr').first()).toContainText('Consumo_kWh');
  await expect(errors.locator('tbody tr').first()).toContainText('No es un número válido');
  await expect(result.getByText('Filas importadas').locator('xpath=following-sibling::dd[1]')).toHaveText('0');
  await expectAccessible(page);

  // The good file: every row imported, the history lists both attempts.
  await chooseFile(page, 'curva-30-03-2025.csv', springDayCurve(cups));
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  await expect(result).toContainText('Se han importado todas las filas');
  await expect(result.getByText('Filas importadas').locator('xpath=following-sibling::dd[1]')).toHaveText('23');
  const history = page.getByRole('table', { name: /Importaciones, de la más reciente/ });
  await expect(history.locator('tbody tr').first()).toContainText('curva-30-03-2025.csv');
  await expect(history.locator('tbody tr').nth(1)).toContainText('curva-con-error.csv');
  await expectAccessible(page);

  // The job's own page keeps the report.
  await history.getByRole('link', { name: 'curva-con-error.csv' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'curva-con-error.csv' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Errores encontrados/ })).toContainText('Consumo_kWh');

  // The customer sees the imported day by hour: 23 hours, 281,75 kWh in total.
  await customer.goto(`/measurements?cups=${cups}&range=custom&from=2025-03-30&to=2025-03-30&granularity=hour`);
  await expect(customer.getByTestId('measurements-total')).toHaveText('281,75 kWh');
  await expect(customer.getByRole('table', { name: /^Medidas por/ }).locator('tbody tr')).toHaveCount(23);
  await customerContext.close();
});
