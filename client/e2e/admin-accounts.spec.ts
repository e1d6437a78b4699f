import type { Page } from '@playwright/test';
import { extractLink, recipientsOf } from '../../server/test/smtp.js';
import { expectAccessible, signInAsAdmin } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect, test } from './portal.fixture.js';

/**
 * Customer accounts, contract activation, settings and client registration (issue 6) as
 * admin@portal.example on the demo data: Marco Rossi's DRAFT contract CT-2026-900001 (no user
 * has his billing e-mail); a registered solar client gets the portal link by e-mail and sees
 * their installation at its first step.
 */

const DRAFT_CODE = 'CT-2026-900001';
const MARCO_EMAIL = 'marco.rossi@example.es';

/** Other specs share this worker's database: leave automatic creation off, as shipped. */
async function automaticCreationOff(page: Page): Promise<void> {
  const answer = await page.request.post('/graphql', {
    data: { query: 'mutation { updateSettings(input: { automaticUserCreation: false }) { automaticUserCreation } }' },
  });
  expect((await answer.json()).errors).toBeUndefined();
}

test.describe('admin: customer accounts', () => {
  test('turn automatic user creation on, activate a DRAFT contract and see the new user', async ({ page, portal }) => {
    await signInAsAdmin(page, '/admin/settings');
    try {
      await expect(page.getByRole('heading', { level: 1, name: 'Configuración' })).toBeVisible();
      const automatic = page.getByLabel('Crear usuarios automáticamente al activar un contrato');
      await expect(automatic).not.toBeChecked();
      await expectAccessible(page);
      await automatic.check();
      await page.getByLabel('Tipo de usuario de los usuarios creados automáticamente').selectOption('WEB_CLIENT_MEASUREMENTS');
      await page.getByRole('button', { name: 'Guardar cambios' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Cambios guardados.' })).toBeVisible();
      await page.reload();
      await expect(page.getByLabel('Crear usuarios automáticamente al activar un contrato')).toBeChecked();

      // The accounts list, searched through the URL.
      await page.goto('/admin/accounts');
      await expect(page.getByRole('heading', { level: 1, name: 'Cuentas cliente' })).toBeVisible();
      await page.getByLabel('Buscar', { exact: true }).fill('rossi');
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      await expect(page).toHaveURL(/\?q=rossi$/);
      const table = page.getByRole('table', { name: 'Cuentas cliente' });
      await expect(table.getByRole('row')).toHaveCount(2);
      await expect(table).toContainText('1 por activar');
      await expectAccessible(page);
      await table.getByRole('link', { name: 'Marco Rossi Bianchi' }).click();

      // The detail: activate the DRAFT contract after confirming.
      await expect(page.getByRole('heading', { level: 1, name: 'Marco Rossi Bianchi' })).toBeVisible();
      const contracts = page.getByRole('table', { name: 'Contratos de la cuenta' });
      await expect(contracts.getByRole('row').filter({ hasText: DRAFT_CODE })).toContainText('Borrador');
      await expect(page.getByRole('table', { name: 'Usuarios que ven esta cuenta' })).toHaveCount(0);
      await expectAccessible(page);
      // It starts next month on a CUPS whose contract is in force: refused, naming that contract and its dates.
      await page.getByRole('button', { name: `Activar el contrato ${DRAFT_CODE}` }).click();
      await expect(page.getByRole('group', { name: `Activar el contrato ${DRAFT_CODE}` })).toContainText('¿Activar el contrato');
      await page.getByRole('button', { name: 'Sí, activar' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: DRAFT_CODE });
      await expect(refusal).toContainText(new RegExp(`No se ha activado el contrato ${DRAFT_CODE}: se solapa con el contrato CT-[\\d-]+, en vigor desde el \\d{2}/\\d{2}/\\d{4}`));
      await expect(refusal).toContainText('Marca «Sustituir el contrato en vigor»');
      await expect(contracts.getByRole('row').filter({ hasText: DRAFT_CODE })).toContainText('Borrador');
      await expectAccessible(page);

      // Replacing, as the admin says: the old one ends the day before; the new one is scheduled until it starts.
      await page.getByRole('button', { name: `Activar el contrato ${DRAFT_CODE}` }).click();
      await page.getByLabel(/^Sustituir el contrato en vigor de este CUPS/).check();
      await page.getByRole('button', { name: 'Sí, activar' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Contrato' })).toContainText(
        `Se ha creado el usuario ${MARCO_EMAIL} y se le ha enviado el correo de bienvenida.`,
      );
      await expect(contracts.getByRole('row').filter({ hasText: DRAFT_CODE })).toContainText('Programado');
      const users = page.getByRole('table', { name: 'Usuarios que ven esta cuenta' });
      await expect(users.getByRole('row').filter({ hasText: MARCO_EMAIL })).toContainText('Invitado');
      await expectAccessible(page);

      // Welcomed by e-mail, and listed by the users API.
      const welcome = await portal.mailbox.waitForMessage((m) => recipientsOf(m).includes(MARCO_EMAIL), 30_000);
      expect(extractLink(welcome.text ?? '', '/auth/set-password')).toBeTruthy();
      const found = await page.request.post('/graphql', {
        data: { query: 'query ($s: String) { users(search: $s) { nodes { email userTypes status } } }', variables: { s: MARCO_EMAIL } },
      });
      expect((await found.json()).data.users.nodes).toEqual([{ email: MARCO_EMAIL, userTypes: ['WEB_CLIENT_MEASUREMENTS'], status: 'INVITED' }]);
    } finally {
      await automaticCreationOff(page);
    }
  });

  test('register a solar client: the portal link e-mail opens their installation at its first step', async ({ page, portal, browser }) => {
    const email = 'nuria.campos@example.com';
    await signInAsAdmin(page, '/admin/accounts');
    await page.getByRole('link', { name: 'Alta de cliente' }).click();
    await expect(page).toHaveURL(/\/admin\/accounts\/register$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Alta de cliente solar' })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Nombre y apellidos o razón social').fill('Nuria Campos Vidal');
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Teléfono').fill('12345');
    await page.getByLabel('Dirección de la instalación').fill('Calle Betis 12, 41010 Sevilla');
    // The fiscal ID is checked as it is typed; it is optional, so clear it again.
    await page.getByLabel('NIF (opcional)').fill('12345678A');
    await expect(page.getByText('El carácter de control no es correcto; revisa que esté bien escrito.')).toBeVisible();
    await page.getByLabel('NIF (opcional)').fill('');
    await page.getByRole('button', { name: 'Dar de alta' }).click();

    // The server's refusal shows next to the phone; nothing typed is lost.
    const phone = page.getByLabel('Teléfono');
    await expect(page.getByText('Escribe un teléfono español de 9 cifras o uno internacional que empiece por +.')).toBeVisible();
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(phone).toBeFocused();
    await expect(page.getByLabel('Nombre y apellidos o razón social')).toHaveValue('Nuria Campos Vidal');
    await expectAccessible(page);
    await phone.fill('612 345 678');
    await page.getByRole('button', { name: 'Dar de alta' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Cliente dado de alta' })).toBeVisible();
    const done = page.getByRole('status').filter({ hasText: 'Se ha creado la instalación' });
    await expect(done).toContainText(`Se ha enviado el enlace de acceso al portal a ${email}.`);
    const code = (/FV-\d{4}-\d{4}/.exec((await done.textContent()) ?? '') ?? [])[0]!;
    expect(code).toBeTruthy();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Ver la cuenta' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nuria Campos Vidal' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Instalaciones solares de la cuenta' })).toContainText(code);
    await expect(page.getByRole('table', { name: 'Usuarios que ven esta cuenta' })).toContainText(email);

    // The client-registered e-mail: its magic link signs the client in, in a fresh browser.
    const message = await portal.mailbox.waitForMessage((m) => recipientsOf(m).includes(email), 30_000);
    expect(message.subject).toBe('Ya tienes acceso a tu Portal de clientes');
    const link = extractLink(message.text ?? '', '/auth/link');
    const context = await browser.newContext({ baseURL: portal.baseURL, locale: 'es-ES' });
    try {
      const customer = await context.newPage();
      await customer.goto(link);
      await customer.getByRole('button', { name: 'Entrar al portal' }).click();
      await expect(customer.getByRole('navigation', { name: 'Secciones' })).toBeVisible();
      // Their only installation opens directly.
      await customer.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Instalación' }).click();
      await expect(customer.getByRole('heading', { level: 1, name: 'Tu instalación' })).toBeVisible();
      await expect(customer.getByText(`Referencia ${code}`)).toBeVisible();
      const timeline = customer.getByRole('region', { name: 'Estado de tu instalación' });
      const now = timeline.getByRole('listitem').filter({ hasText: 'Ahora' });
      await expect(now).toContainText('Alta del cliente');
      await expect(now).toHaveAttribute('aria-current', 'step');
      await expect(timeline.getByRole('listitem').filter({ hasText: 'Paso anterior' })).toContainText('—');
      await expectAccessible(customer);
    } finally {
      await context.close();
    }
  });

  test('set the prices of a contract: each field checked with the reason, decimal comma accepted, saved', async ({ page }) => {
    // Two axe runs and the layout at three widths on a machine shared with other builds.
    test.setTimeout(180_000);
    await signInAsAdmin(page, '/admin/accounts?q=rossi');
    await page.getByRole('table', { name: 'Cuentas cliente' }).getByRole('link', { name: 'Marco Rossi Bianchi' }).click();
    await page.getByRole('button', { name: `Precios de la energía del contrato ${DRAFT_CODE}` }).click();
    const form = page.getByRole('form', { name: new RegExp(`^Precios del contrato ${DRAFT_CODE}`) });
    await expect(form.getByLabel('Energía P1')).toBeVisible();
    await expect(form.getByLabel('Energía P4')).toHaveCount(0);

    // A €/MWh figure and a malformed one: each field says what is wrong, and saving moves to the first.
    await form.getByLabel('Energía P1').fill('189,5');
    await form.getByLabel('Compensación de excedentes').fill('0.06.1');
    await expect(form.getByText('Energía P1: más de 5 €/kWh no es un precio de la energía')).toBeVisible();
    await expect(form.getByText('Compensación de excedentes: escribe un precio en €/kWh')).toBeVisible();
    await form.getByRole('button', { name: 'Guardar precios' }).click();
    await expect(form.getByLabel('Energía P1')).toBeFocused();
    await expect(form.getByLabel('Energía P1')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    await expectFitsEveryWidth(page, 'admin-contract-prices');

    // Fixed, with a decimal comma: saved, and shown to the µ€ when the form opens again.
    await form.getByLabel('Energía P1').fill('0,1895');
    await form.getByLabel('Energía P2').fill('0.12');
    await form.getByLabel('Energía P3').fill('');
    await form.getByLabel('Compensación de excedentes').fill('0,05');
    await form.getByRole('button', { name: 'Guardar precios' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Precios del contrato ${DRAFT_CODE} guardados.` })).toBeVisible();
    await page.getByRole('button', { name: `Precios de la energía del contrato ${DRAFT_CODE}` }).click();
    await expect(form.getByLabel('Energía P1')).toHaveValue('0.189500');
    await expect(form.getByLabel('Energía P2')).toHaveValue('0.120000');
    await expect(form.getByLabel('Energía P3')).toHaveValue('');
    await expect(form.getByLabel('Compensación de excedentes')).toHaveValue('0.050000');
  });
});
