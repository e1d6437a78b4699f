import { signInAs } from './helpers.js';
import { expect, test } from './portal.fixture.js';

// Issue 15 (Lighthouse on the home page): nothing on the home page moves once shown. On a phone the
// menu row took the free height while the screen loaded, and each summary card grew or vanished as
// its answer came, pushing the rest (cumulative layout shift 0.27 + 0.08 before).

test.use({ viewport: { width: 390, height: 844 } });

for (const email of ['cliente@portal.example', 'solar@portal.example']) {
  test(`${email}: the home page loads without layout shifts on a phone`, async ({ page }) => {
    await signInAs(page, email);
    await page.addInitScript(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Slow answers, as on a phone's network: every loading state is on screen for a while.
    await page.route('**/graphql', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Tus secciones' })).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.home-card').first()).toBeVisible();
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  });
}
