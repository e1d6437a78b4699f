import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { expectAccessible, navLinks, signInAs } from './helpers.js';
import { expect, test } from './portal.fixture.js';

const DAY_MS = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A recent day with 24 hours: a week ago in Madrid, moved off the last Sunday of March/October. */
function recentNormalDay(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date());
  let ms = Date.parse(`${today}T00:00:00Z`) - 7 * DAY_MS;
  const d = new Date(ms);
  const month = d.getUTCMonth() + 1;
  const lastSundayOfMonth = d.getUTCDay() === 0 && new Date(ms + 7 * DAY_MS).getUTCMonth() + 1 !== month;
  if ((month === 3 || month === 10) && lastSundayOfMonth) ms -= DAY_MS;
  return isoDate(ms);
}

function longSpanishDate(date: string): string {
  return new Intl.DateTimeFormat('es-ES', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}

async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFile(file);
}

test('a generator sees documents, settlements and matching prices', async ({ page }) => {
  await signInAs(page, 'generador@portal.example');
  await expect(navLinks(page)).toHaveText(['Inicio', 'Documentos', 'Liquidaciones de generación', 'Precios de casación']);

  // Documents: filter by a category, then download one.
  await navLinks(page).filter({ hasText: 'Documentos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documentos' })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.getByLabel('Categoría').selectOption({ label: 'Liquidación' });
  await expect(page).toHaveURL(/[?&]category=SETTLEMENT\b/);
  const categoryCells = page.locator('main table tbody tr td:nth-child(2)');
  await expect(categoryCells.first()).toHaveText('Liquidación');
  expect(new Set(await categoryCells.allTextContents())).toEqual(new Set(['Liquidación']));
  await expectAccessible(page);

  const [document] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^Descargar/ }).first().click(),
  ]);
  expect(document.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await bytesOf(document)).length).toBeGreaterThan(0);

  // Generation settlements: the list, one settlement, its PDF.
  await navLinks(page).filter({ hasText: 'Liquidaciones de generación' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Liquidaciones de generación' })).toBeVisible();
  const settlements = page.getByRole('table', { name: /Liquidaciones mensuales/ });
  await expect(settlements.locator('tbody tr').first()).toBeVisible();
  await expectAccessible(page);

  await settlements.getByRole('link', { name: /Ver la liquidación/ }).first().click();
  await expect(page).toHaveURL(/\/settlements\/[^/?]+/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Liquidación de /);
  await expect(page.getByRole('table', { name: /Desglose/ })).toBeVisible();
  await expectAccessible(page);
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Descargar PDF' }).click()]);
  expect((await bytesOf(pdf)).subarray(0, 4).toString('latin1')).toBe('%PDF');

  await page.goto('/settlements/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liquidación no encontrada');

  // Matching prices: one normal day (24 hours), then the next day, then the last 30 days.
  await navLinks(page).filter({ hasText: 'Precios de casación' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Precios de casación' })).toBeVisible();
  const day = recentNormalDay();
  await page.goto(`/prices?date=${day}`);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(`Precios del ${longSpanishDate(day)}`);
  await expect(page.locator('.chart canvas').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /Precios horarios/ }).locator('tbody tr')).toHaveCount(24);
  await expect(page.getByRole('table', { name: /Resumen de precios/ }).locator('tbody tr')).toHaveCount(3);
  await expectAccessible(page);

  const nextDay = isoDate(Date.parse(`${day}T00:00:00Z`) + DAY_MS);
  await page.getByRole('button', { name: 'Día siguiente' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]date=${nextDay}\\b`));
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(`Precios del ${longSpanishDate(nextDay)}`);
  await expect(page.getByLabel('Día', { exact: true })).toHaveValue(nextDay);

  await page.getByLabel('Vista', { exact: true }).selectOption({ label: 'Últimos 30 días' });
  await expect(page).toHaveURL(/[?&]view=30d\b/);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(/^Precios medios del /);
  await expect(page.getByRole('table', { name: /Precios diarios/ }).locator('tbody tr')).toHaveCount(30);
  await expect(page.locator('.chart canvas').first()).toBeVisible();
  await expectAccessible(page);
});

test('a day without published prices says why', async ({ page }) => {
  const farFuture = isoDate(Date.now() + 30 * DAY_MS);
  await signInAs(page, 'generador@portal.example', `/prices?date=${farFuture}`);
  await expect(page.getByRole('status').filter({ hasText: `No hay precios para el ${longSpanishDate(farFuture)}` })).toContainText('la víspera');
  await expectAccessible(page);
});
