import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: the sign-in screen can ask for a link as well as a code. A request says which, and a
 * link's request carries the portal address the link must point at (the worker has no request).
 */
export class Migration20261208040800SignInLinkRequest extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "sign_in_code_request" add column "kind" varchar(8) not null default 'code';`);
    this.addSql(`alter table "sign_in_code_request" add constraint "sign_in_code_request_kind_check" check ("kind" in ('code', 'link'));`);
    this.addSql(`alter table "sign_in_code_request" add column "link_base" varchar(2048) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "sign_in_code_request" where "kind" = 'link';`);
    this.addSql(`alter table "sign_in_code_request" drop column "link_base";`);
    this.addSql(`alter table "sign_in_code_request" drop column "kind";`);
  }
}
