import { Migration } from '@mikro-orm/migrations';

// Folders the portal itself files documents in, and their English names.
const SYSTEM_FOLDERS: readonly (readonly [string, string])[] = [
  ['Contratos', 'Contracts'],
  ['Facturas', 'Invoices'],
  ['Liquidaciones', 'Settlements'],
  ['Ofertas', 'Offers'],
  ['Instalación', 'Installation'],
  ['Incidencias', 'Incidents'],
  ['Client-Documents', 'Your documents'],
];

// Titles the portal writes itself ("Factura FE-2026-000001", in its own folder): the English
// prefix, the code kept. A title staff wrote ("Contrato de instalación …") is left alone.
const TITLE_PREFIXES: readonly (readonly [folder: string, es: string, en: string])[] = [
  ['Contratos', 'Contrato ', 'Contract '],
  ['Facturas', 'Factura ', 'Invoice '],
  ['Liquidaciones', 'Liquidación de generación ', 'Generation settlement '],
  ['Ofertas', 'Oferta ', 'Offer '],
];

const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * Issue 17: admin-written texts customers read get their English beside the Spanish original, as
 * jsonb `{ "en": "…" }` (empty: none, the Spanish is shown). Existing system folders and titles get theirs.
 */
export class Migration20261209080000Translations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "document" add column "title_translations" jsonb not null default '{}', add column "folder_translations" jsonb not null default '{}';`);
    this.addSql(
      `alter table "document_request" add column "name_translations" jsonb not null default '{}', add column "description_translations" jsonb not null default '{}';`,
    );
    this.addSql(`alter table "signing_document" add column "title_translations" jsonb not null default '{}';`);
    const folders = SYSTEM_FOLDERS.map(([es, en]) => `(${literal(es)}, ${literal(en)})`).join(', ');
    this.addSql(
      `update "document" d set "folder_translations" = jsonb_build_object('en', v.en) from (values ${folders}) as v(es, en) where d."folder" = v.es;`,
    );
    for (const [folder, es, en] of TITLE_PREFIXES) {
      this.addSql(
        `update "document" set "title_translations" = jsonb_build_object('en', ${literal(en)} || substr("title", ${es.length + 1})) ` +
          `where "folder" = ${literal(folder)} and starts_with("title", ${literal(es)}) and substr("title", ${es.length + 1}) ~ '^[[:alnum:]-]+$';`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "signing_document" drop column "title_translations";`);
    this.addSql(`alter table "document_request" drop column "description_translations", drop column "name_translations";`);
    this.addSql(`alter table "document" drop column "folder_translations", drop column "title_translations";`);
  }
}
