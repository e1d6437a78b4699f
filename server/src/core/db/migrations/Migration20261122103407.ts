import { Migration } from '@mikro-orm/migrations';

export class Migration20261122103407 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "auth_attempt" ("id" bigserial primary key, "kind" text check ("kind" in ('CODE_REQUEST', 'PASSWORD_FAILURE')) not null, "subject" varchar(80) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "auth_attempt_kind_subject_created_at_index" on "auth_attempt" ("kind", "subject", "created_at");`);

    this.addSql(`create table "email_template" ("id" uuid not null, "key" varchar(64) not null, "language" text check ("language" in ('es', 'en')) not null, "subject" varchar(255) not null, "body" text not null, "updated_at" timestamptz not null, constraint "email_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "email_template" add constraint "email_template_key_language_unique" unique ("key", "language");`);

    this.addSql(`create table "outbox_email" ("id" uuid not null, "to" varchar(254) not null, "subject" varchar(255) not null, "text" text not null, "html" text null, "template_key" varchar(64) not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" smallint not null default 0, "created_at" timestamptz not null, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "last_error" text null, constraint "outbox_email_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_email_status_next_attempt_at_index" on "outbox_email" ("status", "next_attempt_at");`);

    this.addSql(`create table "portal_event_action" ("event" varchar(64) not null, "template_key" varchar(64) null, "enabled" boolean not null default true, constraint "portal_event_action_pkey" primary key ("event"));`);

    // One row of settings, created here with the defaults.
    this.addSql(`create table "portal_settings" ("id" smallint primary key check ("id" = 1), "automatic_user_creation" boolean not null default false, "automatic_user_type" varchar(40) not null default 'WEB_CLIENT', "welcome_link_validity_days" smallint not null default 7 check ("welcome_link_validity_days" between 1 and 60));`);
    this.addSql(`insert into "portal_settings" ("id") values (1);`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(255) not null, "language" text check ("language" in ('es', 'en')) not null default 'es', "status" text check ("status" in ('INVITED', 'ACTIVE', 'DISABLED')) not null default 'INVITED', "is_admin" boolean not null default false, "user_types" text[] not null, "personal_fiscal_id" varchar(20) null, "personal_fiscal_id_kind" text check ("personal_fiscal_id_kind" in ('DNI', 'NIE', 'CIF', 'PASSPORT')) null, "company_fiscal_id" varchar(20) null, "related_fiscal_ids" text[] not null, "cups_restriction" text[] not null, "password_hash" varchar(255) null, "created_at" timestamptz not null, "last_sign_in_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    // E-mails compare case-insensitively: stored lower-cased, so the unique constraint covers it.
    this.addSql(`alter table "app_user" add constraint "app_user_email_lower_case" check ("email" = lower("email"));`);

    this.addSql(`create table "sign_in_token" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('MAGIC_LINK', 'SET_PASSWORD')) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "superseded_at" timestamptz null, constraint "sign_in_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "sign_in_token" add constraint "sign_in_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sign_in_token_user_id_purpose_created_at_index" on "sign_in_token" ("user_id", "purpose", "created_at");`);

    this.addSql(`create table "sign_in_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "superseded_at" timestamptz null, "failed_attempts" smallint not null default 0, constraint "sign_in_code_pkey" primary key ("id"));`);
    this.addSql(`create index "sign_in_code_user_id_created_at_index" on "sign_in_code" ("user_id", "created_at");`);

    this.addSql(`create table "session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "absolute_expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(512) null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(`alter table "sign_in_token" add constraint "sign_in_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "sign_in_code" add constraint "sign_in_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sign_in_token" drop constraint "sign_in_token_user_id_foreign";`);

    this.addSql(`alter table "sign_in_code" drop constraint "sign_in_code_user_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "auth_attempt" cascade;`);

    this.addSql(`drop table if exists "email_template" cascade;`);

    this.addSql(`drop table if exists "outbox_email" cascade;`);

    this.addSql(`drop table if exists "portal_event_action" cascade;`);

    this.addSql(`drop table if exists "portal_settings" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "sign_in_token" cascade;`);

    this.addSql(`drop table if exists "sign_in_code" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);
  }

}
