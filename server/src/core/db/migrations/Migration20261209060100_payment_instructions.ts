import { Migration } from '@mikro-orm/migrations';

/** Issue 17: how a customer pays an overdue invoice, as the retailer set it (all optional). */
export class Migration20261209060100PaymentInstructions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "portal_settings" add column "payment_iban" varchar(34) null, add column "payment_reference" varchar(140) null, add column "payment_link" varchar(2000) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "portal_settings" drop column "payment_iban", drop column "payment_reference", drop column "payment_link";`);
  }
}
