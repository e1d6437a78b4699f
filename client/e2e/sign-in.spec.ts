import AxeBuilder from '@axe-core/playwright';
import { extractCode, extractLink, recipientsOf } from '../../server/test/smtp.js';
import { expectAccessible, navLinks, signInAs, submitSignIn } from './helpers.js';
import { DEMO_PASSWORD, expect, test } from './portal.fixture.js';

test.describe('signing in', () => {
  test('with e-mail and password, then signing out', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/auth\/sign-in$/);
    await submitSignIn(page, 'cliente@portal.example');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola');
    await expect(navLinks(page)).toHaveText(['Inicio', 'Documentos', 'Contratos', 'Facturas']);

    await page.getByRole('button', { name: /Menú de/ }).click();
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await expect(page).toHaveURL(/\/auth\/sign-in$/);
  });

  test('a deep link survives signing in: the user lands where they were going', async ({ page }) => {
    await page.goto('/invoices?status=PAID');
    await expect(page).toHaveURL(/\/auth\/sign-in$/);
    await submitSignIn(page, 'cliente@portal.example');
    await expect(page).toHaveURL(/\/invoices\?status=PAID$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facturas');
  });

  test('a session that ends sends the user to sign in and back to the same screen', async ({ page, context }) => {
    await signInAs(page, 'cliente@portal.example', '/contracts');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contratos');
    // The server forgets the session (idle timeout, signed out elsewhere): the cookie no longer works.
    await context.clearCookies();
    await navLinks(page).filter({ hasText: 'Facturas' }).click();
    await expect(page).toHaveURL(/\/auth\/sign-in$/);
    await submitSignIn(page, 'cliente@portal.example');
    await expect(page).toHaveURL(/\/invoices$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facturas');
  });

  test('a section outside the user type is refused by URL, and an unknown address is not found', async ({ page }) => {
    await signInAs(page, 'cliente@portal.example', '/measurements');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sección no disponible');
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
    await expectAccessible(page);
  });

  test('a wrong password gets a specific, translated error', async ({ page }) => {
    await page.goto('/auth/sign-in');
    await page.getByLabel('Correo electrónico').fill('cliente@portal.example');
    await page.getByLabel('Contraseña').fill('not-the-password');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await expect(page.getByRole('alert')).toHaveText('El correo o la contraseña no son correctos.');
  });

  test('with a code sent by e-mail', async ({ page, portal }) => {
    const email = 'medidas@portal.example';
    await page.goto('/auth/code');
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByRole('button', { name: 'Enviar código' }).click();
    await expect(page.getByRole('status')).toContainText('Caduca en 5 minutos');

    const message = await portal.mailbox.waitForMessage((m) => recipientsOf(m).includes(email), 30_000);
    await page.getByLabel('Código de verificación').fill(extractCode(message.text ?? ''));
    await page.getByRole('button', { name: 'Aceptar' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola');
    await expect(navLinks(page)).toContainText(['Medidas']);
  });

  test('with a link asked for on the sign-in screen, which works once', async ({ page, portal, browser }) => {
    const email = 'prevision@portal.example';
    await page.goto('/auth/sign-in');
    await page.getByRole('link', { name: 'Envíame un enlace para entrar' }).click();
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByRole('button', { name: 'Envíame un enlace' }).click();
    await expect(page.getByRole('status')).toContainText('caduca en 45 minutos');
    await expectAccessible(page);

    const message = await portal.mailbox.waitForMessage((m) => recipientsOf(m).includes(email) && /enlace/i.test(m.subject ?? ''), 30_000);
    const link = extractLink(message.text ?? '', '/auth/link');
    await page.goto(link);
    await page.getByRole('button', { name: 'Entrar al portal' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola');

    // Used once: the same link in another browser no longer signs in.
    const other = await browser.newContext({ baseURL: portal.baseURL, locale: 'es-ES' });
    try {
      const again = await other.newPage();
      await again.goto(link);
      await again.getByRole('button', { name: 'Entrar al portal' }).click();
      await expect(again.getByText('Este enlace ha caducado o ya se ha usado')).toBeVisible();
    } finally {
      await other.close();
    }
  });

  test('an expired or used link leads to the code screen', async ({ page }) => {
    await page.goto('/auth/link#token=this-link-was-never-issued');
    await page.getByRole('button', { name: 'Entrar al portal' }).click();
    await expect(page.getByText('Este enlace ha caducado o ya se ha usado')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Enviar código' })).toBeVisible();
  });

  test('a new user follows the welcome link, sets a password and is in', async ({ page, portal, request }) => {
    // Company staff create the user through the same GraphQL API (admin session).
    const signIn = await request.post('/graphql', {
      data: { query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: 'admin@portal.example', p: DEMO_PASSWORD } },
    });
    expect((await signIn.json()).errors).toBeUndefined();
    const email = `nuevo.${Date.now()}@example.com`;
    const created = await request.post('/graphql', {
      data: {
        query: `mutation ($input: UserInput!) { createUser(input: $input) { id } }`,
        variables: { input: { email, name: 'Ana Nueva', language: 'ES', userTypes: ['WEB_CLIENT'], isAdmin: false, personalFiscalId: { value: '48213576X' } } },
      },
    });
    expect((await created.json()).errors).toBeUndefined();

    const welcome = await portal.mailbox.waitForMessage((m) => recipientsOf(m).includes(email), 30_000);
    const link = extractLink(welcome.text ?? '', '/auth/set-password');
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Crea tu contraseña' })).toBeVisible();
    const notEmailRule = page.getByRole('listitem').filter({ hasText: 'Distinta de tu correo' });
    await expect(notEmailRule).toHaveAttribute('data-met', 'false');
    // The address itself (any case) meets the length rule but not this one: no tick, no submit.
    await page.getByLabel('Nueva contraseña').fill(email.toUpperCase());
    await expect(notEmailRule).toHaveAttribute('data-met', 'false');
    await expect(page.getByRole('button', { name: 'Guardar y entrar' })).toBeDisabled();
    await page.getByLabel('Nueva contraseña').fill('una-clave-muy-larga-2026');
    await expect(notEmailRule).toHaveAttribute('data-met', 'true');
    await expect(notEmailRule).toContainText('✓');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.getByRole('button', { name: 'Guardar y entrar' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hola, Ana Nueva');

    // The used link says so before any form.
    await page.goto(link);
    await expect(page.getByText('Este enlace ha caducado o ya se ha usado.')).toBeVisible();
    await expect(page.getByLabel('Nueva contraseña')).toHaveCount(0);
  });

  test('the sign-in screens pass axe and work in English', async ({ page }) => {
    await page.goto('/auth/sign-in');
    await page.getByLabel('Idioma').selectOption('en');
    await expect(page.getByRole('heading', { name: 'Sign in to the portal' })).toBeVisible();
    for (const path of ['/auth/sign-in', '/auth/code', '/auth/link#token=x', '/auth/set-password#token=x']) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, `${path}: ${serious.map((v) => v.id).join(', ')}`).toEqual([]);
    }
  });
});
