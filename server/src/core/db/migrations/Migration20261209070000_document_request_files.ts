import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: a document request takes several files (`min_files`..`max_files`, 1..1 as before), each
 * a row of its own with a status of its own. Every existing upload becomes its request's one file,
 * with the request's review outcome, so every row stays valid.
 */
const OF_REQUEST = `exists (select 1 from "document_request" r join "installation" i on i.id = r.installation_id
  where r.id = document_request_id and i.account_id = any ((select nullif(current_setting('portal.account_ids', true), '')::uuid[])::uuid[]))`;

export class Migration20261209070000DocumentRequestFiles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "document_request" add column "min_files" int not null default 1, add column "max_files" int not null default 1;`);
    this.addSql(`alter table "document_request" add constraint "document_request_file_range" check ("min_files" >= 1 and "max_files" >= "min_files" and "max_files" <= 10);`);
    this.addSql(`create table "document_request_file" (
      "id" uuid not null, "document_request_id" uuid not null, "document_id" uuid not null,
      "status" text check ("status" in ('UPLOADED', 'ACCEPTED', 'REJECTED')) not null default 'UPLOADED',
      "created_at" timestamptz not null, "updated_at" timestamptz not null,
      constraint "document_request_file_pkey" primary key ("id"),
      constraint "document_request_file_document_id_unique" unique ("document_id"),
      constraint "document_request_file_document_request_id_foreign" foreign key ("document_request_id") references "document_request" ("id") on update cascade on delete cascade,
      constraint "document_request_file_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade);`);
    this.addSql(`create index "document_request_file_document_request_id_index" on "document_request_file" ("document_request_id");`);
    this.addSql(`insert into "document_request_file" ("id", "document_request_id", "document_id", "status", "created_at", "updated_at")
      select gen_random_uuid(), "id", "document_id", case "status" when 'ACCEPTED' then 'ACCEPTED' when 'REJECTED' then 'REJECTED' else 'UPLOADED' end, "updated_at", "updated_at"
        from "document_request" where "document_id" is not null;`);
    this.addSql(`alter table "document_request" drop column "document_id";`);
    this.addSql(`alter table "document_request_file" enable row level security;`);
    this.addSql(`create policy viewer_scope on "document_request_file" for all to portal_viewer using (${OF_REQUEST}) with check (${OF_REQUEST});`);
    // Customers add, replace and remove their files (in the viewer's scope); new tables have no grant by default (20261209010000).
    this.addSql(`grant select, insert, update, delete on "document_request_file" to portal_viewer;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "document_request" add column "document_id" uuid null references "document" ("id") on update cascade on delete set null;`);
    this.addSql(`update "document_request" r set "document_id" = (
      select f."document_id" from "document_request_file" f where f."document_request_id" = r."id" order by f."created_at" desc, f."id" desc limit 1);`);
    this.addSql(`drop table "document_request_file";`);
    this.addSql(`alter table "document_request" drop constraint "document_request_file_range", drop column "min_files", drop column "max_files";`);
  }
}
