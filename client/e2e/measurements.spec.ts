import type { Page } from '@playwright/test';
import { downloadCsv, expectAccessible, navLinks, signInAs } from './helpers.js';
import { expect, test } from './portal.fixture.js';

const EMAIL = 'medidas@portal.example';

function chartCanvas(page: Page) {
  return page.getByRole('img', { name: /Gráfico del consumo/ }).locator('canvas').first();
}

function detailTable(page: Page) {
  return page.getByRole('table', { name: /^Medidas por/ });
}

function granularityButton(page: Page, name: string) {
  return page.getByRole('group', { name: 'Agrupar por' }).getByRole('button', { name, exact: true });
}

/** The "N intervalos mostrados" of the summary, as a number. */
async function bucketsShown(page: Page): Promise<number> {
  const text = await page.getByText(/intervalos mostrados/).textContent();
  return Number(/([\d.]+) intervalos/.exec(text ?? '')![1]!.replaceAll('.', ''));
}

test.describe('measurements', () => {
  test('chart, totals, presets, granularity, CUPS and CSV export', async ({ page }) => {
    await signInAs(page, EMAIL);
    await navLinks(page).filter({ hasText: 'Medidas' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medidas');

    // Default: the last 7 days by hour, 168 hours, paginated by 100.
    await expect(chartCanvas(page)).toBeVisible();
    await expect(page.getByRole('table', { name: /Consumo por periodo tarifario/ })).toBeVisible();
    await expect(granularityButton(page, 'Hora')).toHaveAttribute('aria-pressed', 'true');
    await expect(detailTable(page).locator('tbody tr')).toHaveCount(100);
    await expect(page.getByText('Filas 1–100 de 168')).toBeVisible();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await expect(detailTable(page).locator('tbody tr')).toHaveCount(68);
    await expect(page.getByTestId('measurements-total')).toContainText('kWh');
    await expectAccessible(page);

    // Last 12 months by month: 13 month buckets (the first and last are partial months).
    await page.getByLabel('Periodo').selectOption({ label: 'Últimos 12 meses' });
    await expect(page).toHaveURL(/range=last-12-months/);
    await granularityButton(page, 'Mes').click();
    await expect(page).toHaveURL(/granularity=month/);
    await expect(granularityButton(page, 'Mes')).toHaveAttribute('aria-pressed', 'true');
    await expect(detailTable(page).locator('tbody tr')).toHaveCount(13);
    await expect(chartCanvas(page)).toBeVisible();

    // By day: a year of days, paginated.
    await granularityButton(page, 'Día').click();
    await expect(page).toHaveURL(/granularity=day/);
    await expect(page.getByText('Filas 1–100 de 365')).toBeVisible();

    // Another CUPS: the URL keeps it, and the series is that CUPS's.
    const cupsSelect = page.getByLabel('CUPS');
    const firstCups = await cupsSelect.inputValue();
    const options = await cupsSelect.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThan(1);
    const otherCups = options.find((value) => value !== firstCups)!;
    await cupsSelect.selectOption(otherCups);
    await expect(page).toHaveURL(new RegExp(`cups=${otherCups}`));
    await expect(page.getByText('Filas 1–100 de 365')).toBeVisible();

    // A reload keeps everything (deep link).
    await page.reload();
    await expect(page.getByLabel('CUPS')).toHaveValue(otherCups);
    await expect(page.getByLabel('Periodo')).toHaveValue('last-12-months');
    await expect(granularityButton(page, 'Día')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Filas 1–100 de 365')).toBeVisible();

    // CSV of exactly what is shown, in Spanish spreadsheet form by default: ; and decimal comma.
    const shown = await bucketsShown(page);
    const exportGroup = page.getByRole('group', { name: 'Exportar CSV' });
    await expect(exportGroup.getByLabel('Formato del CSV')).toHaveValue('spreadsheet');
    const spreadsheet = await downloadCsv(page);
    expect(spreadsheet.name).toMatch(new RegExp(`^medidas_${otherCups}_\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}_day\\.csv$`));
    expect(spreadsheet.lines[0]).toBe('cups;inicio_local (Europe/Madrid);utc_offset;kwh;estimada');
    expect(spreadsheet.lines.length - 1).toBe(shown);
    expect(shown).toBe(365);
    expect(spreadsheet.lines[1]).toMatch(new RegExp(`^${otherCups};\\d{4}-\\d{2}-\\d{2} 00:00;\\+0[12]:00;\\d+,\\d{3};(sí|no)$`));
    // A year of Madrid midnights crosses both DST changes: winter and summer offsets both appear.
    expect(spreadsheet.lines.some((line) => line.includes(' 00:00;+01:00;'))).toBe(true);
    expect(spreadsheet.lines.some((line) => line.includes(' 00:00;+02:00;'))).toBe(true);

    // The machine form, chosen by keyboard: , and decimal point, the same rows.
    await exportGroup.getByLabel('Formato del CSV').focus();
    await page.keyboard.press('ArrowDown');
    await expect(exportGroup.getByLabel('Formato del CSV')).toHaveValue('machine');
    const machine = await downloadCsv(page);
    expect(machine.lines[0]).toBe('cups,inicio_local (Europe/Madrid),utc_offset,kwh,estimada');
    expect(machine.lines.length).toBe(spreadsheet.lines.length);
    expect(machine.lines[1]).toMatch(new RegExp(`^${otherCups},\\d{4}-\\d{2}-\\d{2} 00:00,\\+0[12]:00,\\d+\\.\\d{3},(sí|no)$`));
    expect(machine.lines[1]).toBe(spreadsheet.lines[1]!.replace(/,(\d{3});/, '.$1;').replaceAll(';', ','));
    await expectAccessible(page);
  });

  test('a custom range that ends before it starts gets a specific error', async ({ page }) => {
    await signInAs(page, EMAIL, '/measurements');
    await expect(chartCanvas(page)).toBeVisible();
    await page.getByLabel('Periodo').selectOption({ label: 'Personalizado' });
    await expect(page).toHaveURL(/range=custom&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await page.getByLabel('Desde').fill('2026-11-10');
    await page.getByLabel('Hasta').fill('2026-11-01');
    await expect(page.getByRole('alert')).toHaveText('La fecha final (01/11/2026) es anterior a la inicial (10/11/2026). Corrige el periodo.');
    await expect(page.getByLabel('Hasta')).toHaveAttribute('aria-invalid', 'true');
    await expect(chartCanvas(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Exportar CSV' })).toBeDisabled();
    await expectAccessible(page);

    // Corrected, it loads: 10 days by day.
    await page.getByLabel('Hasta').fill('2026-11-19');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(chartCanvas(page)).toBeVisible();
    await expect(detailTable(page).locator('tbody tr')).toHaveCount(10);

    // Hours are capped at 13 months: a longer range falls back to days and says so.
    await granularityButton(page, 'Hora').click();
    await expect(page.getByText('Filas 1–100 de 240')).toBeVisible();
    await page.getByLabel('Desde').fill('2025-01-01');
    await expect(page.getByText('Este periodo es de más de 13 meses: se muestra por días.')).toBeVisible();
    await expect(granularityButton(page, 'Hora')).toBeDisabled();
    await expect(granularityButton(page, 'Día')).toHaveAttribute('aria-pressed', 'true');
    await expect(detailTable(page)).toHaveAccessibleName('Medidas por día, del 01/01/2025 al 19/11/2026');
  });

  test('granularity by keyboard, and a year of hours stays drawable', async ({ page }) => {
    await signInAs(page, EMAIL, '/measurements?range=last-12-months');
    await expect(granularityButton(page, 'Mes')).toHaveAttribute('aria-pressed', 'true');
    await expect(detailTable(page).locator('tbody tr')).toHaveCount(13);

    // From the period select, Tab reaches the granularity buttons; Enter and Space press them.
    await page.getByLabel('Periodo').focus();
    await page.keyboard.press('Tab');
    await expect(granularityButton(page, 'Hora')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(granularityButton(page, 'Día')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/granularity=day/);
    await expect(granularityButton(page, 'Día')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Filas 1–100 de 365')).toBeVisible();

    // Back to Hora with Shift+Tab and Enter: 8,760 hours of a year (one 23- and one 25-hour day).
    await page.keyboard.press('Shift+Tab');
    await expect(granularityButton(page, 'Hora')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/granularity=hour/);
    await expect(granularityButton(page, 'Hora')).toHaveAttribute('aria-pressed', 'true');
    // The API takes a while for 8,760 points on a loaded test machine; the page itself is quick.
    await expect(chartCanvas(page)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('measurements-total')).toHaveText(/^[\d.]+,\d{2} kWh$/);
    await expect(page.getByText('Filas 1–100 de 8.760')).toBeVisible();
    expect(await bucketsShown(page)).toBe(8760);
    await expect(detailTable(page).locator('tbody tr')).toHaveCount(100);
    await expectAccessible(page);
  });
});
