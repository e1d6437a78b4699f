import { Migration } from '@mikro-orm/migrations';

/** Issue 15 follow-up: the curve imports a customer starts are counted per user (auth_attempt kind CUSTOMER_IMPORT). */
export class Migration20261208045700CustomerImportLimit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "auth_attempt" drop constraint if exists "auth_attempt_kind_check";`);
    this.addSql(
      `alter table "auth_attempt" add constraint "auth_attempt_kind_check" check ("kind" in ('CODE_REQUEST', 'CODE_FAILURE', 'PASSWORD_FAILURE', 'EMAIL_CHANGE_REQUEST', 'CUSTOMER_IMPORT'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "auth_attempt" where "kind" = 'CUSTOMER_IMPORT';`);
    this.addSql(`alter table "auth_attempt" drop constraint if exists "auth_attempt_kind_check";`);
    this.addSql(
      `alter table "auth_attempt" add constraint "auth_attempt_kind_check" check ("kind" in ('CODE_REQUEST', 'CODE_FAILURE', 'PASSWORD_FAILURE', 'EMAIL_CHANGE_REQUEST'));`,
    );
  }
}
