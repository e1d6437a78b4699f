import { Migration } from '@mikro-orm/migrations';

/**
 * Upload quota (issue 13, finding 8): what customers upload counts against their account's quota,
 * so those documents are marked. Existing customer uploads are the documents an incident, a
 * document request or a signing document (its signed copy) points at.
 */
export class Migration20261206120000UploadQuota extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "document" add column "uploaded_by_customer" boolean not null default false;`);
    this.addSql(`update "document" set "uploaded_by_customer" = true where "id" in (
      select "attachment_id" from "incident" where "attachment_id" is not null
      union select "document_id" from "document_request" where "document_id" is not null
      union select "signed_copy_id" from "signing_document" where "signed_copy_id" is not null);`);
    this.addSql(`create index "document_customer_upload_index" on "document" ("account_id") where "uploaded_by_customer";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "document_customer_upload_index";`);
    this.addSql(`alter table "document" drop column if exists "uploaded_by_customer";`);
  }
}
