import type { Page } from '@playwright/test';
import { downloadCsv, expectAccessible, navLinks, signInAs } from './helpers.js';
import { expect as baseExpect, test } from './portal.fixture.js';

// A month of hourly pairs is aggregated on each change; on a busy 2-core machine that can pass 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

/** Days in the month before the current one (the "Mes pasado" preset), in Madrid. */
function daysInLastMonth(): number {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  // Day 0 of the current month is the last day of the previous one.
  return new Date(Date.UTC(year!, month! - 1, 0)).getUTCDate();
}

// The detail table (uPlot's legend is a table too).
const bodyRows = (page: Page) => page.locator('.table-wrap tbody tr');

test.describe('forecast and deviations', () => {
  test('a forecast customer reads the forecast and its deviations', async ({ page }) => {
    await signInAs(page, 'prevision@portal.example');
    await expect(navLinks(page)).toHaveText(['Inicio', 'Documentos', 'Contratos', 'Facturas', 'Medidas', 'Autoconsumo', 'Previsión', 'Desvíos']);

    // Forecast: next 7 days by hour by default.
    await navLinks(page).filter({ hasText: 'Previsión' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Previsión' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Gráfico del consumo previsto/ }).locator('canvas').first()).toBeVisible();
    const total = page.getByTestId('forecast-total');
    await expect(total).toHaveText(/^[\d.]+,\d{2} kWh$/);
    const weekTotal = (await total.textContent())!;
    await expect(page.getByRole('button', { name: 'Por horas' })).toHaveAttribute('aria-pressed', 'true');
    // 168 hours: paginated.
    await expect(bodyRows(page)).toHaveCount(48);
    await expect(page.getByRole('navigation', { name: 'Páginas del detalle' })).toContainText('Página 1 de 4');
    await expectAccessible(page);

    // Same week by day: the same total in 7 rows.
    await page.getByRole('button', { name: 'Por días' }).click();
    await expect(page).toHaveURL(/granularity=day/);
    await expect(page.getByRole('button', { name: 'Por días' })).toHaveAttribute('aria-pressed', 'true');
    await expect(bodyRows(page)).toHaveCount(7);
    await expect(total).toHaveText(weekTotal);

    // Its CSV: the same 7 days, Madrid midnights with their offset, kWh with a decimal comma.
    const csv = await downloadCsv(page);
    expect(csv.name).toMatch(/^prevision_ES\w+_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}_day\.csv$/);
    expect(csv.lines[0]).toBe('cups;inicio_local (Europe/Madrid);utc_offset;Previsión (kWh)');
    expect(csv.lines).toHaveLength(8);
    for (const line of csv.lines.slice(1)) expect(line).toMatch(/^ES\w+;\d{4}-\d{2}-\d{2} 00:00;\+0[12]:00;\d+,\d+$/);

    await page.getByLabel('Periodo').selectOption('last-month');
    await expect(page).toHaveURL(/range=last-month/);
    await expect(bodyRows(page)).toHaveCount(daysInLastMonth());
    await expect(total).not.toHaveText(weekTotal);

    // Before the forecasts kept: empty, and it says why.
    await page.getByLabel('Periodo').selectOption('custom');
    await page.getByLabel('Desde').fill('2026-01-01');
    await page.getByLabel('Hasta').fill('2026-01-31');
    await expect(page).toHaveURL(/from=2026-01-01.*to=2026-01-31|to=2026-01-31.*from=2026-01-01/);
    await expect(page.getByText('Solo guardamos la previsión de los últimos 3 meses')).toBeVisible();

    // A range that ends before it starts: a specific error, no request.
    await page.getByLabel('Hasta').fill('2025-12-01');
    await expect(page.getByRole('alert')).toContainText('es anterior a la fecha «Desde»');
    await expect(page.getByLabel('Hasta')).toHaveAttribute('aria-invalid', 'true');

    // Deviations: last 7 days by hour by default.
    await navLinks(page).filter({ hasText: 'Desvíos' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Desvíos' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Gráfico del consumo previsto y el medido/ }).locator('canvas').first()).toBeVisible();
    const absolute = page.getByTestId('absolute-deviation');
    await expect(page.getByText('Desvío absoluto total')).toBeVisible();
    await expect(absolute).toHaveText(/^[\d.]+,\d{2} kWh$/);
    const worst = page.getByRole('list', { name: 'Horas con más desvío' }).getByRole('listitem');
    await expect(worst).toHaveCount(5);
    await expect(worst.first()).toHaveText(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}: [+-]?[\d.]+,\d{2} kWh \(/);
    await expect(bodyRows(page)).toHaveCount(48);
    await expectAccessible(page);
    const weekAbsolute = (await absolute.textContent())!;
    const weekWorst = await worst.allTextContents();

    await page.getByLabel('Periodo').selectOption('last-month');
    await expect(page).toHaveURL(/range=last-month/);
    await expect(absolute).not.toHaveText(weekAbsolute);
    await expect(worst).not.toHaveText(weekWorst);

    // The granularity buttons by keyboard: Tab to "Por días", Enter; back with Shift+Tab and Space.
    await page.getByLabel('Periodo').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Por horas' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Por días' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/granularity=day/);
    await expect(page.getByRole('button', { name: 'Por días' })).toHaveAttribute('aria-pressed', 'true');
    await expect(bodyRows(page)).toHaveCount(daysInLastMonth());
    const monthAbsolute = (await absolute.textContent())!;
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Por horas' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/granularity=hour/);
    await expect(page.getByRole('button', { name: 'Por horas' })).toHaveAttribute('aria-pressed', 'true');
    await expect(bodyRows(page)).toHaveCount(48);
    // The absolute deviation is summed per hour, whatever the buckets.
    await expect(absolute).toHaveText(monthAbsolute);

    // A reload keeps the view (everything is in the URL).
    await page.reload();
    await expect(page.getByLabel('Periodo')).toHaveValue('last-month');
    await expect(page.getByRole('button', { name: 'Por horas' })).toHaveAttribute('aria-pressed', 'true');
    await expect(absolute).toHaveText(monthAbsolute);
    await expectAccessible(page);
  });
});
