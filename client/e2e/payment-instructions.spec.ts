import { expectAccessible, signInAs, signInAsAdmin } from './helpers.js';
import { expectFitsEveryWidth } from './layout-check.js';
import { expect, test } from './portal.fixture.js';

/**
 * Issue 17: an overdue invoice says how to pay. The admin sets the retailer's IBAN (checked as it
 * is typed), reference and payment link; medidas@portal.example, whose demo company has an
 * overdue invoice, finds them on the home card and on the invoice.
 */

test('the payment instructions an admin sets are shown on an overdue invoice, on the home page and on the invoice', async ({ page, browser, portal }) => {
  await signInAsAdmin(page, '/admin/settings');
  try {
    await expect(page.getByRole('group', { name: 'Cómo pagar una factura vencida' })).toBeVisible();
    const iban = page.getByLabel('IBAN para transferencias');
    await iban.fill('ES91 2100 0418 4502 0005 1333');
    await page.getByLabel('Concepto de la transferencia').fill('Factura |invoice_number|');
    await page.getByLabel('Enlace de pago en línea (https://)').fill('http://pagos.example.es');
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(page.getByText('Los dígitos de control del IBAN no cuadran; revisa que esté bien escrito.')).toBeVisible();
    await expect(iban).toHaveAttribute('aria-invalid', 'true');
    await expect(iban).toBeFocused();
    await expect(page.getByText('Escribe una dirección que empiece por https://.')).toBeVisible();
    await expectAccessible(page);
    await iban.fill('ES91 2100 0418 4502 0005 1332');
    await page.getByLabel('Enlace de pago en línea (https://)').fill('https://pagos.example.es/factura');
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Cambios guardados.' })).toBeVisible();

    const context = await browser.newContext({ baseURL: portal.baseURL, locale: 'es-ES' });
    try {
      const customer = await context.newPage();
      await signInAs(customer, 'medidas@portal.example');
      const card = customer.getByRole('region', { name: 'Última factura', exact: true });
      const howTo = card.getByRole('region', { name: /^Cómo pagar la factura FE-/ });
      await expect(howTo).toContainText('ES91 2100 0418 4502 0005 1332');
      const number = (/FE-\d{4}-\d{6}/.exec((await howTo.getByRole('heading').textContent()) ?? '') ?? [])[0]!;
      await expect(howTo).toContainText(`Factura ${number}`);
      await expect(howTo.getByRole('link', { name: `Pagar en línea la factura ${number} (se abre en una pestaña nueva)` })).toHaveAttribute(
        'href',
        'https://pagos.example.es/factura',
      );
      await expectAccessible(customer);
      await expectFitsEveryWidth(customer, 'home-overdue-payment');

      await customer.goto(`/invoices/${number}`);
      await expect(customer.getByRole('heading', { level: 1 })).toContainText(number);
      const onInvoice = customer.getByRole('region', { name: `Cómo pagar la factura ${number}` });
      await expect(onInvoice).toContainText('ES91 2100 0418 4502 0005 1332');
      await expect(onInvoice).toContainText(`Factura ${number}`);
      // The status reads the same here as on the home page: one label per status.
      await expect(customer.getByText('Vencida').first()).toBeVisible();
      await expectAccessible(customer);
      await expectFitsEveryWidth(customer, 'invoice-overdue-payment');
    } finally {
      await context.close();
    }
  } finally {
    // Other specs share this worker's database: leave the settings as shipped.
    const answer = await page.request.post('/graphql', {
      data: { query: 'mutation { updateSettings(input: { paymentIban: "", paymentReference: "", paymentLink: "" }) { paymentIban } }' },
    });
    expect((await answer.json()).errors).toBeUndefined();
  }
});
