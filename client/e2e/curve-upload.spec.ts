import { expectAccessible, signInAs } from './helpers.js';
import { expect as baseExpect, test } from './portal.fixture.js';

// The server parses while it receives; on a busy machine the answer can take longer than 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

/**
 * A customer brings their own curve (issue 16): medidas@portal.example uploads, from Medidas, a
 * Datadis file for one of their CUPS on 27 October 2024, the 25-hour autumn day (months before the
 * demo curves), whose hour-end labels have 3:00 twice and end with 24:00:00. The day then shows 25
 * hourly rows. A row for a CUPS that is not theirs is refused as unknown, and nothing is imported.
 */

const EMAIL = 'medidas@portal.example';
const DATE = '2024/10/27';
const HEADER = 'cups;fecha;hora;consumo_kWh;metodoObtencion;energiaVertida_kWh;energiaGenerada_kWh;energiaAutoconsumida_kWh';
// Not a supply point of this customer (a valid CUPS the demo does not have).
const FOREIGN_CUPS = 'ES0021999999999999FD';

/** 25 hours of 0,51 kWh; labels 1:00, 2:00, 3:00, 3:00, 4:00 … 24:00:00: 12,75 kWh in the day. */
function autumnDay(cups: string): string {
  const labels = ['1:00', '2:00', '3:00', '3:00', ...Array.from({ length: 20 }, (_, i) => `${i + 4}:00`), '24:00:00'];
  return [HEADER, ...labels.map((label) => `${cups};${DATE};${label};0,51;Real;;;`)].join('\r\n');
}

test('a customer uploads a Datadis file with the autumn DST day and sees its 25 hours', async ({ page }) => {
  // Two uploads and two axe passes over the whole Medidas screen: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  await signInAs(page, EMAIL, '/measurements');
  const cups = await page.getByLabel('CUPS').inputValue();
  await page.goto(`/measurements?cups=${cups}&range=custom&from=2024-10-27&to=2024-10-27&granularity=hour`);
  await expect(page.getByRole('heading', { level: 2, name: 'Subir mi curva horaria' })).toBeVisible();
  const fileInput = page.getByLabel('Fichero', { exact: true });
  const submit = page.getByRole('button', { name: 'Importar', exact: true });
  const result = page.getByTestId('import-result');

  // Someone else's CUPS: refused as one the portal does not have, line and column named.
  await fileInput.setInputFiles({ name: 'ajena.csv', mimeType: 'text/csv', buffer: Buffer.from(`${autumnDay(cups)}\r\n${FOREIGN_CUPS};${DATE};1:00;1;Real;;;`) });
  await submit.click();
  await expect(result).toContainText('Rechazado');
  const errors = page.getByRole('table', { name: /Errores encontrados/ });
  await expect(errors.locator('tbody tr')).toHaveCount(1);
  await expect(errors.locator('tbody tr').first()).toContainText('27');
  await expect(errors.locator('tbody tr').first()).toContainText('El CUPS no existe en el portal');
  await expectAccessible(page);

  // Their own file: imported, and the day shows 25 hourly rows at once.
  await fileInput.setInputFiles({ name: 'datadis-otono.csv', mimeType: 'text/csv', buffer: Buffer.from(autumnDay(cups)) });
  await submit.click();
  await expect(result).toContainText('Se han importado todas las filas');
  await expect(page.getByTestId('measurements-total')).toHaveText('12,75 kWh');
  await expect(page.getByRole('table', { name: /^Medidas por/ }).locator('tbody tr')).toHaveCount(25);
  await expectAccessible(page);
});
