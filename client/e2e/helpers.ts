import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect } from './portal.fixture.js';

/** Signs in with the demo password through the real sign-in screen and waits for the shell (an admin's lands in /admin). */
export async function signInAs(page: Page, email: string, path = '/'): Promise<void> {
  await page.goto(path);
  await submitSignIn(page, email);
  await expect(page.getByRole('navigation', { name: /^(Secciones|Administración)$/ })).toBeVisible();
}

/** Fills the (Spanish) sign-in form with a demo user's e-mail and the demo password, and sends it. */
export async function submitSignIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Entrar' }).click();
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

/** Clicks the screen's "Exportar CSV" and reads the file: its name and its lines, after checking the UTF-8 BOM. */
export async function downloadCsv(page: Page): Promise<{ name: string; lines: string[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { name: download.suggestedFilename(), lines: text.slice(1).trimEnd().split('\r\n') };
}

/** Signs the demo admin in; the admin area's menu is "Administración". */
export function signInAsAdmin(page: Page, path = '/admin'): Promise<void> {
  return signInAs(page, 'admin@portal.example', path);
}

/** Opens one installation from the Instalación section's list. */
export async function openInstallation(page: Page, code: string): Promise<void> {
  await page.goto('/installation');
  await expect(page.getByRole('heading', { level: 1, name: 'Tu instalación' })).toBeVisible();
  await page.getByRole('listitem').filter({ hasText: `Referencia ${code}` }).getByRole('link').click();
  await expect(page.getByText(`Referencia ${code}`)).toBeVisible();
}

/** A small but real PDF (header, one empty page, xref, trailer). */
export function smallPdf(): Buffer {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const object of objects) {
    offsets.push(body.length);
    body += object;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export type Step = { id: string; action: string | null; name: { es: string } };
type InstallationRow = { id: string; code: string; progress: { currentStep: { id: string }; steps: Step[] } };

/** One GraphQL request in a request context (its cookies are its session). */
export async function graphql<T = Record<string, unknown>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await request.post('/graphql', { data: { query, variables } });
  return response.json();
}

/** The viewer's installation with this code, with the portal-visible substates (customer session). */
export async function installationOf(page: Page, code: string): Promise<InstallationRow> {
  const body = await graphql<{ installations: InstallationRow[] }>(
    page.request,
    '{ installations { id code progress { currentStep { id } steps { id action name { es } } } } }',
  );
  expect(body.errors).toBeUndefined();
  const installation = body.data!.installations.find((candidate) => candidate.code === code);
  expect(installation, `installation ${code}`).toBeTruthy();
  return installation!;
}

/**
 * Moves the installation to the substate `pick` chooses (read as the customer), as the admin in a
 * separate request context; nothing to do when it is there already.
 */
export async function moveTo(page: Page, request: APIRequestContext, code: string, pick: (step: Step) => boolean): Promise<void> {
  const installation = await installationOf(page, code);
  const step = installation.progress.steps.find(pick);
  expect(step, `substate for ${code}`).toBeTruthy();
  if (installation.progress.currentStep.id === step!.id) return;
  const signIn = await graphql(request, 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
    e: 'admin@portal.example',
    p: DEMO_PASSWORD,
  });
  expect(signIn.errors).toBeUndefined();
  const moved = await graphql(request, 'mutation ($id: ID!, $s: ID!) { moveInstallation(id: $id, substateId: $s) { id } }', {
    id: installation.id,
    s: step!.id,
  });
  expect(moved.errors).toBeUndefined();
}

export const isAction = (action: string) => (step: Step) => step.action === action;

/** The customer's offer of `code` accepted (through the API, from the offer step) unless one is already; other journeys may have run first. */
export async function ensureOfferAccepted(page: Page, request: APIRequestContext, code: string): Promise<void> {
  const installation = await installationOf(page, code);
  const offers = await graphql<{ installation: { offers: { id: string; status: string }[] } }>(
    page.request,
    'query ($id: ID!) { installation(id: $id) { offers { id status } } }',
    { id: installation.id },
  );
  const open = offers.data!.installation.offers.find((offer) => offer.status === 'SHARED');
  if (!open || offers.data!.installation.offers.some((offer) => offer.status === 'ACCEPTED')) return;
  await moveTo(page, request, code, isAction('OFFER'));
  const accepted = await graphql(page.request, 'mutation ($id: ID!) { acceptOffer(id: $id) { id } }', { id: open.id });
  expect(accepted.errors).toBeUndefined();
}

/**
 * Signs `email` in and opens the roof drawing of `code` (moved to its drawing step). Resolves once the
 * editor shows, which is after the faces saved before have loaded: their list, and how many there were.
 */
export async function openRoofDrawing(page: Page, request: APIRequestContext, email: string, code: string): Promise<{ faces: Locator; before: number }> {
  await signInAs(page, email);
  await moveTo(page, request, code, isAction('DRAWING'));
  await openInstallation(page, code);
  await expect(page.getByRole('heading', { level: 2, name: 'Dibuja tu tejado' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Añadir cara' })).toBeVisible();
  const faces = page.getByRole('list', { name: 'Caras del tejado' }).locator(':scope > li');
  return { faces, before: await faces.count() };
}

/** Adds a roof face the keyboard way: its corners ("lat, lon") typed in the coordinates box. */
export async function addFaceByCoordinates(page: Page, corners: readonly string[]): Promise<void> {
  await page.getByLabel('Añadir una cara por coordenadas').fill(corners.join('\n'));
  await page.getByRole('button', { name: 'Añadir cara' }).click();
}
