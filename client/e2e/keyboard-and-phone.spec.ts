import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, test } from './portal.fixture.js';
import { navLinks, signInAs } from './helpers.js';

/** Presses Tab until `target` has focus (or fails after `limit` presses): keyboard only. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keyboard only: sign in, skip to content, navigate, filter and download an invoice PDF', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByLabel('Correo electrónico'));
  await page.keyboard.type('cliente@portal.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola');

  // The first Tab reaches the skip link, which moves focus past the menu.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Saltar al contenido' })).toBeFocused();

  await tabTo(page, navLinks(page).filter({ hasText: 'Facturas' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/invoices$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facturas');

  const status = page.getByRole('combobox', { name: 'Estado' });
  await tabTo(page, status);
  await status.selectOption({ label: 'Pagada' });
  await expect(page).toHaveURL(/status=PAID/);

  const firstPdf = page.getByRole('link', { name: /^PDF de la factura/ }).first();
  await tabTo(page, firstPdf, 80);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every screen of a user fits the width: the page never scrolls sideways', async ({ page }) => {
    await signInAs(page, 'prevision@portal.example');
    for (const path of ['/', '/contracts', '/invoices', '/documents', '/measurements', '/forecast', '/deviations', '/profile']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.skeleton')).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} is ${overflow}px wider than the phone`).toBeLessThanOrEqual(0);
    }
  });
});
