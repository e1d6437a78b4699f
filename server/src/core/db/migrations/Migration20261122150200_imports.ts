import { Migration } from '@mikro-orm/migrations';

/**
 * Data import: the import job log, and the Datadis columns of a curve (energy exported,
 * generated and self-consumed in the interval), empty for curves that do not carry them.
 */
export class Migration20261122150200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "measurement" add column "surplus_kwh" numeric(12,3) null, add column "generated_kwh" numeric(12,3) null, add column "self_consumed_kwh" numeric(12,3) null;`);

    this.addSql(`create table "import_job" ("id" uuid not null, "kind" text check ("kind" in ('CNMC', 'DATADIS', 'OMIE')) not null, "file_name" varchar(255) not null, "status" text check ("status" in ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'REJECTED', 'FAILED')) not null default 'RUNNING', "valid_rows_only" boolean not null, "rows_read" int not null default 0, "rows_imported" int not null default 0, "rows_rejected" int not null default 0, "error_count" int not null default 0, "errors" jsonb not null, "message" text null, "first_start" timestamptz null, "last_start" timestamptz null, "created_by_id" uuid null, "created_by_email" varchar(254) not null, "started_at" timestamptz not null, "finished_at" timestamptz null, constraint "import_job_pkey" primary key ("id"));`);
    this.addSql(`create index "import_job_started_at_id_index" on "import_job" ("started_at", "id");`);
    this.addSql(`alter table "import_job" add constraint "import_job_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_job" cascade;`);
    this.addSql(`alter table "measurement" drop column if exists "surplus_kwh", drop column if exists "generated_kwh", drop column if exists "self_consumed_kwh";`);
  }
}
