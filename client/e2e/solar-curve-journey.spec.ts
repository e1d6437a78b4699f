import type { Locator, Page } from '@playwright/test';
import { expectAccessible, navLinks, signInAs } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect as baseExpect, test } from './portal.fixture.js';

// The server parses while it receives, and each view aggregates on change: past 5 s on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

/**
 * Issue 16, "Done when": a solar customer (mixto@portal.example: measurements and solar client)
 * uploads from Medidas a Datadis file with the solar columns holding both DST days of 2025 (before
 * the demo curves begin), sees each day's 23 or 25 hours in Medidas with the file's values, and
 * finds the same flows and percentages in Autoconsumo.
 */

const EMAIL = 'mixto@portal.example';
const HEADER = 'cups;fecha;hora;consumo_kWh;metodoObtencion;energiaVertida_kWh;energiaGenerada_kWh;energiaAutoconsumida_kWh';
const SPRING = { date: '2025-03-30', hours: 23 };
const AUTUMN = { date: '2025-10-26', hours: 25 };

/** One row of the file in thousandths of a kWh (exact sums), with its hour-end label. */
type Row = { label: number; imported: number; exported: number; generated: number; selfConsumed: number; estimated: boolean };

/**
 * The day's rows in file order: hour-end labels 1..24 without 3 in spring, with 3 twice in autumn.
 * Every row imports a different amount (a row stored an hour off would show), the sun shines from
 * 9:00 to 17:00, and the first two hours are estimated readings.
 */
