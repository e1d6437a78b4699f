import { Migration } from '@mikro-orm/migrations';

/**
 * Client registration (issue 6): a solar client may be registered before their fiscal ID is known.
 * Such an account has no fiscal ID (and no kind) and is reached through the portal user it was
 * registered for (`registered_user_id`), which the customer scope adds to the fiscal-ID accounts.
 * Several accounts without a fiscal ID do not collide: a unique index ignores nulls.
 */
export class Migration20261122150600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "customer_account" alter column "fiscal_id" drop not null;`);
    this.addSql(`alter table "customer_account" alter column "fiscal_id_kind" drop not null;`);
    this.addSql(`alter table "customer_account" add constraint "customer_account_fiscal_id_kind_check_pair" check (("fiscal_id" is null) = ("fiscal_id_kind" is null));`);
    this.addSql(`alter table "customer_account" add column "registered_user_id" uuid null;`);
    this.addSql(`alter table "customer_account" add constraint "customer_account_registered_user_id_foreign" foreign key ("registered_user_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "customer_account_registered_user_id_index" on "customer_account" ("registered_user_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "customer_account_registered_user_id_index";`);
    this.addSql(`alter table "customer_account" drop constraint if exists "customer_account_registered_user_id_foreign";`);
    this.addSql(`alter table "customer_account" drop column if exists "registered_user_id";`);
    this.addSql(`alter table "customer_account" drop constraint if exists "customer_account_fiscal_id_kind_check_pair";`);
    this.addSql(`delete from "customer_account" where "fiscal_id" is null;`);
    this.addSql(`alter table "customer_account" alter column "fiscal_id_kind" set not null;`);
    this.addSql(`alter table "customer_account" alter column "fiscal_id" set not null;`);
  }
}
