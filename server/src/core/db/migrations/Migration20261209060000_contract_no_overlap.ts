import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: a supply point has at most one active contract on any day. The exclusion constraint
 * holds it when two activations race (the service's check gives the readable refusal). Dates are
 * inclusive; an open end runs forever. btree_gist lets a gist index compare the uuid by equality.
 */
export class Migration20261209060000ContractNoOverlap extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`);
    // Existing data that breaks the rule stops the deploy with the contracts to fix named, not a bare
    // constraint error (server/DEPLOY.md). An end before the start would make daterange() raise.
    this.addSql(`do $$
declare bad text;
begin
  select string_agg(code, ', ') into bad from contract where end_date < start_date;
  if bad is not null then raise exception 'Contracts ending before they start: %. Correct their dates, then migrate again.', bad; end if;
  select string_agg(a.code || ' / ' || b.code, ', ') into bad
    from contract a join contract b on a.supply_point_id = b.supply_point_id and a.id < b.id
   where a.status = 'ACTIVE' and b.status = 'ACTIVE'
     and daterange(a.start_date, a.end_date, '[]') && daterange(b.start_date, b.end_date, '[]');
  if bad is not null then raise exception 'Active contracts overlapping on one supply point: %. End or deactivate one of each pair, then migrate again.', bad; end if;
end $$;`);
    this.addSql(`alter table "contract" add constraint "contract_dates_in_order" check ("end_date" is null or "end_date" >= "start_date");`);
    this.addSql(
      `alter table "contract" add constraint "contract_active_no_overlap" exclude using gist ` +
        `("supply_point_id" with =, daterange("start_date", "end_date", '[]') with &&) where ("status" = 'ACTIVE');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "contract" drop constraint "contract_active_no_overlap";`);
    this.addSql(`alter table "contract" drop constraint "contract_dates_in_order";`);
  }
}
