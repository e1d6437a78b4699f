import { Migration } from '@mikro-orm/migrations';

/** Review 2: wrong sign-in codes are counted per IP (auth_attempt kind CODE_FAILURE). */
export class Migration20261206203000CodeFailureLimit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "auth_attempt" drop constraint if exists "auth_attempt_kind_check";`);
    this.addSql(
      `alter table "auth_attempt" add constraint "auth_attempt_kind_check" check ("kind" in ('CODE_REQUEST', 'CODE_FAILURE', 'PASSWORD_FAILURE', 'EMAIL_CHANGE_REQUEST'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "auth_attempt" where "kind" = 'CODE_FAILURE';`);
    this.addSql(`alter table "auth_attempt" drop constraint if exists "auth_attempt_kind_check";`);
    this.addSql(`alter table "auth_attempt" add constraint "auth_attempt_kind_check" check ("kind" in ('CODE_REQUEST', 'PASSWORD_FAILURE', 'EMAIL_CHANGE_REQUEST'));`);
  }
}
