import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: a supply point has at most one active contract on any day. The exclusion constraint
 * holds it when two activations race (the service's check gives the readable refusal). Dates are
 * inclusive; an open end runs forever. btree_gist lets a gist index compare the uuid by equality.
 */
export class Migration20261209060000ContractNoOverlap extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(
      `alter table "contract" add constraint "contract_active_no_overlap" exclude using gist ` +
        `("supply_point_id" with =, daterange("start_date", "end_date", '[]') with &&) where ("status" = 'ACTIVE');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "contract" drop constraint "contract_active_no_overlap";`);
  }
}
