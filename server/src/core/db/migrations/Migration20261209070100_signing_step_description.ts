import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: the signing screen itself says how to sign (download, sign, upload), so the default
 * flow's description of that step no longer repeats it. Only a description nobody has edited changes.
 */
const SHIPPED = { es: 'Descarga cada documento, fírmalo y sube la copia firmada.', en: 'Download each document, sign it and upload the signed copy.' };
const NOW = { es: 'El contrato de tu instalación, listo para tu firma.', en: 'The contract for your installation, ready for your signature.' };

export class Migration20261209070100SigningStepDescription extends Migration {
  override async up(): Promise<void> {
    this.swap(SHIPPED, NOW);
  }

  override async down(): Promise<void> {
    this.swap(NOW, SHIPPED);
  }

  private swap(from: object, to: object): void {
    this.addSql(
      `update "flow_substate" set "portal_description" = '${JSON.stringify(to)}'::jsonb
        where "action" = 'CONTRACT_SIGNING' and "portal_description" = '${JSON.stringify(from)}'::jsonb;`,
    );
  }
}
