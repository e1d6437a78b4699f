import { addFaceByCoordinates, expectAccessible, installationOf, openRoofDrawing, signInAsAdmin } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect, test } from './portal.fixture.js';

/**
 * Issue 16 §3 and issue 17 (slope direction): solar@ draws a face of FV-2026-0001, turns its slope
 * from the outline's south to east, saves, and sees the estimate; the admin sees the same estimate
 * beside the offers of the installation.
 */

const SOLAR = 'solar@portal.example';
const HOME = 'FV-2026-0001';

test.describe('solar estimate', () => {
  test.setTimeout(240_000);

  test('the customer corrects a face to slope east, saves, and sees the estimate; the admin sees it beside the offer', async ({ page, request, browser }) => {
    const { faces, before } = await openRoofDrawing(page, request, SOLAR, HOME);
    // A 10 m × 7 m rectangle in Sevilla: it reads as sloping south.
    await addFaceByCoordinates(page, ['37.35000, -6.05000', '37.35006, -6.05000', '37.35006, -6.04989', '37.35000, -6.04989']);
    await expect(faces).toHaveCount(before + 1);
    const face = faces.last();
    const orientation = face.locator('dt', { hasText: 'Orientación' }).locator('xpath=following-sibling::dd[1]');
    await expect(orientation).toHaveText('180° (sur)');

    // The keyboard way: focus the select and pick east.
    const slope = face.getByLabel('Hacia dónde cae la cara');
    await expect(slope).toHaveValue('drawn');
    await slope.focus();
    await slope.selectOption({ label: 'este (90°)' });
    await expect(orientation).toHaveText('90° (este)');

    await page.getByRole('button', { name: 'Guardar tejado' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tejado guardado' })).toBeVisible();
    const estimate = page.getByTestId('solar-estimate');
    await expect(page.getByRole('heading', { level: 2, name: 'Estimación' })).toBeVisible();
    // The estimate simulates 8,760 hours on the server: give a busy machine time.
    await expect(estimate).toContainText('Producción estimada al año', { timeout: 120_000 });
    await expect(estimate).toContainText(/\d kWh/);
    await expect(estimate.getByRole('table', { name: 'Estimación por mes' }).locator('tbody tr')).toHaveCount(12);
    // The method is one click away.
    await estimate.getByText('Cómo lo calculamos').click();
    await expect(estimate).toContainText('clima de referencia del Código Técnico de la Edificación (DB-HE) para la zona climática B4, la de Sevilla');
    await expectAccessible(page);
    await expectFitsEveryWidth(page, 'installation-solar-estimate');

    // After a reload the face still slopes east.
    await page.reload();
    await expect(faces.last().getByLabel('Hacia dónde cae la cara')).toHaveValue('90');
    await expect(estimate).toBeVisible({ timeout: 120_000 });
    const production = (await estimate.locator('dt', { hasText: 'Producción estimada al año' }).locator('xpath=following-sibling::dd[1]').textContent())!;

    // The admin, in a browser of their own, sees the same estimate beside the offers.
    const { id } = await installationOf(page, HOME);
    const admin = await (await browser.newContext({ locale: 'es-ES' })).newPage();
    await signInAsAdmin(admin, `/admin/installations/${id}`);
    await expect(admin.getByRole('heading', { level: 1, name: `Instalación ${HOME}` })).toBeVisible();
    const adminEstimate = admin.getByTestId('solar-estimate');
    await expect(adminEstimate.locator('dt', { hasText: 'Producción estimada al año' }).locator('xpath=following-sibling::dd[1]')).toHaveText(production, {
      timeout: 120_000,
    });
    await expectAccessible(admin);
    await expectFitsEveryWidth(admin, 'admin-installation-solar-estimate');
  });
});
