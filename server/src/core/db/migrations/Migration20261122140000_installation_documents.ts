import { Migration } from '@mikro-orm/migrations';

/** Solar installations: documents requested from the customer, and documents to sign with their signed copies. */
export class Migration20261122140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "document_request" ("id" uuid not null, "installation_id" uuid not null, "name" varchar(255) not null, "description" text not null default '', "status" text check ("status" in ('PENDING', 'UPLOADED', 'ACCEPTED', 'REJECTED')) not null default 'PENDING', "rejection_reason" text null, "document_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "document_request_pkey" primary key ("id"));`);
    this.addSql(`create index "document_request_installation_id_index" on "document_request" ("installation_id");`);

    this.addSql(`create table "signing_document" ("id" uuid not null, "installation_id" uuid not null, "title" varchar(255) not null, "document_id" uuid not null, "signed_copy_id" uuid null, "signed_at" timestamptz null, "created_at" timestamptz not null, constraint "signing_document_pkey" primary key ("id"));`);
    this.addSql(`create index "signing_document_installation_id_index" on "signing_document" ("installation_id");`);

    this.addSql(`alter table "document_request" add constraint "document_request_installation_id_foreign" foreign key ("installation_id") references "installation" ("id") on update cascade;`);
    this.addSql(`alter table "document_request" add constraint "document_request_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "signing_document" add constraint "signing_document_installation_id_foreign" foreign key ("installation_id") references "installation" ("id") on update cascade;`);
    this.addSql(`alter table "signing_document" add constraint "signing_document_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade;`);
    this.addSql(`alter table "signing_document" add constraint "signing_document_signed_copy_id_foreign" foreign key ("signed_copy_id") references "document" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "signing_document" cascade;`);
    this.addSql(`drop table if exists "document_request" cascade;`);
  }

}
