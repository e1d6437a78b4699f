import { Migration } from '@mikro-orm/migrations';

/**
 * Automatic actions ("when X happens, e-mail template T"), with the one every deployment needs:
 * a registered solar client gets the portal link (seed 004). Outbox messages now say themselves
 * whether they carry a secret, so a custom template with a sign-in link is redacted too.
 */
export class Migration20261122145900 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "automatic_action" ("id" uuid not null, "trigger" text check ("trigger" in ('CLIENT_REGISTERED', 'CONTRACT_ACTIVATED', 'INSTALLATION_ENTERED_SUBSTATE', 'OFFER_SHARED', 'VISIT_SCHEDULED', 'INCIDENT_REPLIED')) not null, "substate_id" uuid null, "template_key" varchar(64) not null, "enabled" boolean not null default true, "created_at" timestamptz not null, constraint "automatic_action_pkey" primary key ("id"));`);
    this.addSql(`create index "automatic_action_trigger_index" on "automatic_action" ("trigger");`);
    this.addSql(`alter table "automatic_action" add constraint "automatic_action_substate_id_foreign" foreign key ("substate_id") references "flow_substate" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "automatic_action" ("id", "trigger", "template_key", "enabled", "created_at") values (gen_random_uuid(), 'CLIENT_REGISTERED', 'client-registered', true, now());`);

    this.addSql(`alter table "outbox_email" add column "carries_secret" boolean not null default false;`);
    this.addSql(`update "outbox_email" set "carries_secret" = true where "template_key" in ('welcome', 'magic-link', 'login-code', 'client-registered', 'email-change');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_email" drop column "carries_secret";`);
    this.addSql(`drop table if exists "automatic_action" cascade;`);
  }
}
