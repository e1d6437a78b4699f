import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 13 (findings 6, 9, 11): stored tokens, codes and session ids become keyed hashes
 * (HMAC-SHA-256 with SECRET_KEY, core/secrets.ts). The plain SHA-256 stored so far can never
 * match again, so every live one ends here: everyone signs in again, pending links and codes
 * stop working. E-mails carrying a link or code are sealed with the server key; the ones still
 * waiting in clear cannot be sealed in SQL (no key here), so they end EXPIRED with the body erased.
 */
export class Migration20261206140000AuthHardening extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "session" set "revoked_at" = now() where "revoked_at" is null;`);
    this.addSql(`update "sign_in_code" set "superseded_at" = now() where "used_at" is null and "superseded_at" is null;`);
    this.addSql(`update "sign_in_token" set "superseded_at" = now() where "used_at" is null and "superseded_at" is null;`);
    this.addSql(`update "email_change_token" set "superseded_at" = now() where "used_at" is null and "superseded_at" is null;`);
    // Rate-limit subjects were plain hashes too; the rows are short-lived counters.
    this.addSql(`delete from "auth_attempt";`);
    this.addSql(`alter table "auth_attempt" drop constraint if exists "auth_attempt_kind_check";`);
    this.addSql(`alter table "auth_attempt" add constraint "auth_attempt_kind_check" check ("kind" in ('CODE_REQUEST', 'PASSWORD_FAILURE', 'EMAIL_CHANGE_REQUEST'));`);

    this.addSql(`alter table "outbox_email" drop constraint if exists "outbox_email_status_check";`);
    this.addSql(`alter table "outbox_email" add constraint "outbox_email_status_check" check ("status" in ('PENDING', 'SENT', 'FAILED', 'EXPIRED'));`);
    // Finding 10: a code request is queued, the same for every address; the worker issues it.
    this.addSql(`create table "sign_in_code_request" ("id" uuid not null, "email" varchar(254) not null, "requested_at" timestamptz not null, constraint "sign_in_code_request_pkey" primary key ("id"));`);
    this.addSql(`create index "sign_in_code_request_requested_at_index" on "sign_in_code_request" ("requested_at");`);
    this.addSql(`alter table "outbox_email" add column "sealed_body" text null, add column "secret_expires_at" timestamptz null;`);
    this.addSql(`update "outbox_email" set "status" = case when "status" = 'PENDING' then 'EXPIRED' else "status" end,
      "text" = '[not shown: carries a sign-in link or code]', "html" = null where "carries_secret";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_code_request";`);
    this.addSql(`delete from "auth_attempt" where "kind" = 'EMAIL_CHANGE_REQUEST';`);
    this.addSql(`alter table "auth_attempt" drop constraint if exists "auth_attempt_kind_check";`);
    this.addSql(`alter table "auth_attempt" add constraint "auth_attempt_kind_check" check ("kind" in ('CODE_REQUEST', 'PASSWORD_FAILURE'));`);
    this.addSql(`update "outbox_email" set "status" = 'FAILED' where "status" = 'EXPIRED';`);
    this.addSql(`alter table "outbox_email" drop column if exists "sealed_body", drop column if exists "secret_expires_at";`);
    this.addSql(`alter table "outbox_email" drop constraint if exists "outbox_email_status_check";`);
    this.addSql(`alter table "outbox_email" add constraint "outbox_email_status_check" check ("status" in ('PENDING', 'SENT', 'FAILED'));`);
  }
}
