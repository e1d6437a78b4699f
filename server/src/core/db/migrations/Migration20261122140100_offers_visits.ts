import { Migration } from '@mikro-orm/migrations';

/** Offers shared for an installation (at most one accepted) and scheduled installer visits. */
export class Migration20261122140100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "offer" ("id" uuid not null, "installation_id" uuid not null, "title" varchar(255) not null, "amount" numeric(12,2) not null, "peak_power_kwp" numeric(8,2) not null, "panel_count" int not null, "document_id" uuid null, "status" text check ("status" in ('SHARED', 'ACCEPTED', 'WITHDRAWN')) not null default 'SHARED', "shared_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_id" uuid null, constraint "offer_pkey" primary key ("id"));`);
    this.addSql(`create index "offer_installation_id_shared_at_index" on "offer" ("installation_id", "shared_at");`);
    // The database's guarantee against two accepted offers of one installation, whatever the code does.
    this.addSql(`create unique index "offer_one_accepted" on "offer" ("installation_id") where "status" = 'ACCEPTED';`);

    this.addSql(`create table "installer_visit" ("id" uuid not null, "installation_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "installer_name" varchar(255) not null, "company" varchar(255) not null, "phone" varchar(40) not null, "email" varchar(255) not null, "notes" text null, "viewed_at" timestamptz null, constraint "installer_visit_pkey" primary key ("id"), constraint "installer_visit_window_check" check ("ends_at" > "starts_at"));`);
    this.addSql(`create index "installer_visit_installation_id_starts_at_index" on "installer_visit" ("installation_id", "starts_at");`);

    this.addSql(`alter table "offer" add constraint "offer_installation_id_foreign" foreign key ("installation_id") references "installation" ("id") on update cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "offer" add constraint "offer_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "installer_visit" add constraint "installer_visit_installation_id_foreign" foreign key ("installation_id") references "installation" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "installer_visit" cascade;`);
    this.addSql(`drop table if exists "offer" cascade;`);
  }

}
