import { DEMO_ACCOUNTS, DEMO_SUPPLY_POINTS } from '../../server/src/demo/demo-data.js';
import { extractLink, recipientsOf } from '../../server/test/smtp.js';
import { expectAccessible, navLinks, signInAsAdmin } from './helpers.js';
import { expect, test } from './portal.fixture.js';

// Issue 6's first journey: an admin creates a user scoped by a CIF and a related fiscal ID,
// restricted to one CUPS picked from the live list; the user sets a password from the welcome
// e-mail and sees only that CUPS. Then "act as this customer": read-only, and back.

const CIF = DEMO_ACCOUNTS.company.fiscalId;
const RELATED = DEMO_ACCOUNTS.relatedCompany.fiscalId;
const CHOSEN = DEMO_SUPPLY_POINTS.companyWarehouse.cups;

test.describe('admin users', () => {
  test('create a scoped user from the live CUPS list; they set a password and see only that CUPS', async ({ page, portal, browser, baseURL }) => {
    await signInAsAdmin(page, '/admin/users');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Usuarios');
    await expect(page.getByRole('table', { name: 'Usuarios del portal' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Nuevo usuario' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nuevo usuario');
    const email = `compras.${Date.now()}@talleresnorte.example.es`;
    await page.getByLabel('Nombre', { exact: true }).fill('Compras Talleres Norte');
    await page.getByLabel('Correo electrónico').fill(email);
    // No user type yet: refused before anything is sent, at the types.
    await page.getByRole('button', { name: 'Crear y enviar bienvenida' }).click();
    await expect(page.getByText('Elige al menos un tipo de usuario.')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Web cliente', exact: true }).check();
    await page.getByLabel('CIF', { exact: true }).fill(CIF);
    // The CIF's own CUPS appear before anything is saved.
    await expect(page.getByText('3 CUPS disponibles')).toBeVisible();

    await page.getByRole('button', { name: 'Añadir identificador' }).click();
    const related = page.getByLabel('Identificador relacionado 1', { exact: true });
    // Validated as typed: a wrong control character is flagged at once.
    await related.fill(`${RELATED.slice(0, 8)}0`);
    await expect(related).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('El carácter de control no es correcto')).toBeVisible();
    await related.fill(RELATED);
    await expect(related).not.toHaveAttribute('aria-invalid', 'true');
    // The related company's CUPS join the list, still unsaved.
    await expect(page.getByText('4 CUPS disponibles')).toBeVisible();
    await page.getByRole('checkbox', { name: new RegExp(CHOSEN) }).check();
    await expectAccessible(page);

    // An e-mail another user has: the server's answer is shown at the e-mail field, nothing typed is lost.
    const emailField = page.getByLabel('Correo electrónico');
    await emailField.fill('cliente@portal.example');
    await page.getByRole('button', { name: 'Crear y enviar bienvenida' }).click();
    await expect(emailField).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Otro usuario ya usa este correo.')).toBeVisible();
    await expect(emailField).toBeFocused();
    await expect(page.getByRole('checkbox', { name: new RegExp(CHOSEN) })).toBeChecked();
    await expect(related).toHaveValue(RELATED);
    await emailField.fill(email);
    await expect(emailField).not.toHaveAttribute('aria-invalid', 'true');

    await page.getByRole('button', { name: 'Crear y enviar bienvenida' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compras Talleres Norte');
    await expect(page.getByText('Usuario creado. Se ha enviado el correo de bienvenida.')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: new RegExp(CHOSEN) })).toBeChecked();
    await expectAccessible(page);

    // The welcome e-mail arrives; its link opens in another browser (no admin session there).
    const welcome = await portal.mailbox.waitForMessage((m) => recipientsOf(m).includes(email), 30_000);
    const link = extractLink(welcome.text ?? '', '/auth/set-password');
    const customer = await browser.newContext({ baseURL, locale: 'es-ES' });
    const customerPage = await customer.newPage();
    await customerPage.goto(link);
    await customerPage.getByLabel('Nueva contraseña').fill('compras-talleres-2026');
    await customerPage.getByRole('button', { name: 'Guardar y entrar' }).click();
    await expect(customerPage.getByRole('heading', { level: 1 })).toHaveText('Hola, Compras Talleres Norte');
    await expect(navLinks(customerPage)).toHaveText(['Inicio', 'Documentos', 'Contratos', 'Facturas']);

    await navLinks(customerPage).filter({ hasText: 'Contratos' }).click();
    await expect(customerPage.getByRole('heading', { level: 1 })).toHaveText('Contratos');
    const cupsCells = customerPage.getByRole('table').locator('tbody tr td:nth-child(2)');
    await expect(cupsCells.first()).toHaveText(CHOSEN);
    expect(new Set(await cupsCells.allTextContents())).toEqual(new Set([CHOSEN]));
    await customer.close();

    // The admin now sees the user's session.
    await page.reload();
    await expect(page.getByRole('table', { name: /Sesiones abiertas de Compras Talleres Norte/ }).getByRole('row')).toHaveCount(2);
  });

  test('act as a customer: marked, read-only, audited, and back to administration', async ({ page }) => {
    const name = DEMO_ACCOUNTS.person.name;
    await signInAsAdmin(page, '/admin/users?q=cliente%40portal.example');
    await expect(page.getByRole('searchbox', { name: 'Buscar por correo o nombre' })).toHaveValue('cliente@portal.example');
    await page.getByRole('link', { name: 'cliente@portal.example' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    const detailUrl = page.url();

    await page.getByRole('button', { name: 'Actuar como este cliente' }).click();
    await expect(page).toHaveURL(/\/$/);
    const banner = page.getByRole('region', { name: 'Vista de cliente' });
    await expect(banner).toContainText(`Viendo el portal como ${name} — solo lectura`);
    await expect(navLinks(page)).toHaveText(['Inicio', 'Documentos', 'Contratos', 'Facturas']);
    await expectAccessible(page);

    // A change is refused: the name stays as it was.
    await page.goto('/profile');
    await expect(banner).toBeVisible();
    const nameField = page.getByLabel('Nombre', { exact: true });
    await nameField.fill('Nombre Cambiado');
    await page.getByRole('button', { name: 'Guardar nombre' }).click();
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Nombre guardado')).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('Nombre', { exact: true })).toHaveValue(name);

    await banner.getByRole('button', { name: 'Volver a administración' }).click();
    await expect(page).toHaveURL(detailUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('region', { name: 'Vista de cliente' })).toHaveCount(0);
    const audit = page.getByRole('table', { name: /Acciones de administración sobre/ });
    await expect(audit).toContainText('Empezó a ver el portal como el cliente');
    await expect(audit).toContainText('Dejó de ver el portal como el cliente');
    await expectAccessible(page);
  });
});
