import { Migration } from '@mikro-orm/migrations';
import { SCOPED_TABLES } from './Migration20261208040100_row_level_security.js';

/**
 * Issue 17, "customers told, and heard": files attached to a reply in an incident's conversation,
 * and the staff side's read marker (a new customer message makes the incident unread for staff).
 */
export class Migration20261209040000IncidentInbox extends Migration {
  override async up(): Promise<void> {
    // Existing incidents count as read: nobody should face the whole history as new.
    this.addSql(`alter table "incident" add column "unread_by_staff" boolean not null default false;`);
    this.addSql(`create index "incident_unread_by_staff_updated_at_id_index" on "incident" ("unread_by_staff", "updated_at", "id");`);
    // incident_id beside reply_id: the row scope (and its policy) is the incident's, like incident_reply's.
    this.addSql(`create table "incident_reply_attachment" (
  "id" uuid not null,
  "incident_id" uuid not null,
  "reply_id" uuid not null,
  "document_id" uuid not null,
  "created_at" timestamptz not null,
  constraint "incident_reply_attachment_pkey" primary key ("id"),
  constraint "incident_reply_attachment_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade on delete cascade,
  constraint "incident_reply_attachment_reply_id_foreign" foreign key ("reply_id") references "incident_reply" ("id") on update cascade on delete cascade,
  constraint "incident_reply_attachment_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade
);`);
    this.addSql(`create index "incident_reply_attachment_reply_id_created_at_index" on "incident_reply_attachment" ("reply_id", "created_at");`);
    this.addSql(`alter table "incident_reply_attachment" enable row level security;`);
    const scope = SCOPED_TABLES.incident_reply;
    this.addSql(`create policy viewer_scope on "incident_reply_attachment" for all to portal_viewer using (${scope}) with check (${scope});`);
    // Customer requests attach files (written in the viewer's scope); new tables have no grant by default (20261209010000).
    this.addSql(`grant select, insert, update, delete on "incident_reply_attachment" to portal_viewer;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "incident_reply_attachment";`);
    this.addSql(`drop index if exists "incident_unread_by_staff_updated_at_id_index";`);
    this.addSql(`alter table "incident" drop column if exists "unread_by_staff";`);
  }
}
