import { addDays, buildCups, localHourStarts } from '@portal/shared';
import { addFaceByCoordinates, expectAccessible, graphql, installationOf, isAction, moveTo, signInAs } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect as baseExpect, test } from './portal.fixture.js';

// The estimate simulates 8,760 hours per read, and the import parses while it receives: a busy machine needs time.
const expect = baseExpect.configure({ timeout: 60_000 });

/**
 * Issue 16 §3: solar-sin-curva@portal.example (SOLAR_CLIENT only: no Medidas) has a home CUPS
 * without any curve. On FV-2026-0003's roof step she draws and saves a face, reads that the estimate
 * has no consumption yet, uploads her e-distribución curve file right there (a first file that also
 * names another customer's CUPS is refused, line and column listed), and sees self-consumption and
 * surplus at once. The installation and the CUPS are hers alone: no other journey reads them.
 */

const EMAIL = 'solar-sin-curva@portal.example';
const HOME = 'FV-2026-0003';
/** The demo's other solar customer's home (solar@): a real CUPS, of another account. */
const OTHER_CUPS = buildCups('0031408127365548');
/** Five weeks: past the four the estimate needs (MIN_MEASURED_HOURS). */
const DAYS = 35;
const HEADER = 'CUPS;Fecha;Hora;AE_kWh;AS_KWh;AE_AUTOCONS_kWh;REAL/ESTIMADO';

/** kWh of a home by the hour of the day (hours counted from local midnight): low at night, a peak in the evening. */
function homeKWh(hour: number): string {
  const kWh = hour <= 7 ? 0.22 : hour <= 13 ? 0.45 : hour <= 19 ? 0.38 : 0.85;
  return String(kWh).replace('.', ',');
}

/**
 * An e-distribución curve (as its download writes it: `DD/MM/YYYY`, hours 1..23/24/25 counted from
 * local midnight) of `cups` for `days` days from `from`, and its number of rows.
 */
function eDistribucionFile(cups: string, from: string, days: number, extraRows: string[] = []): { text: string; rows: number } {
  const rows: string[] = [];
  for (let day = 0; day < days; day++) {
    const date = addDays(from, day);
    const [year, month, dayOfMonth] = date.split('-');
    const hours = localHourStarts(date, date).length;
    for (let hour = 1; hour <= hours; hour++) rows.push(`${cups};${dayOfMonth}/${month}/${year};${hour};${homeKWh(hour)};0;0;R`);
  }
  return { text: [HEADER, ...rows, ...extraRows].join('\r\n'), rows: rows.length };
}

test('a solar customer without Medidas uploads her curve in the roof step and sees the self-consumption', async ({ page, request }) => {
  test.setTimeout(360_000);
  await signInAs(page, EMAIL);
  await moveTo(page, request, HOME, isAction('DRAWING'));
  const { id } = await installationOf(page, HOME);
  await page.goto(`/installation/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Dibuja tu tejado' })).toBeVisible();

  // A 10 m × 7 m face in Sevilla, typed as coordinates (the keyboard way), then saved.
  await expect(page.getByRole('button', { name: 'Añadir cara' })).toBeVisible();
  await addFaceByCoordinates(page, ['37.38000, -5.99000', '37.38006, -5.99000', '37.38006, -5.98989', '37.38000, -5.98989']);
  await page.getByRole('button', { name: 'Guardar tejado' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tejado guardado' })).toBeVisible();

  // Production only: no curve of her CUPS yet, and the upload right there.
  const estimate = page.getByTestId('solar-estimate');
  await expect(estimate).toContainText('Producción estimada al año', { timeout: 120_000 });
  const known = await graphql<{ solarEstimate: { from: string; accountCups: string[]; consumptionKWh: string | null } }>(
    page.request,
    'query ($id: ID!) { solarEstimate(installationId: $id) { from accountCups consumptionKWh } }',
    { id },
  );
  expect(known.errors).toBeUndefined();
  const { from, accountCups, consumptionKWh } = known.data!.solarEstimate;
  expect(consumptionKWh).toBeNull();
  expect(accountCups).toHaveLength(1);
  const cups = accountCups[0]!;
  await expect(estimate.getByTestId('solar-estimate-note')).toContainText(`Sube aquí debajo el fichero de tu curva horaria (CUPS ${cups}`);
  await expect(estimate.locator('dt', { hasText: 'Autoconsumo' })).toHaveCount(0);
  const upload = estimate.getByRole('region', { name: 'Subir mi curva horaria' });
  await expect(upload).toBeVisible();

  // A file that also names another customer's CUPS: refused whole, the line and column listed, nothing imported.
  const refused = eDistribucionFile(cups, from, DAYS, [`${OTHER_CUPS};${from.split('-').reverse().join('/')};1;0,5;0;0;R`]);
  await upload.getByLabel('Fichero', { exact: true }).setInputFiles({ name: 'curva-con-otro-cups.csv', mimeType: 'text/csv', buffer: Buffer.from(refused.text) });
  await upload.getByRole('button', { name: 'Importar', exact: true }).click();
  const result = estimate.getByTestId('import-result');
  await expect(result).toContainText('Rechazado');
  const errors = result.getByRole('table', { name: /errores/i });
  await expect(errors.locator('tbody tr')).toHaveCount(1);
  await expect(errors.locator('tbody tr').first()).toContainText(String(refused.rows + 2));
  await expect(errors.locator('tbody tr').first()).toContainText(OTHER_CUPS);
  await expect(estimate.locator('dt', { hasText: 'Autoconsumo' })).toHaveCount(0);
  await expectAccessible(page);
  await expectFitsEveryWidth(page, 'installation-solar-estimate-curve-refused');

  // Her own curve, sent from the keyboard: imported, and the estimate read again at once.
  const own = eDistribucionFile(cups, from, DAYS);
  await upload.getByLabel('Fichero', { exact: true }).setInputFiles({ name: 'mi-curva-e-distribucion.csv', mimeType: 'text/csv', buffer: Buffer.from(own.text) });
  await upload.getByRole('button', { name: 'Importar', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(result).toContainText('Se han importado todas las filas del fichero.');
  await expect(estimate.locator('dt', { hasText: 'Autoconsumo' })).toBeVisible();
  const selfConsumption = estimate.locator('dt', { hasText: 'Autoconsumo' }).locator('xpath=following-sibling::dd[1]');
  await expect(selfConsumption).toContainText(/\d+,\d %/);
  await expect(estimate.locator('dt', { hasText: 'Excedentes vertidos a la red' }).locator('xpath=following-sibling::dd[1]')).toContainText(/\d kWh/);
  await expect(estimate).toContainText(`Consumo del CUPS ${cups}: ${own.rows} horas medidas`);
  await expect(estimate.getByRole('table', { name: 'Estimación por mes' }).getByRole('columnheader', { name: 'Autoconsumida' })).toBeVisible();
  await expect(estimate.getByTestId('solar-estimate-note')).toHaveCount(0);
  await expectAccessible(page);
  await expectFitsEveryWidth(page, 'installation-solar-estimate-curve-imported');

  // What she sees after a reload is what the server now holds; the upload is no longer offered.
  const shown = (await selfConsumption.textContent())!;
  await page.reload();
  await expect(selfConsumption).toHaveText(shown, { timeout: 120_000 });
  await expect(estimate.getByRole('region', { name: 'Subir mi curva horaria' })).toHaveCount(0);
});