function dayRows(hours: number): Row[] {
  const labels = hours === 23 ? [1, 2, ...range(4, 24)] : [1, 2, 3, 3, ...range(4, 24)];
  return labels.map((label, index) => {
    const sunny = label >= 10 && label <= 17;
    return { label, imported: 200 + 10 * index, exported: sunny ? 900 : 0, generated: sunny ? 1_500 : 0, selfConsumed: sunny ? 600 : 0, estimated: index < 2 };
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Datadis writes a decimal comma and drops trailing zeros ('0,2', '1,5', '0'); the last hour is 24:00:00. */
const datadisKWh = (thousandths: number) => String(thousandths / 1000).replace('.', ',');

function datadisFile(cups: string): string {
  const lines = [SPRING, AUTUMN].flatMap(({ date, hours }) =>
    dayRows(hours).map((row) =>
      [
        cups,
        date.replaceAll('-', '/'),
        row.label === 24 ? '24:00:00' : `${row.label}:00`,
        datadisKWh(row.imported),
        row.estimated ? 'Estimada' : 'Real',
        datadisKWh(row.exported),
        datadisKWh(row.generated),
        datadisKWh(row.selfConsumed),
      ].join(';'),
    ),
  );
  return [HEADER, ...lines].join('\r\n');
}

const number = (digits: number) => new Intl.NumberFormat('es-ES', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kWh = (thousandths: number, digits: number) => number(digits).format(thousandths / 1000);
/** As the server rounds a share (4 decimals) and the screen shows it (a percent with 1 decimal). */
const percent = (part: number, whole: number) => (whole === 0 ? 'Sin datos' : `${number(1).format(Math.round((part / whole) * 10_000) / 100)} %`);
const sum = (rows: readonly Row[], flow: (row: Row) => number) => rows.reduce((total, row) => total + flow(row), 0);

/** The cells of one column of a table's body, counted among its `<td>`s (the row's start is a `<th>`). */
const column = (table: Locator, index: number) => table.locator(`tbody tr > td:nth-of-type(${index})`);

async function openMeasurements(page: Page, cups: string, date: string): Promise<Locator> {
  await page.goto(`/measurements?cups=${cups}&range=custom&from=${date}&to=${date}&granularity=hour`);
  return page.getByRole('table', { name: /^Medidas por hora/ });
}

async function openSelfConsumption(page: Page, cups: string, date: string, granularity: 'hour' | 'day'): Promise<Locator> {
  await page.goto(`/self-consumption?cups=${cups}&range=custom&from=${date}&to=${date}&granularity=${granularity}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Autoconsumo' })).toBeVisible();
  return page.getByRole('region', { name: 'Detalle' }).getByRole('table', { name: /^Autoconsumo del/ });
}

test('a solar customer uploads a Datadis file with both DST days and sees them hour by hour in Medidas and Autoconsumo', async ({ page }) => {
  // An upload, four series views, axe and the layout at three widths on a machine shared with other builds.
  test.setTimeout(300_000);
  await signInAs(page, EMAIL, '/measurements');
  await expect(navLinks(page).filter({ hasText: 'Autoconsumo' })).toHaveCount(1);
  const cups = await page.getByLabel('CUPS').inputValue();

  await openMeasurements(page, cups, SPRING.date);
  await page.getByLabel('Fichero', { exact: true }).setInputFiles({ name: 'datadis-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(datadisFile(cups)) });
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  await expect(page.getByTestId('import-result')).toContainText('Se han importado todas las filas');

  for (const day of [SPRING, AUTUMN]) {
    const rows = dayRows(day.hours);
    // Medidas by hour: one row per hour of the day, each with the file's consumption in file order.
    const measurements = await openMeasurements(page, cups, day.date);
    await expect(measurements.locator('tbody tr')).toHaveCount(day.hours);
    await expect(column(measurements, 1)).toHaveText(rows.map((row) => `${kWh(row.imported, 3)} kWh`));
    await expect(column(measurements, 2)).toHaveText(rows.map((row) => (row.estimated ? 'Estimada' : 'Real')));
    await expect(page.getByTestId('measurements-total')).toHaveText(`${kWh(sum(rows, (row) => row.imported), 2)} kWh`);
    if (day === AUTUMN) {
      // The repeated hour is told apart by its offset: 02:00 (+02:00) then 02:00 (+01:00).
      await expect(measurements.locator('tbody tr > th').nth(2)).toContainText('02:00');
      await expect(measurements.locator('tbody tr > th').nth(3)).toContainText('02:00');
    }

    // Autoconsumo by hour: the four flows and both percentages of every hour, as the file has them.
    const selfConsumption = await openSelfConsumption(page, cups, day.date, 'hour');
    await expect(selfConsumption.locator('tbody tr')).toHaveCount(day.hours);
    await expect(column(selfConsumption, 1)).toHaveText(rows.map((row) => kWh(row.selfConsumed, 3)));
    await expect(column(selfConsumption, 2)).toHaveText(rows.map((row) => kWh(row.imported, 3)));
    await expect(column(selfConsumption, 3)).toHaveText(rows.map((row) => kWh(row.exported, 3)));
    await expect(column(selfConsumption, 4)).toHaveText(rows.map((row) => kWh(row.generated, 3)));
    await expect(column(selfConsumption, 5)).toHaveText(rows.map((row) => percent(row.selfConsumed, row.imported + row.selfConsumed)));
    await expect(column(selfConsumption, 6)).toHaveText(rows.map((row) => percent(row.selfConsumed, row.generated)));
    await expect(column(selfConsumption, 7)).toHaveText(rows.map((row) => (row.estimated ? 'Estimada' : 'Real')));

    // The day's totals and percentages.
    const imported = sum(rows, (row) => row.imported);
    const selfConsumed = sum(rows, (row) => row.selfConsumed);
    const consumed = imported + selfConsumed;
    const estimated = sum(rows.filter((row) => row.estimated), (row) => row.imported + row.selfConsumed);
    await expect(page.getByTestId('self-consumed-total')).toHaveText(`${kWh(selfConsumed, 2)} kWh`);
    await expect(page.getByTestId('imported-total')).toHaveText(`${kWh(imported, 2)} kWh`);
    await expect(page.getByTestId('exported-total')).toHaveText(`${kWh(sum(rows, (row) => row.exported), 2)} kWh`);
    await expect(page.getByTestId('generated-total')).toHaveText(`${kWh(sum(rows, (row) => row.generated), 2)} kWh`);
    await expect(page.getByTestId('self-sufficiency')).toHaveText(percent(selfConsumed, consumed));
    await expect(page.getByTestId('self-consumption-share')).toHaveText(percent(selfConsumed, sum(rows, (row) => row.generated)));
    await expect(page.getByTestId('estimated-share')).toHaveText(percent(estimated, consumed));

    // By day, the day is one row whose estimated part is a share of its consumption, not a flag.
    const byDay = await openSelfConsumption(page, cups, day.date, 'day');
    await expect(byDay.locator('tbody tr')).toHaveCount(1);
    await expect(column(byDay, 7)).toHaveText(`Estimada en un ${percent(estimated, consumed)}`);
  }

  // The chart stacks the flows and marks the buckets mostly estimated; its legend states the threshold.
  await openSelfConsumption(page, cups, AUTUMN.date, 'hour');
  const chart = page.getByRole('img', { name: /Gráfico apilado del consumo/ });
  await expect(chart.locator('canvas').first()).toBeVisible();
  await expect(chart.locator('.u-legend')).toContainText('Estimada, % del consumo (marca: más del 10 %)');
  await expectAccessible(page);
  await expectFitsEveryWidth(page, 'self-consumption-dst-day');
  await openMeasurements(page, cups, AUTUMN.date);
  await expect(page.getByTestId('measurements-total')).toBeVisible();
  await expectFitsEveryWidth(page, 'measurements-dst-day');
});
