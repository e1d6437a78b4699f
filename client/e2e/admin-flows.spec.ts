import type { Browser, Page } from '@playwright/test';
import { expectAccessible, signInAs, signInAsAdmin } from './helpers.js';
import { expect, test } from './portal.fixture.js';

/**
 * The flow editor (issue 6) as admin@portal.example on the demo data: the demo installation
 * FV-2026-0001 is at 'Documentación del cliente' (portal name "Documentación"). Renaming that
 * substate's portal name shows at once in solar@portal.example's timeline; reordering works with
 * the keyboard buttons; deleting the substate an installation is in is refused with the count.
 */

const SOLAR = 'solar@portal.example';
const DOCUMENTS = 'Documentación del cliente';

async function openDefaultFlow(page: Page): Promise<void> {
  await signInAsAdmin(page, '/admin/flows');
  await expect(page.getByRole('heading', { level: 1, name: 'Flujos de instalación' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Flujos de instalación' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Autoconsumo residencial' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Autoconsumo residencial' })).toBeVisible();
}

/**
 * Puts the demo substate back as shipped (other specs share this worker's database and read its
 * portal name), through the API with the admin's session.
 */
async function restoreDocumentsSubstate(page: Page): Promise<void> {
  const flows = await page.request.post('/graphql', {
    data: { query: '{ flows { states { substates { id internalName } } } }' },
  });
  const body = (await flows.json()) as { data: { flows: { states: { substates: { id: string; internalName: string }[] }[] }[] } };
  const substate = body.data.flows.flatMap((f) => f.states).flatMap((s) => s.substates).find((s) => s.internalName === DOCUMENTS)!;
  const restored = await page.request.post('/graphql', {
    data: {
      query: 'mutation ($id: ID!, $input: FlowSubstateInput!) { updateFlowSubstate(id: $id, input: $input) { id } }',
      variables: {
        id: substate.id,
        input: {
          internalName: DOCUMENTS,
          portalName: { es: 'Documentación', en: 'Documents' },
          portalDescription: {
            es: 'Sube los documentos que te pedimos para preparar tu oferta.',
            en: 'Upload the documents we ask for to prepare your offer.',
          },
          portalVisible: true,
          view: 'PARTICULAR',
          action: 'DOCUMENTS',
        },
      },
    },
  });
  expect(((await restored.json()) as { errors?: unknown }).errors).toBeUndefined();
}

/** Internal names of a state's substates, in order, as listed. */
function substateNames(page: Page, state: string) {
  return page.getByRole('list', { name: `Subestados de ${state}` }).locator(':scope > li strong');
}

test('rename a substate in the editor and the customer sees the new name in the timeline', async ({ page, browser, portal }) => {
  await openDefaultFlow(page);
  try {
    await renameAndSee(page, browser, portal.baseURL);
  } finally {
    await restoreDocumentsSubstate(page);
  }
});

async function renameAndSee(page: Page, browser: Browser, baseURL: string): Promise<void> {
  await expect(page.getByText('1 instalación').first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: `Editar ${DOCUMENTS}` }).click();
  const dialog = page.getByRole('dialog', { name: `Editar el subestado ${DOCUMENTS}` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);

  // A missing Spanish name is refused by the server and shown at the field; nothing typed is lost.
  const nameEs = dialog.getByLabel('Nombre en el portal (español)');
  await nameEs.fill('');
  await dialog.getByLabel('Descripción en el portal (español)').fill('Sube tu DNI y una factura reciente.');
  await dialog.getByRole('button', { name: 'Guardar' }).click();
  await expect(dialog.getByText('Este campo es obligatorio.')).toBeVisible();
  await expect(nameEs).toHaveAttribute('aria-invalid', 'true');
  await expect(nameEs).toBeFocused();
  await expect(dialog.getByLabel('Descripción en el portal (español)')).toHaveValue('Sube tu DNI y una factura reciente.');

  await nameEs.fill('Sube tus documentos');
  await dialog.getByRole('button', { name: 'Guardar' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('En el portal: Sube tus documentos')).toBeVisible();

  // The customer, in a browser of their own, reads the flow live.
  const customer = await browser.newContext({ baseURL, locale: 'es-ES' });
  const solar = await customer.newPage();
  await signInAs(solar, SOLAR, '/installation');
  await solar.getByRole('listitem').filter({ hasText: 'FV-2026-0001' }).getByRole('link').click();
  await expect(solar.getByRole('heading', { level: 2, name: 'Sube tus documentos' })).toBeVisible();
  await expect(solar.getByText('Sube tu DNI y una factura reciente.')).toBeVisible();
  await customer.close();
}

test('reorder with the keyboard buttons and refuse deleting the substate an installation is in', async ({ page }) => {
  await openDefaultFlow(page);
  const study = 'Visita técnica';
  await expect(substateNames(page, study)).toHaveText(['Dibujo de cubierta', 'Visita técnica', 'Revisión interna del estudio']);

  const down = page.getByRole('button', { name: 'Bajar Dibujo de cubierta' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(substateNames(page, study)).toHaveText(['Visita técnica', 'Dibujo de cubierta', 'Revisión interna del estudio']);
  // The keyboard stays on the moved substate's button.
  await expect(down).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(substateNames(page, study)).toHaveText(['Visita técnica', 'Revisión interna del estudio', 'Dibujo de cubierta']);
  await page.getByRole('button', { name: 'Subir Dibujo de cubierta' }).click();
  await page.getByRole('button', { name: 'Subir Dibujo de cubierta' }).click();
  await expect(substateNames(page, study)).toHaveText(['Dibujo de cubierta', 'Visita técnica', 'Revisión interna del estudio']);

  // States move too; the order survives a reload (it is saved).
  await page.getByRole('button', { name: 'Bajar el estado Alta' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Estado 1: Visita técnica' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: 'Estado 2: Alta' })).toBeVisible();
  await page.getByRole('button', { name: 'Subir el estado Alta' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Estado 1: Alta' })).toBeVisible();

  // FV-2026-0001 is in 'Documentación del cliente': deleting it is refused, saying how many.
  page.once('dialog', (confirm) => void confirm.accept());
  await page.getByRole('button', { name: `Eliminar ${DOCUMENTS}` }).click();
  await expect(page.getByRole('alert')).toHaveText('1 instalación está en este subestado; muévela antes de borrarlo.');
  await expect(substateNames(page, 'Alta')).toHaveText(['Registro recibido', DOCUMENTS]);
  await expectAccessible(page);
});

test('add a substate, drag it to another state, and delete it', async ({ page }) => {
  await openDefaultFlow(page);
  await page.getByRole('button', { name: 'Añadir subestado a Oferta' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nuevo subestado en Oferta' });
  await dialog.getByLabel('Nombre interno').fill('Revisión de la oferta');
  await dialog.getByLabel('Nombre en el portal (español)').fill('Revisamos tu oferta');
  await dialog.getByLabel('Vista').selectOption('PARTICULAR');
  await dialog.getByRole('button', { name: 'Guardar' }).click();
  // A particular view needs an action: said at the action field.
  await expect(dialog.getByText('Elige la acción que verá el cliente en una vista particular.')).toBeVisible();
  await dialog.getByLabel('Acción del cliente').selectOption('OFFER');
  await dialog.getByRole('button', { name: 'Guardar' }).click();
  await expect(dialog).toBeHidden();
  await expect(substateNames(page, 'Oferta')).toHaveText(['Oferta compartida', 'Revisión de la oferta']);

  // Native drag and drop onto the first substate of "Firma".
  const dragged = page.getByRole('list', { name: 'Subestados de Oferta' }).locator('li', { hasText: 'Revisión de la oferta' });
  const target = page.getByRole('list', { name: 'Subestados de Firma' }).locator('li', { hasText: 'Firma de contrato' });
  await dragged.dragTo(target);
  await expect(substateNames(page, 'Firma')).toHaveText(['Revisión de la oferta', 'Firma de contrato']);
  await expect(substateNames(page, 'Oferta')).toHaveText(['Oferta compartida']);

  page.once('dialog', (confirm) => void confirm.accept());
  await page.getByRole('button', { name: 'Eliminar Revisión de la oferta' }).click();
  await expect(substateNames(page, 'Firma')).toHaveText(['Firma de contrato']);
});
