import { extractCode, recipientsOf } from '../../server/test/smtp.js';
import { expectAccessible, signInAsAdmin } from './helpers.js';
import { expect, test } from './portal.fixture.js';

const SENTENCE = 'Si no has pedido este código, escríbenos a soporte.';

test.describe('e-mail templates and actions (admin)', () => {
  test('editing the template login-code sends changes the sign-in code e-mail', async ({ page, portal }) => {
    await signInAsAdmin(page, '/admin/templates');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plantillas de correo');
    await expectAccessible(page);

    // The template the login-code action sends, as the list says.
    const row = page.getByRole('row').filter({ hasText: 'Portal: login-code' });
    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Plantilla /);
    const body = page.getByLabel('Cuerpo', { exact: true });
    const original = await body.inputValue();
    expect(original).toContain('|client_code_verification|');
    await expect(page.getByRole('button', { name: 'Insertar |client_code_verification|' })).toBeVisible();

    // An unknown variable is flagged as it is typed, and the save does not go through.
    await body.fill(`${original}\n\n|codigo_cliente|`);
    await expect(page.getByText('Variables desconocidas: |codigo_cliente|.')).toBeVisible();
    await expect(page.getByTestId('preview-body')).toContainText('123456');
    await expect(page.getByTestId('preview-body')).toContainText('|codigo_cliente|');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(body).toBeFocused();
    await expect(page.locator('.field-error')).toContainText('|codigo_cliente|');

    // The distinctive sentence instead, saved.
    await body.fill(`${original}\n\n${SENTENCE}`);
    await expect(page.getByText(/Variables desconocidas/)).toHaveCount(0);
    await expect(page.getByTestId('preview-body')).toContainText(SENTENCE);
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Plantilla guardada.' })).toBeVisible();
    await expectAccessible(page);

    // A test send reaches the admin's own mailbox, with sample values.
    await page.getByRole('button', { name: 'Enviar prueba a mi correo' }).click();
    await expect(page.getByText('Prueba enviada a admin@portal.example')).toBeVisible();
    const testMessage = await portal.mailbox.waitForMessage(
      (message) => recipientsOf(message).includes('admin@portal.example') && (message.subject ?? '').startsWith('[Prueba]'),
      30_000,
    );
    expect(testMessage.text).toContain(SENTENCE);
    expect(testMessage.text).toContain('123456');

    // The customer asks for a code: the message has the new text and a code that works.
    await page.context().clearCookies();
    await page.goto('/auth/code');
    await page.getByLabel('Correo electrónico').fill('cliente@portal.example');
    await page.getByRole('button', { name: 'Enviar código' }).click();
    await expect(page.getByRole('status')).toContainText('Caduca en 5 minutos');
    const message = await portal.mailbox.waitForMessage((candidate) => recipientsOf(candidate).includes('cliente@portal.example'), 30_000);
    expect(message.text).toContain(SENTENCE);
    await page.getByLabel('Código de verificación').fill(extractCode(message.text ?? ''));
    await page.getByRole('button', { name: 'Aceptar' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola');
  });

  test('login-code is refused a template without |client_code_verification|; actions screens pass axe', async ({ page }) => {
    await signInAsAdmin(page, '/admin/actions');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acciones');
    await expect(page.getByRole('table', { name: /Acciones automáticas/ })).toContainText('client-registered');
    await expectAccessible(page);

    // An automatic action whose template needs a variable the trigger does not give.
    await page.getByLabel('Cuando', { exact: true }).selectOption('CONTRACT_ACTIVATED');
    await page.getByLabel('Enviar la plantilla').selectOption('welcome');
    await page.getByRole('button', { name: 'Crear acción' }).click();
    await expect(page.getByText('La plantilla usa |link_valid_days|')).toBeVisible();
    // Created switched off and deleted again: other journeys on this server get no extra e-mail.
    await page.getByLabel('Enviar la plantilla').selectOption('magic-link');
    await page.getByLabel('Activa', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Crear acción' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Acción creada.' })).toBeVisible();
    const created = page.getByLabel('Activa: Contrato activado → magic-link');
    await expect(created).not.toBeChecked();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Borrar la acción Contrato activado → magic-link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Acción borrada.' })).toBeVisible();
    await expect(created).toHaveCount(0);

    await page.getByRole('tab', { name: 'Portal de cliente' }).click();
    await expect(page).toHaveURL(/tab=portal/);
    const select = page.getByLabel('Plantilla de Código de acceso (login-code)');
    await expect(select).toHaveValue('login-code');
    await select.selectOption('magic-link');
    await page.getByRole('button', { name: 'Guardar Código de acceso (login-code)' }).click();
    await expect(page.getByRole('alert')).toContainText('no contiene |client_code_verification|');
    await expect(select).toHaveValue('magic-link');
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByLabel('Plantilla de Código de acceso (login-code)')).toHaveValue('login-code');
  });
});
