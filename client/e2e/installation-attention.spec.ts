import { expectAccessible, isAction, moveTo, openInstallation, signInAs, submitSignIn } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect, test } from './portal.fixture.js';

/**
 * Issue 17, "status that tells the truth", on the demo data: solar@portal.example accepts the offer
 * of FV-2026-0002 and admin@portal.example's needs-attention view lists that installation first with
 * what waits; a finished installation's home card says so. FV-2026-0002 is put back in its offer step.
 */

const SOLAR = 'solar@portal.example';
const ADMIN = 'admin@portal.example';
const FARM = 'FV-2026-0002';

test.describe('status that tells the truth', () => {
  // Two signed-in browsers and several axe runs on a shared, busy machine.
  test.setTimeout(240_000);

  test('a customer accepts an offer; the staff’s needs-attention view lists that installation first with what waits', async ({ page, browser, request }) => {
    await signInAs(page, SOLAR);
    await moveTo(page, request, FARM, isAction('OFFER'));
    await openInstallation(page, FARM);
    const offer = page.locator('li[data-status]').filter({ hasText: 'Autoconsumo 5,6 kWp' });
    if ((await offer.getAttribute('data-status')) === 'SHARED') {
      await offer.getByRole('button', { name: 'Aceptar esta oferta' }).click();
      await page.getByRole('group', { name: '¿Aceptar la oferta «Autoconsumo 5,6 kWp»?' }).getByRole('button', { name: 'Sí, aceptar la oferta' }).click();
    }
    await expect(offer).toHaveAttribute('data-status', 'ACCEPTED');

    const staff = await (await browser.newContext({ locale: 'es-ES' })).newPage();
    await staff.goto('/admin/installations');
    await submitSignIn(staff, ADMIN);
    // A second signed-in browser on a busy machine: the admin area can take a while to load.
    await expect(staff.getByRole('heading', { level: 1, name: 'Instalaciones' })).toBeVisible({ timeout: 30_000 });
    await staff.getByLabel('Vista').selectOption({ label: 'Necesitan atención (lo que más espera primero)' });
    await expect(staff).toHaveURL(/view=attention/);
    const table = staff.getByRole('table', { name: /Instalaciones de todos los clientes/ });
    const first = table.getByRole('row').nth(1);
    await expect(first.getByRole('link', { name: FARM })).toBeVisible();
    await expect(first).toContainText('1 oferta aceptada');
    await expect(first).toContainText('Aceptó una oferta');
    await expectAccessible(staff);
    await expectFitsEveryWidth(staff, 'admin-installations-attention');

    // Sorted by the latest customer action, that acceptance comes first too.
    await staff.getByLabel('Vista').selectOption({ label: 'Todas las instalaciones' });
    await staff.getByLabel('Ordenar por').selectOption({ label: 'Última acción del cliente' });
    await expect(staff).toHaveURL(/sort=LATEST_CUSTOMER_ACTION/);
    await expect(table.getByRole('row').nth(1).getByRole('link', { name: FARM })).toBeVisible();
  });

  test('the previous step is where the installation came from; a finished installation’s home card says it is finished', async ({ page, request }) => {
    await signInAs(page, SOLAR);
    // Moved back from the signing step to the offer: it came from the signing step, not from the study before it in the flow.
    await moveTo(page, request, FARM, isAction('CONTRACT_SIGNING'));
    await moveTo(page, request, FARM, isAction('OFFER'));
    await openInstallation(page, FARM);
    const timeline = page.getByRole('region', { name: 'Estado de tu instalación' });
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Paso anterior' })).toContainText('Firma del contrato');
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Ahora' })).toContainText('Oferta');

    await moveTo(page, request, FARM, isAction('FINALIZATION_SUCCESS'));
    try {
      await page.goto('/');
      const card = page.locator('.home-installations > li').filter({ hasText: 'Nave agrícola' });
      await expect(card).toContainText('Terminada');
      await expect(card).not.toContainText('Te toca');
      await expectAccessible(page);
      await expectFitsEveryWidth(page, 'home-installation-finished');
    } finally {
      await moveTo(page, request, FARM, isAction('OFFER'));
    }
  });
});
