import { Migration } from '@mikro-orm/migrations';

/**
 * Admin user management: "act as this customer" kept on the admin's session row (it ends with
 * the session), and the audit log of admin actions on users.
 */
export class Migration20261122150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "session" add column "acting_as_user_id" uuid null;`);
    this.addSql(`alter table "session" add constraint "session_acting_as_user_id_foreign" foreign key ("acting_as_user_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "admin_audit_entry" ("id" uuid not null, "admin_id" uuid not null, "user_id" uuid not null, "action" text check ("action" in ('ACTING_STARTED', 'ACTING_STOPPED')) not null, "at" timestamptz not null, constraint "admin_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "admin_audit_entry_user_id_at_index" on "admin_audit_entry" ("user_id", "at");`);
    this.addSql(`create index "admin_audit_entry_admin_id_at_index" on "admin_audit_entry" ("admin_id", "at");`);
    this.addSql(`alter table "admin_audit_entry" add constraint "admin_audit_entry_admin_id_foreign" foreign key ("admin_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "admin_audit_entry" add constraint "admin_audit_entry_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "admin_audit_entry" cascade;`);
    this.addSql(`alter table "session" drop constraint if exists "session_acting_as_user_id_foreign";`);
    this.addSql(`alter table "session" drop column if exists "acting_as_user_id";`);
  }
}
