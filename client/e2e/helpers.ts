import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect } from './portal.fixture.js';

/** Signs in with the demo password through the real sign-in screen and waits for the shell (an admin's lands in /admin). */
export async function signInAs(page: Page, email: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('navigation', { name: /^(Secciones|Administración)$/ })).toBeVisible();
}

/** The navigation's links, in order (the shell builds them from viewer.sections). */
export function navLinks(page: Page) {
  return page.getByRole('navigation', { name: 'Secciones' }).getByRole('link');
}

/** axe-core on what is on screen now: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Signs the demo admin in; the admin area's menu is "Administración". */
export function signInAsAdmin(page: Page, path = '/admin'): Promise<void> {
  return signInAs(page, 'admin@portal.example', path);
}
