import { Migration } from '@mikro-orm/migrations';

/** Solar installations: configurable flows (states, substates, portal texts) and installations moving through them. */
export class Migration20261122130639 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "flow" ("id" uuid not null, "name" varchar(255) not null, "restart_allowed" boolean not null default false, "created_at" timestamptz not null, constraint "flow_pkey" primary key ("id"));`);
    this.addSql(`alter table "flow" add constraint "flow_name_unique" unique ("name");`);

    this.addSql(`create table "flow_state" ("id" uuid not null, "position" int not null, "internal_name" varchar(255) not null, "portal_name" jsonb not null, "portal_description" jsonb not null, "portal_visible" boolean not null default true, "flow_id" uuid not null, constraint "flow_state_pkey" primary key ("id"));`);
    this.addSql(`create index "flow_state_flow_id_position_index" on "flow_state" ("flow_id", "position");`);

    this.addSql(`create table "flow_substate" ("id" uuid not null, "position" int not null, "internal_name" varchar(255) not null, "portal_name" jsonb not null, "portal_description" jsonb not null, "portal_visible" boolean not null default true, "state_id" uuid not null, "view" text check ("view" in ('GENERAL', 'PARTICULAR')) not null, "action" text check ("action" in ('DOCUMENTS', 'OFFER', 'CONTRACT_SIGNING', 'INSTALLER_VISIT', 'FINALIZATION_SUCCESS', 'FINALIZATION_FAILED', 'DRAWING')) null, constraint "flow_substate_pkey" primary key ("id"));`);
    this.addSql(`create index "flow_substate_state_id_position_index" on "flow_substate" ("state_id", "position");`);

    this.addSql(`create table "installation" ("id" uuid not null, "code" varchar(40) not null, "account_id" uuid not null, "flow_id" uuid not null, "substate_id" uuid not null, "address" varchar(255) not null, "failure_reason" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "installation_pkey" primary key ("id"));`);
    this.addSql(`alter table "installation" add constraint "installation_code_unique" unique ("code");`);
    this.addSql(`create index "installation_account_id_index" on "installation" ("account_id");`);
    this.addSql(`create index "installation_substate_id_index" on "installation" ("substate_id");`);

    this.addSql(`create table "installation_transition" ("id" uuid not null, "installation_id" uuid not null, "from_substate_id" uuid null, "to_substate_id" uuid not null, "kind" text check ("kind" in ('CREATED', 'MOVED', 'RESTARTED')) not null, "at" timestamptz not null, "by_user_id" uuid null, "note" text null, constraint "installation_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "installation_transition_installation_id_at_index" on "installation_transition" ("installation_id", "at");`);

    this.addSql(`alter table "flow_state" add constraint "flow_state_flow_id_foreign" foreign key ("flow_id") references "flow" ("id") on update cascade;`);

    this.addSql(`alter table "flow_substate" add constraint "flow_substate_state_id_foreign" foreign key ("state_id") references "flow_state" ("id") on update cascade;`);

    this.addSql(`alter table "installation" add constraint "installation_account_id_foreign" foreign key ("account_id") references "customer_account" ("id") on update cascade;`);
    this.addSql(`alter table "installation" add constraint "installation_flow_id_foreign" foreign key ("flow_id") references "flow" ("id") on update cascade;`);
    this.addSql(`alter table "installation" add constraint "installation_substate_id_foreign" foreign key ("substate_id") references "flow_substate" ("id") on update cascade;`);

    this.addSql(`alter table "installation_transition" add constraint "installation_transition_installation_id_foreign" foreign key ("installation_id") references "installation" ("id") on update cascade;`);
    this.addSql(`alter table "installation_transition" add constraint "installation_transition_from_substate_id_foreign" foreign key ("from_substate_id") references "flow_substate" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "installation_transition" add constraint "installation_transition_to_substate_id_foreign" foreign key ("to_substate_id") references "flow_substate" ("id") on update cascade;`);
    this.addSql(`alter table "installation_transition" add constraint "installation_transition_by_user_id_foreign" foreign key ("by_user_id") references "app_user" ("id") on update cascade on delete set null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "flow_state" drop constraint "flow_state_flow_id_foreign";`);

    this.addSql(`alter table "installation" drop constraint "installation_flow_id_foreign";`);

    this.addSql(`alter table "flow_substate" drop constraint "flow_substate_state_id_foreign";`);

    this.addSql(`alter table "installation" drop constraint "installation_substate_id_foreign";`);

    this.addSql(`alter table "installation_transition" drop constraint "installation_transition_from_substate_id_foreign";`);

    this.addSql(`alter table "installation_transition" drop constraint "installation_transition_to_substate_id_foreign";`);

    this.addSql(`alter table "installation_transition" drop constraint "installation_transition_installation_id_foreign";`);

    this.addSql(`drop table if exists "flow" cascade;`);

    this.addSql(`drop table if exists "flow_state" cascade;`);

    this.addSql(`drop table if exists "flow_substate" cascade;`);

    this.addSql(`drop table if exists "installation" cascade;`);

    this.addSql(`drop table if exists "installation_transition" cascade;`);

  }

}
