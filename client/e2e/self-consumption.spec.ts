import type { Page } from '@playwright/test';
import { expectAccessible, navLinks, signInAs } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect as baseExpect, test } from './portal.fixture.js';

// A month of hours is aggregated on each change; on a busy 2-core machine that can pass 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

// The detail table (uPlot's legend is a table too, and the savings below have one of their own).
const bodyRows = (page: Page) => page.getByRole('region', { name: 'Detalle' }).locator('.table-wrap tbody tr');

test.describe('self-consumption', () => {
  test('the solar demo customer opens Autoconsumo: chart, percentages and the detail by hour, day and month', async ({ page }) => {
    // Three screens and two axe runs on a machine shared with other builds.
    test.setTimeout(180_000);
    await signInAs(page, 'solar@portal.example');
    await expect(navLinks(page)).toHaveText(['Inicio', 'Documentos', 'Autoconsumo', 'Instalación', 'Incidencias']);
    await navLinks(page).filter({ hasText: 'Autoconsumo' }).click();
    await expect(page).toHaveURL(/\/self-consumption/);
    await expect(page.getByRole('heading', { level: 1, name: 'Autoconsumo' })).toBeVisible();

    // Last 7 days by hour: the stacked chart, both percentages and real kWh figures.
    await expect(page.getByRole('img', { name: /Gráfico apilado del consumo/ }).locator('canvas').first()).toBeVisible();
    await expect(page.getByTestId('self-sufficiency')).toHaveText(/^\d{1,3},\d %$/);
    await expect(page.getByTestId('self-consumption-share')).toHaveText(/^\d{1,3},\d %$/);
    await expect(page.getByTestId('self-consumed-total')).toHaveText(/^[\d.]+,\d{2} kWh$/);
    await expect(page.getByRole('columnheader', { name: 'Autosuficiencia' })).toBeVisible();
    await expectAccessible(page);

    // The same week by day: 7 rows; the last 12 months by month.
    await page.getByRole('button', { name: 'Por días' }).click();
    await expect(page).toHaveURL(/granularity=day/);
    await expect(bodyRows(page)).toHaveCount(7);
    await page.getByLabel('Periodo').selectOption('last-12-months');
    await page.getByRole('button', { name: 'Por meses' }).click();
    await expect(page).toHaveURL(/granularity=month/);
    await expect(bodyRows(page).first()).toBeVisible();
    await expect(page.getByTestId('self-sufficiency')).toHaveText(/^\d{1,3},\d %$/);

    // Savings per month at the demo contract's prices; the method opens from the keyboard with the customer's own figures.
    const savings = page.getByRole('region', { name: 'Ahorro por mes' });
    await expect(savings.getByRole('table', { name: 'Ahorro por mes' })).toBeVisible();
    await expect(savings.getByTestId('savings-total').last()).toHaveText(/^[\d.]+,\d{2}\s€$/);
    const method = savings.locator('details').last();
    await expect(method.getByText('Real Decreto 244/2019, artículo 14.3', { exact: false })).toBeHidden();
    await method.locator('summary').press('Enter');
    await expect(method.getByText('Real Decreto 244/2019, artículo 14.3', { exact: false })).toBeVisible();
    await expect(method.getByText(/^P1: [\d.]+,\d{3} kWh × 0,189500 €\/kWh = [\d.]+,\d{2}\s€$/).first()).toBeVisible();
    await expect(method.getByText(/vertidos × 0,060000 €\/kWh \(precio de compensación de tu contrato\)/)).toBeVisible();
    await expect(method.getByText(/^Ahorro del mes: /)).toBeVisible();
    await expectAccessible(page);
    // The savings table and the open method fit a phone and a wide screen alike.
    await expectFitsEveryWidth(page, 'self-consumption-savings');
  });

  test('a customer whose curves carry no solar columns is told so', async ({ page }) => {
    await signInAs(page, 'medidas@portal.example');
    await navLinks(page).filter({ hasText: 'Autoconsumo' }).click();
    await expect(page.getByText('Este punto de suministro no tiene datos de autoconsumo')).toBeVisible();
    await expectAccessible(page);
  });
});
