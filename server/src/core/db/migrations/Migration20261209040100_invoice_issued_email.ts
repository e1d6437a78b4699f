import { Migration } from '@mikro-orm/migrations';
import {
  defaultEmailStatements,
  literal,
  SIGNATURE_EN,
  SIGNATURE_ES,
  triggerCheck,
  TRIGGERS,
  type DefaultTemplate,
} from './Migration20261208040801_default_customer_emails.js';

const KEY = 'invoice-issued';

const TEMPLATES: DefaultTemplate[] = [
  {
    key: KEY,
    language: 'es',
    subject: 'Tu nueva factura |invoice_number| ya está disponible',
    body: `Hola |client_name|:\n\nHemos emitido la factura |invoice_number| de tu suministro |cups|, por |invoice_total| €, con vencimiento el |invoice_due_date|.\n\nPuedes consultarla y descargarla en tu Portal de clientes:\n|portal_link|\n\n${SIGNATURE_ES}`,
  },
  {
    key: KEY,
    language: 'en',
    subject: 'Your new invoice |invoice_number| is available',
    body: `Hello |client_name|,\n\nWe have issued invoice |invoice_number| for your supply |cups|, for €|invoice_total|, due on |invoice_due_date|.\n\nYou can view and download it in your Customer Portal:\n|portal_link|\n\n${SIGNATURE_EN}`,
  },
];

/** Issue 17: "a new invoice issued" is told to the customer out of the box (an action admins can turn off). */
export class Migration20261209040100InvoiceIssuedEmail extends Migration {
  override async up(): Promise<void> {
    for (const sql of triggerCheck([...TRIGGERS, 'INVOICE_ISSUED'])) this.addSql(sql);
    for (const sql of defaultEmailStatements('INVOICE_ISSUED', TEMPLATES)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "automatic_action" where "trigger" = 'INVOICE_ISSUED';`);
    this.addSql(`delete from "email_template" where "key" = ${literal(KEY)} and not exists (select 1 from "automatic_action" where "template_key" = ${literal(KEY)});`);
    for (const sql of triggerCheck(TRIGGERS)) this.addSql(sql);
  }
}
