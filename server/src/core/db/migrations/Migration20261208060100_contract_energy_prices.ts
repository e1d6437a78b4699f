import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16: savings of self-consumption are valued at the contract's own prices. A contract may
 * carry its energy price per tariff period (€/kWh, decimals as text: {"P1": "0.189500", …}) and a
 * simplified-compensation price for surplus (€/kWh); null where the contract states none.
 */
export class Migration20261208060100ContractEnergyPrices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "contract" add column "energy_prices" jsonb null;`);
    this.addSql(`alter table "contract" add column "compensation_price" numeric(10,6) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "contract" drop column "compensation_price";`);
    this.addSql(`alter table "contract" drop column "energy_prices";`);
  }
}
