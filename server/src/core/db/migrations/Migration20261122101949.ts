import { Migration } from '@mikro-orm/migrations';

export class Migration20261122101949 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "app_meta" ("key" varchar(255) not null, "value" jsonb not null, "updated_at" timestamptz not null, constraint "app_meta_pkey" primary key ("key"));`);

    this.addSql(`create table "customer_account" ("id" uuid not null, "fiscal_id" varchar(20) not null, "fiscal_id_kind" text check ("fiscal_id_kind" in ('DNI', 'NIE', 'CIF', 'PASSPORT')) not null, "name" varchar(255) not null, "billing_email" varchar(255) not null, "phone" varchar(255) null, "address" varchar(255) not null, "created_at" timestamptz not null, constraint "customer_account_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer_account" add constraint "customer_account_fiscal_id_unique" unique ("fiscal_id");`);

    this.addSql(`create table "market_price" ("start" timestamptz not null, "interval_minutes" smallint not null, "price_es" numeric(10,2) not null, "price_pt" numeric(10,2) not null, constraint "market_price_pkey" primary key ("start"));`);

    this.addSql(`create table "supply_point" ("id" uuid not null, "cups" varchar(22) not null, "address" varchar(255) not null, "distributor" varchar(255) not null, "access_tariff" varchar(10) not null, "is_generator" boolean not null default false, "account_id" uuid not null, constraint "supply_point_pkey" primary key ("id"));`);
    this.addSql(`alter table "supply_point" add constraint "supply_point_cups_unique" unique ("cups");`);
    this.addSql(`create index "supply_point_account_id_index" on "supply_point" ("account_id");`);

    this.addSql(`create table "measurement" ("supply_point_id" uuid not null, "start" timestamptz not null, "interval_minutes" smallint not null, "kwh" numeric(12,3) not null, "estimated" boolean not null, constraint "measurement_pkey" primary key ("supply_point_id", "start"));`);

    this.addSql(`create table "forecast" ("supply_point_id" uuid not null, "start" timestamptz not null, "interval_minutes" smallint not null, "kwh" numeric(12,3) not null, "issued_at" timestamptz not null, constraint "forecast_pkey" primary key ("supply_point_id", "start"));`);

    this.addSql(`create table "document" ("id" uuid not null, "title" varchar(255) not null, "category" text check ("category" in ('CONTRACT', 'INVOICE', 'SETTLEMENT', 'OFFER', 'SIGNED_COPY', 'IDENTITY', 'OTHER')) not null, "folder" varchar(255) not null, "account_id" uuid null, "supply_point_id" uuid null, "file_name" varchar(255) not null, "media_type" varchar(255) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "storage_key" varchar(255) not null, "created_at" timestamptz not null, constraint "document_pkey" primary key ("id"));`);
    this.addSql(`create index "document_account_id_index" on "document" ("account_id");`);
    this.addSql(`create index "document_supply_point_id_index" on "document" ("supply_point_id");`);

    this.addSql(`create table "generation_settlement" ("id" uuid not null, "supply_point_id" uuid not null, "account_id" uuid not null, "month" date not null, "exported_kwh" numeric(14,3) not null, "market_revenue" numeric(12,2) not null, "charges" numeric(12,2) not null, "net_amount" numeric(12,2) not null, "status" text check ("status" in ('PROVISIONAL', 'FINAL', 'PAID')) not null, "document_id" uuid null, constraint "generation_settlement_pkey" primary key ("id"));`);
    this.addSql(`alter table "generation_settlement" add constraint "generation_settlement_supply_point_id_month_unique" unique ("supply_point_id", "month");`);

    this.addSql(`create table "contract" ("id" uuid not null, "code" varchar(40) not null, "account_id" uuid not null, "supply_point_id" uuid not null, "access_tariff" varchar(10) not null, "contracted_power_kw" jsonb not null, "product_name" varchar(255) not null, "start_date" date not null, "end_date" date null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'TERMINATED')) not null, "activated_at" timestamptz null, "created_at" timestamptz not null, constraint "contract_pkey" primary key ("id"));`);
    this.addSql(`alter table "contract" add constraint "contract_code_unique" unique ("code");`);
    this.addSql(`create index "contract_account_id_index" on "contract" ("account_id");`);
    this.addSql(`create index "contract_supply_point_id_start_date_index" on "contract" ("supply_point_id", "start_date");`);

    this.addSql(`create table "invoice" ("id" uuid not null, "number" varchar(40) not null, "contract_id" uuid not null, "account_id" uuid not null, "supply_point_id" uuid not null, "period_start" date not null, "period_end" date not null, "issue_date" date not null, "due_date" date not null, "energy_kwh" numeric(14,3) not null, "tax_base" numeric(12,2) not null, "tax_amount" numeric(12,2) not null, "total_amount" numeric(12,2) not null, "status" text check ("status" in ('ISSUED', 'PAID', 'OVERDUE', 'CANCELLED')) not null, "lines" jsonb not null, "document_id" uuid null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(`create index "invoice_contract_id_index" on "invoice" ("contract_id");`);
    this.addSql(`create index "invoice_supply_point_id_issue_date_index" on "invoice" ("supply_point_id", "issue_date");`);
    this.addSql(`create index "invoice_account_id_issue_date_index" on "invoice" ("account_id", "issue_date");`);

    this.addSql(`alter table "supply_point" add constraint "supply_point_account_id_foreign" foreign key ("account_id") references "customer_account" ("id") on update cascade;`);

    this.addSql(`alter table "measurement" add constraint "measurement_supply_point_id_foreign" foreign key ("supply_point_id") references "supply_point" ("id") on update cascade;`);

    this.addSql(`alter table "forecast" add constraint "forecast_supply_point_id_foreign" foreign key ("supply_point_id") references "supply_point" ("id") on update cascade;`);

    this.addSql(`alter table "document" add constraint "document_account_id_foreign" foreign key ("account_id") references "customer_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "document" add constraint "document_supply_point_id_foreign" foreign key ("supply_point_id") references "supply_point" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "generation_settlement" add constraint "generation_settlement_supply_point_id_foreign" foreign key ("supply_point_id") references "supply_point" ("id") on update cascade;`);
    this.addSql(`alter table "generation_settlement" add constraint "generation_settlement_account_id_foreign" foreign key ("account_id") references "customer_account" ("id") on update cascade;`);
    this.addSql(`alter table "generation_settlement" add constraint "generation_settlement_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contract" add constraint "contract_account_id_foreign" foreign key ("account_id") references "customer_account" ("id") on update cascade;`);
    this.addSql(`alter table "contract" add constraint "contract_supply_point_id_foreign" foreign key ("supply_point_id") references "supply_point" ("id") on update cascade;`);

    this.addSql(`alter table "invoice" add constraint "invoice_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_account_id_foreign" foreign key ("account_id") references "customer_account" ("id") on update cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_supply_point_id_foreign" foreign key ("supply_point_id") references "supply_point" ("id") on update cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete set null;`);
  }

}
