import type { Page } from '@playwright/test';
import { signInAs } from './helpers.js';
import { expect, test } from './portal.fixture.js';

// Issue 17, "Charts that do not mislead", on the measurements chart (the shared chart of every series screen).

/** uPlot's legend: the bucket under the cursor and each series' value there. */
function legend(page: Page) {
  return page.locator('main .u-legend');
}

/** Puts the cursor over the middle of the chart, so the legend names a bucket. */
async function hoverChart(page: Page): Promise<void> {
  const canvas = page.getByRole('img', { name: /Gráfico del consumo/ }).locator('.u-over');
  await expect(canvas).toBeVisible();
  await canvas.hover();
}

test.describe('charts', () => {
  test('by month: a Spanish legend that names months, and each month\'s estimated share as a share, the same in the table', async ({ page }) => {
    await signInAs(page, 'medidas@portal.example', '/measurements?range=last-12-months&granularity=month');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medidas');
    await expect(page.locator('main')).not.toContainText('Consumo horario');

    await hoverChart(page);
    await expect(legend(page)).toContainText('Fecha');
    await expect(legend(page)).toContainText('Real');
    await expect(legend(page)).toContainText('Estimada (parte inferior de cada barra)');
    await expect(legend(page)).not.toContainText('Time');
    // The bucket under the cursor is a month, not an instant.
    await expect(legend(page).locator('tr').first()).toContainText(/(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d/);
    await expect(legend(page).locator('tr').first()).not.toContainText(/\d\d:\d\d/);

    // A few estimated hours make a month "Estimada en un 0,x %", never a wholly estimated month.
    const table = page.getByRole('table', { name: /^Medidas por mes/ });
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await expect(page.locator('main')).not.toContainText('Con horas estimadas');
    await expect(table.getByText(/^Estimada en un \d+(,\d)? %$/).first()).toBeVisible();
  });

  test('by day: the legend names the day, not an hour', async ({ page }) => {
    await signInAs(page, 'medidas@portal.example', '/measurements?range=last-month&granularity=day');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medidas');
    await hoverChart(page);
    await expect(legend(page)).not.toContainText('Time');
    await expect(legend(page).locator('tr').first()).toContainText(/Fecha\s*\d{1,2} [a-z]+ 20\d\d/);
    await expect(legend(page).locator('tr').first()).not.toContainText(/\d\d:\d\d/);
  });
});
