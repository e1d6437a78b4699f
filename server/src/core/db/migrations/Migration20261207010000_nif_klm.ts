import { Migration } from '@mikro-orm/migrations';

const COLUMNS = [
  { table: 'customer_account', column: 'fiscal_id_kind' },
  { table: 'app_user', column: 'personal_fiscal_id_kind' },
] as const;

function kindCheck(kinds: string[]): string[] {
  const list = kinds.map((kind) => `'${kind}'`).join(', ');
  return COLUMNS.flatMap(({ table, column }) => [
    `alter table "${table}" drop constraint if exists "${table}_${column}_check";`,
    `alter table "${table}" add constraint "${table}_${column}_check" check ("${column}" in (${list}));`,
  ]);
}

/** Issue 16: NIFs of persons without DNI or NIE (K, L, M) are a fiscal ID kind of their own. */
export class Migration20261207010000NifKlm extends Migration {
  override async up(): Promise<void> {
    for (const sql of kindCheck(['DNI', 'NIE', 'NIF', 'CIF', 'PASSPORT'])) this.addSql(sql);
  }

  // A NIF account cannot be written back as another kind: going back is refused while one exists.
  override async down(): Promise<void> {
    this.addSql(
      `do $$ begin if exists (select 1 from "customer_account" where "fiscal_id_kind" = 'NIF') then raise exception 'customer accounts with a NIF (K, L, M) exist: cannot go back'; end if; end $$;`,
    );
    this.addSql(`update "app_user" set "personal_fiscal_id_kind" = null, "personal_fiscal_id" = null where "personal_fiscal_id_kind" = 'NIF';`);
    for (const sql of kindCheck(['DNI', 'NIE', 'CIF', 'PASSPORT'])) this.addSql(sql);
  }
}
