import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { addFaceByCoordinates, ensureOfferAccepted, expectAccessible, graphql, installationOf, isAction, moveTo, navLinks, openInstallation, openRoofDrawing, signInAs, smallPdf } from './helpers.js';
import { DEMO_PASSWORD, expect, test } from './portal.fixture.js';

/**
 * The solar customer's journeys (issue 5) as solar@portal.example on the demo data:
 * FV-2026-0001 waits for documents (three requests, a technical visit in 5 days) and
 * FV-2026-0002 has one shared offer and a contract to sign. Every journey first puts the
 * installation it needs in the right substate (as an admin, through the API), so the journeys
 * do not depend on each other's order.
 */

const SOLAR = 'solar@portal.example';
const HOME = 'FV-2026-0001';
const FARM = 'FV-2026-0002';

async function downloaded(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFile(file);
}


test.describe('solar installation journeys', () => {
  test('follow the timeline: the list of installations, then one with its previous, current and next state', async ({ page, request }) => {
    await signInAs(page, SOLAR);
    // "Paso anterior" is where each came from (its history): HOME from the signing step, FARM from the study.
    await moveTo(page, request, HOME, isAction('CONTRACT_SIGNING'));
    await moveTo(page, request, HOME, isAction('DOCUMENTS'));
    await moveTo(page, request, FARM, isAction('DRAWING'));
    await moveTo(page, request, FARM, isAction('OFFER'));

    await navLinks(page).filter({ hasText: 'Instalación' }).click();
    await expect(page).toHaveURL(/\/installation$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tu instalación' })).toBeVisible();
    const cards = page.locator('.installation-list > li');
    await expect(cards).toHaveCount(2);
    await expect(cards.filter({ hasText: `Referencia ${HOME}` })).toContainText('Alta del cliente');
    await expect(cards.filter({ hasText: `Referencia ${FARM}` })).toContainText('Oferta');
    await expectAccessible(page);

    await cards.filter({ hasText: `Referencia ${HOME}` }).getByRole('link').click();
    const timeline = page.getByRole('region', { name: 'Estado de tu instalación' });
    const now = timeline.getByRole('listitem').filter({ hasText: 'Ahora' });
    await expect(now).toContainText('Alta del cliente');
    await expect(now).toHaveAttribute('aria-current', 'step');
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Siguiente paso' })).toContainText('Estudio técnico');
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Paso anterior' })).toContainText('Firma del contrato');
    await expect(page.getByRole('heading', { level: 2, name: 'Documentación' })).toBeVisible();
    await expectAccessible(page);

    // The other one came to the offer from the study.
    await page.goBack();
    await cards.filter({ hasText: `Referencia ${FARM}` }).getByRole('link').click();
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Paso anterior' })).toContainText('Estudio técnico');
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Ahora' })).toContainText('Oferta');
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Siguiente paso' })).toContainText('Firma del contrato');
    await expect(page.getByRole('heading', { level: 2, name: 'Elige tu oferta' })).toBeVisible();
  });

  test('upload a requested document: progress, then the request is uploaded; a disguised text file is refused', async ({ page, request }) => {
    await signInAs(page, SOLAR);
    await moveTo(page, request, HOME, isAction('DOCUMENTS'));
    await openInstallation(page, HOME);
    const requests = page.getByRole('list', { name: 'Documentos que te pedimos' }).locator(':scope > li');
    await expect(requests).toHaveCount(3);
    const pending = requests.filter({ hasText: 'Pendiente' });
    expect(await pending.count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);

    const item = pending.first();
    const name = (await item.getByRole('heading', { level: 3 }).textContent())!;
    // Slow the upload down a little so its progress shows.
    await page.route('**/uploads/document-requests/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await item.getByLabel(`Archivo para «${name}»`).setInputFiles({ name: 'dni.pdf', mimeType: 'application/pdf', buffer: smallPdf() });
    await expect(item.getByRole('progressbar', { name: 'Subiendo dni.pdf' })).toBeVisible();
    const done = requests.filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
    await expect(done).toContainText('Recibido, en revisión');
    await expect(done.getByRole('link', { name: /Descargar el archivo enviado: dni\.pdf/ })).toBeVisible();
    await page.unroute('**/uploads/document-requests/**');

    // A text file named .pdf: the server checks the bytes and refuses it, the request stays pending.
    const other = requests.filter({ hasText: 'Pendiente' }).first();
    const otherName = (await other.getByRole('heading', { level: 3 }).textContent())!;
    await other
      .getByLabel(`Archivo para «${otherName}»`)
      .setInputFiles({ name: 'factura.pdf', mimeType: 'application/pdf', buffer: Buffer.from('esto no es un PDF, solo texto\n') });
    await expect(other.getByRole('alert')).toHaveText('Ese tipo de archivo no se admite. Sube un PDF, JPEG, PNG o HEIC.');
    await expect(other).toContainText('Pendiente');
    await expectAccessible(page);
  });

  test('offer: download the PDF, accept it after confirming, see it accepted', async ({ page, request }) => {
    await signInAs(page, SOLAR);
    await moveTo(page, request, FARM, isAction('OFFER'));
    await openInstallation(page, FARM);
    const offer = page.locator('li[data-status]').filter({ hasText: 'Autoconsumo 5,6 kWp' });
    await expect(offer).toBeVisible();
    await expect(offer).toContainText('6.890,00 €');
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), offer.getByRole('link', { name: 'Descargar PDF' }).click()]);
    expect((await downloaded(download)).subarray(0, 4).toString('latin1')).toBe('%PDF');

    if ((await offer.getAttribute('data-status')) === 'SHARED') {
      await offer.getByRole('button', { name: 'Aceptar esta oferta' }).click();
      const confirm = page.getByRole('group', { name: '¿Aceptar la oferta «Autoconsumo 5,6 kWp»?' });
      await expect(confirm).toContainText('6.890,00 €');
      await expectAccessible(page);
      await confirm.getByRole('button', { name: 'Sí, aceptar la oferta' }).click();
      await expect(page.getByText('Has aceptado la oferta «Autoconsumo 5,6 kWp»')).toBeVisible();
    }
    await expect(offer).toHaveAttribute('data-status', 'ACCEPTED');
    await expect(offer).toContainText('Aceptada');
    await expect(offer.getByRole('button', { name: 'Aceptar esta oferta' })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('visit: the window and the installer, and an .ics for the calendar', async ({ page, request }) => {
    await signInAs(page, SOLAR);
    await moveTo(page, request, HOME, (step) => step.action === 'INSTALLER_VISIT' && step.name.es === 'Visita técnica');
    await page.reload();
    await openInstallation(page, HOME);
    await expect(page.getByRole('heading', { level: 2, name: 'Visita técnica' })).toBeVisible();
    const visit = page.getByRole('region', { name: 'Tu visita' });
    await expect(visit).toContainText('de 10:00 a 12:00');
    await expect(visit).toContainText('Lucía Fernández');
    await expect(visit).toContainText('Solar Bética Instalaciones');
    await expect(visit.getByRole('link', { name: /Llamar a Lucía Fernández/ })).toHaveAttribute('href', 'tel:+34954112358');
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), visit.getByRole('link', { name: 'Añadir al calendario' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = (await downloaded(download)).toString('utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toMatch(/DTSTART[:;]/);
  });

  test('roof: add a face by coordinates, see area and kWp live, save it, and it is still there after a reload', async ({ page, request }) => {
    const { faces, before } = await openRoofDrawing(page, request, SOLAR, HOME);
    const totals = page.locator('.roof-totals');
    await expectAccessible(page);

    // About 9.7 m × 6.7 m in Sevilla: some 65 m² in plan.
    await addFaceByCoordinates(page, ['37.35000, -6.05000', '37.35006, -6.05000', '37.35006, -6.04989', '37.35000, -6.04989']);
    await expect(faces).toHaveCount(before + 1);
    const face = faces.last();
    await expect(face).toContainText(`Cara ${before + 1}`);
    const planArea = face.locator('dt', { hasText: 'Superficie en planta' }).locator('xpath=following-sibling::dd[1]');
    await expect(planArea).toHaveText(/^6\d,\d m²$/);
    const kwp = face.locator('dt', { hasText: 'Potencia pico' }).locator('xpath=following-sibling::dd[1]');
    await expect(kwp).toHaveText(/^\d+,\d\d kWp$/);
    expect(await kwp.textContent()).not.toBe('0,00 kWp');
    // The roof's totals follow (only this face counts on a roof drawn for the first time).
    if (before === 0) await expect(totals).toContainText((await kwp.textContent())!);

    // Tilting the face (30° by default) changes the usable area at once.
    const usable = face.locator('dt', { hasText: 'Superficie aprovechable' }).locator('xpath=following-sibling::dd[1]');
    const flatter = await usable.textContent();
    await face.getByLabel('Inclinación (grados)').fill('45');
    await expect(usable).not.toHaveText(flatter!);
    await expect(page.getByRole('status').filter({ hasText: 'Tienes cambios sin guardar' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Guardar tejado' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tejado guardado' })).toContainText(/Tejado guardado: \d+ placas, \d+,\d\d kWp\./);

    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Dibuja tu tejado' })).toBeVisible();
    await expect(faces).toHaveCount(before + 1);
    await expect(faces.last().getByLabel('Inclinación (grados)')).toHaveValue('45');
    await expect(faces.last()).toContainText(/6\d,\d m²/);
    await expect(page.getByRole('status').filter({ hasText: 'Guardado por última vez' })).toBeVisible();
    await expectAccessible(page);
  });

  test('signing: the accepted offer and a signed copy uploaded', async ({ page, request }) => {
    await signInAs(page, SOLAR);
    // The offer journey may not have run: accept the offer through the API if it is still open.
    await ensureOfferAccepted(page, request, FARM);
    await moveTo(page, request, FARM, isAction('CONTRACT_SIGNING'));
    await openInstallation(page, FARM);
    await expect(page.getByRole('heading', { level: 2, name: 'Firma los documentos' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Documentos para firmar' });
    const offer = list.locator(':scope > li').filter({ hasText: 'Oferta aceptada' });
    await expect(offer).toContainText('Autoconsumo 5,6 kWp');
    await expectAccessible(page);

    const contract = list.locator(':scope > li').filter({ hasNotText: 'Oferta aceptada' }).first();
    const title = (await contract.getByRole('heading', { level: 3 }).textContent())!;
    const [download] = await Promise.all([page.waitForEvent('download'), contract.getByRole('link', { name: `Descargar para firmar: «${title}»` }).click()]);
    expect((await downloaded(download)).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const label = contract.getByLabel(new RegExp(`(Copia firmada de|Sustituir la copia firmada de) «${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}»`));
    await label.setInputFiles({ name: 'contrato-firmado.pdf', mimeType: 'application/pdf', buffer: smallPdf() });
    await expect(contract).toContainText('Firmado el');
    await expect(contract.getByRole('link', { name: `Ver la copia firmada: «${title}»` })).toBeVisible();
    // Signed once every document to sign is (issue 17: not before).
    if ((await list.locator(':scope > li:not([data-signed])').filter({ hasText: /Pendiente de firma/ }).count()) === 0) await expect(offer).toContainText('Aceptada y firmada');
    await expectAccessible(page);
  });

  test('incident: report one of a type with a description and an attachment, then see it in the list and its detail', async ({ page }) => {
    await signInAs(page, SOLAR);
    await navLinks(page).filter({ hasText: 'Incidencias' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Incidencias' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Nueva incidencia' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nueva incidencia' })).toBeVisible();
    // Sending it empty names what is missing.
    await page.getByRole('button', { name: 'Enviar incidencia' }).click();
    await expect(page.getByText('Elige el tipo de incidencia.')).toBeVisible();
    await expectAccessible(page);

    const description = `El inversor muestra un error E-${Date.now() % 100000} desde esta mañana.`;
    await page.getByLabel('Tipo de incidencia').selectOption({ label: 'Avería' });
    const installationSelect = page.getByLabel('Instalación (opcional)');
    const homeOption = installationSelect.locator('option', { hasText: HOME });
    await installationSelect.selectOption((await homeOption.getAttribute('value'))!);
    await page.getByLabel('Descripción').fill(description);
    await page.getByLabel('Archivo adjunto (opcional)').setInputFiles({ name: 'foto-inversor.pdf', mimeType: 'application/pdf', buffer: smallPdf() });
    await page.getByRole('button', { name: 'Enviar incidencia' }).click();

    await expect(page.getByRole('heading', { level: 1, name: /^Incidencia del / })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const details = page.locator('.incident-detail');
    await expect(details).toContainText('Avería');
    await expect(details).toContainText('Abierta');
    await expect(details).toContainText(description);
    await expect(details).toContainText(HOME);
    await expect(details.getByRole('link', { name: 'Descargar foto-inversor.pdf' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Conversación' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Volver a las incidencias' }).click();
    const row = page.getByRole('row').filter({ hasText: description });
    await expect(row).toContainText('Avería');
    await expect(row).toContainText('Abierta');
    await expectAccessible(page);
    await row.getByRole('link').click();
    await expect(page.locator('.incident-detail')).toContainText(description);
  });

  test('a failed installation shows the reason, and the customer starts again from the first step', async ({ page, request }) => {
    await signInAs(page, SOLAR);
    const installation = await installationOf(page, HOME);
    // The failure ending is not a step the customer sees ahead: the admin finds it in the flow.
    const signIn = await graphql(request, 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
      e: 'admin@portal.example',
      p: DEMO_PASSWORD,
    });
    expect(signIn.errors).toBeUndefined();
    const flows = await graphql<{ flows: { states: { substates: { id: string; action: string | null }[] }[] }[] }>(
      request,
      '{ flows { states { substates { id action } } } }',
    );
    const failed = flows.data!.flows[0]!.states.flatMap((state) => state.substates).find((s) => s.action === 'FINALIZATION_FAILED');
    const reason = 'La cubierta no soporta el peso de los paneles.';
    const moved = await graphql(request, 'mutation ($id: ID!, $s: ID!, $n: String) { moveInstallation(id: $id, substateId: $s, note: $n) { id } }', {
      id: installation.id,
      s: failed!.id,
      n: reason,
    });
    expect(moved.errors).toBeUndefined();

    await openInstallation(page, HOME);
    await expect(page.getByText(reason)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Volver a empezar' }).click();
    await page.getByRole('button', { name: 'Sí, volver a empezar' }).click();
    await expect(page.locator('.timeline-state[data-current="true"]')).toContainText('Alta del cliente');
    await expect(page.getByText(reason)).toHaveCount(0);
  });

  test('a WEB_CLIENT-only user reaches neither the installation nor incidents, and the API refuses it', async ({ page }) => {
    await signInAs(page, 'cliente@portal.example', '/installation');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sección no disponible');
    await expect(navLinks(page)).not.toContainText(['Instalación']);
    await page.goto('/incidents');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sección no disponible');
    await page.goto('/incidents/new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sección no disponible');

    const installations = await graphql(page.request, '{ installations { id code } }');
    expect(installations.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const incidents = await graphql(page.request, '{ incidents { id } }');
    expect(incidents.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
