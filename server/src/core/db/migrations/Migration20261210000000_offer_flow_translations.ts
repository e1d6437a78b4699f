import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_FLOW_NAME } from './Migration20261122131500_default_flow.js';

/**
 * Issue 17, "English all the way": an offer's title (the customer reads it on "Elige tu oferta" and
 * in its e-mails) and a flow's name (staff read it in the admin screens, in their language) get their
 * English beside the Spanish original, as `{ "en": "…" }` like the other admin-written texts. The
 * flow every deployment starts with gets its English name.
 */
export class Migration20261210000000OfferFlowTranslations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "offer" add column "title_translations" jsonb not null default '{}';`);
    this.addSql(`alter table "flow" add column "name_translations" jsonb not null default '{}';`);
    this.addSql(`update "flow" set "name_translations" = '{"en": "Residential self-consumption"}' where "name" = '${DEFAULT_FLOW_NAME}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "flow" drop column "name_translations";`);
    this.addSql(`alter table "offer" drop column "title_translations";`);
  }
}
