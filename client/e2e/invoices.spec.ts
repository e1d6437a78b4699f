import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectAccessible, navLinks, signInAs } from './helpers.js';
import { expect, test } from './portal.fixture.js';

const MONEY = /\d,\d{2}\s€/;

function invoiceTable(page: Page) {
  return page.getByRole('table', { name: 'Facturas' });
}

function pager(page: Page) {
  return page.getByRole('navigation', { name: 'Paginación' });
}

/** "Página 1 · 24 en total" → 24. */
async function totalOf(page: Page): Promise<number> {
  const text = (await pager(page).textContent()) ?? '';
  const match = /(\d+) en total/.exec(text);
  if (!match) throw new Error(`no total in "${text}"`);
  return Number(match[1]);
}

test.describe('invoices and contracts', () => {
  test('invoices: filters kept in the URL, pages, detail with lines and the PDF', async ({ page }) => {
    await signInAs(page, 'cliente@portal.example');
    await navLinks(page).filter({ hasText: /^Facturas$/ }).click();
    await expect(page).toHaveURL(/\/invoices$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Facturas' })).toBeVisible();
    const rows = invoiceTable(page).locator('tbody tr');
    await expect(rows).toHaveCount(20);
    await expect(pager(page)).toContainText('Página 1');
    const allTotal = await totalOf(page);
    expect(allTotal).toBeGreaterThan(20);
    await expect(rows.first().getByRole('cell').nth(5)).toHaveText(MONEY);
    await expectAccessible(page);

    // Status, chosen from the keyboard: every row is paid, and there are still two pages.
    const status = page.getByRole('combobox', { name: 'Estado', exact: true });
    await status.focus();
    await expect(status).toBeFocused();
    await status.selectOption('PAID');
    await expect(page).toHaveURL(/[?&]status=PAID/);
    await expect(pager(page)).not.toContainText(`${allTotal} en total`);
    const paidTotal = await totalOf(page);
    expect(paidTotal).toBeGreaterThan(20);
    await expect(rows.filter({ hasNotText: 'Pagada' })).toHaveCount(0);

    await pager(page).getByRole('button', { name: 'Siguiente' }).click();
    await expect(pager(page)).toContainText(`Página 2 · ${paidTotal} en total`);
    await expect(rows).toHaveCount(paidTotal - 20);
    await expect(pager(page).getByRole('button', { name: 'Siguiente' })).toBeDisabled();
    await pager(page).getByRole('button', { name: 'Anterior' }).click();
    await expect(pager(page)).toContainText('Página 1');

    // One CUPS (the select's first real option), and the filters survive a reload.
    const cupsSelect = page.getByRole('combobox', { name: 'CUPS', exact: true });
    const cups = (await cupsSelect.locator('option').nth(1).getAttribute('value'))!;
    expect(cups).toMatch(/^ES\d{16}[A-Z]{2}/);
    await cupsSelect.selectOption(cups);
    await expect(page).toHaveURL(new RegExp(`[?&]cups=${cups}`));
    await expect(rows.first()).toBeVisible();
    await expect(rows.filter({ hasNotText: cups })).toHaveCount(0);
    await page.reload();
    await expect(page).toHaveURL(/[?&]status=PAID/);
    await expect(page.getByRole('combobox', { name: 'Estado', exact: true })).toHaveValue('PAID');
    await expect(page.getByRole('combobox', { name: 'CUPS', exact: true })).toHaveValue(cups);
    await expect(rows.first()).toBeVisible();
    await expect(rows.filter({ hasNotText: cups })).toHaveCount(0);
    await expect(rows.filter({ hasNotText: 'Pagada' })).toHaveCount(0);

    // A period with no invoices says why it is empty, and the filters can be cleared.
    await page.getByLabel('Periodo hasta').fill('2001-01-31');
    await expect(page).toHaveURL(/[?&]to=2001-01-31/);
    await expect(page.getByText('No hay facturas que cumplan estos filtros')).toBeVisible();
    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    await expect(page).toHaveURL(/\/invoices$/);
    await expect(rows).toHaveCount(20);

    // The detail: lines, totals in euros, and the PDF.
    const firstLink = rows.first().getByRole('link').first();
    const number = (await firstLink.textContent())!.trim();
    await firstLink.click();
    await expect(page).toHaveURL(new RegExp(`/invoices/${number}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Factura ${number}`);
    const lines = page.getByRole('table', { name: `Conceptos de la factura ${number}` });
    await expect(lines.locator('tbody tr').first()).toBeVisible();
    expect(await lines.locator('tbody tr').count()).toBeGreaterThan(2);
    await expect(lines.getByRole('rowheader', { name: 'Base imponible' })).toBeVisible();
    await expect(page.getByTestId('invoice-total')).toHaveText(MONEY);
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Descargar PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // Back to the list; an unknown number is a clear "not found".
    await page.getByRole('link', { name: 'Volver a facturas' }).click();
    await expect(rows).toHaveCount(20);
    await page.goto('/invoices/FE-1999-000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Factura no encontrada' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Volver a facturas' })).toBeVisible();
  });

  test('contracts: the list and a contract with its contracted power', async ({ page }) => {
    await signInAs(page, 'cliente@portal.example');
    await navLinks(page).filter({ hasText: /^Contratos$/ }).click();
    await expect(page).toHaveURL(/\/contracts$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Contratos' })).toBeVisible();
    const rows = page.getByRole('table', { name: 'Contratos' }).locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    await expect(rows.first()).toContainText('En vigor');
    await expectAccessible(page);

    const firstLink = rows.first().getByRole('link').first();
    const code = (await firstLink.textContent())!.trim();
    await firstLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Contrato ${code}`);
    const power = page.getByRole('table', { name: 'Potencia contratada' });
    await expect(power.getByRole('rowheader', { name: 'P1' })).toBeVisible();
    await expect(power.locator('tbody tr').first()).toHaveText(/P1\s*\d+,\d{3}\skW/);
    await expect(page.getByRole('main').getByText('Lucía Fernández García')).toBeVisible();
    await expectAccessible(page);

    await page.goto('/contracts/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Contrato no encontrado' })).toBeVisible();
    await page.getByRole('link', { name: 'Volver a contratos' }).click();
    await expect(page).toHaveURL(/\/contracts$/);
  });
});
