import { Migration } from '@mikro-orm/migrations';

/**
 * Incidents (types, incidents, reply threads) and the contact e-mail change of the personal
 * data screen (its tokens and its default e-mail template). Seeds four incident types; admins
 * edit them later.
 */

const DEFAULT_INCIDENT_TYPES: { es: string; en: string }[] = [
  { es: 'Avería', en: 'Breakdown' },
  { es: 'Facturación', en: 'Billing' },
  { es: 'Documentación', en: 'Documents' },
  { es: 'Otra', en: 'Other' },
];

const EMAIL_CHANGE_TEMPLATES = [
  {
    language: 'es',
    subject: 'Confirma tu nueva dirección de correo',
    body: `Hola |client_name|:

Has pedido usar esta dirección como correo de contacto en tu Portal de clientes. Para confirmarlo, abre este enlace y pulsa «Confirmar»:
|confirm_link|

El enlace caduca en 24 horas y solo se puede usar una vez. Hasta que lo confirmes seguiremos usando tu dirección anterior.

Si no lo has pedido tú, ignora este mensaje.`,
  },
  {
    language: 'en',
    subject: 'Confirm your new e-mail address',
    body: `Hello |client_name|,

You asked to use this address as the contact e-mail of your Customer Portal. To confirm it, open this link and press "Confirm":
|confirm_link|

The link expires in 24 hours and works only once. Until you confirm it we keep using your previous address.

If you did not ask for this, ignore this message.`,
  },
];

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export class Migration20261122140300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "incident_type" ("id" uuid not null, "name" jsonb not null, "active" boolean not null default true, "position" int not null default 0, constraint "incident_type_pkey" primary key ("id"));`);

    this.addSql(`create table "incident" ("id" uuid not null, "account_id" uuid not null, "installation_id" uuid null, "type_id" uuid not null, "description" text not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')) not null, "attachment_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "incident_pkey" primary key ("id"));`);
    this.addSql(`create index "incident_account_id_created_at_index" on "incident" ("account_id", "created_at");`);

    this.addSql(`create table "incident_reply" ("id" uuid not null, "incident_id" uuid not null, "body" text not null, "from_staff" boolean not null, "author_id" uuid null, "created_at" timestamptz not null, constraint "incident_reply_pkey" primary key ("id"));`);
    this.addSql(`create index "incident_reply_incident_id_created_at_index" on "incident_reply" ("incident_id", "created_at");`);

    this.addSql(`create table "email_change_token" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "new_email" varchar(254) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "superseded_at" timestamptz null, constraint "email_change_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "email_change_token" add constraint "email_change_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "email_change_token_user_id_index" on "email_change_token" ("user_id");`);

    this.addSql(`alter table "incident" add constraint "incident_account_id_foreign" foreign key ("account_id") references "customer_account" ("id") on update cascade;`);
    this.addSql(`alter table "incident" add constraint "incident_installation_id_foreign" foreign key ("installation_id") references "installation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "incident" add constraint "incident_type_id_foreign" foreign key ("type_id") references "incident_type" ("id") on update cascade;`);
    this.addSql(`alter table "incident" add constraint "incident_attachment_id_foreign" foreign key ("attachment_id") references "document" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "incident" add constraint "incident_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "incident_reply" add constraint "incident_reply_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade;`);
    this.addSql(`alter table "incident_reply" add constraint "incident_reply_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "email_change_token" add constraint "email_change_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    DEFAULT_INCIDENT_TYPES.forEach((name, position) => {
      this.addSql(
        `insert into "incident_type" ("id", "name", "active", "position") values (gen_random_uuid(), ${literal(JSON.stringify(name))}::jsonb, true, ${position});`,
      );
    });
    for (const template of EMAIL_CHANGE_TEMPLATES) {
      this.addSql(
        `insert into "email_template" ("id", "key", "language", "subject", "body", "updated_at") values (gen_random_uuid(), 'email-change', ${literal(template.language)}, ${literal(template.subject)}, ${literal(template.body)}, now()) on conflict ("key", "language") do nothing;`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "email_template" where "key" = 'email-change';`);
    this.addSql(`drop table if exists "email_change_token" cascade;`);
    this.addSql(`drop table if exists "incident_reply" cascade;`);
    this.addSql(`drop table if exists "incident" cascade;`);
    this.addSql(`drop table if exists "incident_type" cascade;`);
  }
}
