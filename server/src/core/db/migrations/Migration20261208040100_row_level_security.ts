import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: the row scope enforced by PostgreSQL. A customer request runs as `portal_viewer`
 * (set LOCAL per transaction, core/db/viewer-scope.ts); these policies then show it only the rows
 * of the scope in `portal.account_ids` / `portal.supply_point_ids`, mirroring the MikroORM
 * filters (`rowScopeFilter`). The owner role (the app's own user) bypasses them as before.
 */

// Each setting parsed once per statement (a scalar subquery is an InitPlan; the outer cast makes
// `any (…)` take it as an array, not as an ANY-subquery); absent or empty is NULL: no row matches.
const ACCOUNTS = `(select nullif(current_setting('portal.account_ids', true), '')::uuid[])::uuid[]`;
const SUPPLY_POINTS = `(select nullif(current_setting('portal.supply_point_ids', true), '')::uuid[])::uuid[]`;
const OF_INSTALLATION = `exists (select 1 from "installation" i where i.id = installation_id and i.account_id = any (${ACCOUNTS}))`;

/** Table -> which rows the viewer's scope allows (the same condition as the entity's filter). */
export const SCOPED_TABLES: Record<string, string> = {
  customer_account: `id = any (${ACCOUNTS})`,
  supply_point: `id = any (${SUPPLY_POINTS})`,
  contract: `account_id = any (${ACCOUNTS}) and supply_point_id = any (${SUPPLY_POINTS})`,
  invoice: `account_id = any (${ACCOUNTS}) and supply_point_id = any (${SUPPLY_POINTS})`,
  generation_settlement: `account_id = any (${ACCOUNTS}) and supply_point_id = any (${SUPPLY_POINTS})`,
  measurement: `supply_point_id = any (${SUPPLY_POINTS})`,
  forecast: `supply_point_id = any (${SUPPLY_POINTS})`,
  // CUPS-bound documents follow the CUPS restriction; account-level ones the fiscal scope.
  document: `supply_point_id = any (${SUPPLY_POINTS}) or (supply_point_id is null and account_id = any (${ACCOUNTS}))`,
  incident: `account_id = any (${ACCOUNTS})`,
  incident_reply: `exists (select 1 from "incident" i where i.id = incident_id and i.account_id = any (${ACCOUNTS}))`,
  installation: `account_id = any (${ACCOUNTS})`,
  installation_transition: OF_INSTALLATION,
  roof_drawing: OF_INSTALLATION,
  document_request: OF_INSTALLATION,
  signing_document: OF_INSTALLATION,
  offer: OF_INSTALLATION,
  installer_visit: OF_INSTALLATION,
};

const ROLE = 'portal_viewer';
const POLICY = 'viewer_scope';

export class Migration20261208040100RowLevelSecurity extends Migration {
  override async up(): Promise<void> {
    // Roles are cluster-wide and databases migrate concurrently: create it once, tolerate the race.
    this.addSql(`do $$ begin
  if not exists (select 1 from pg_roles where rolname = '${ROLE}') then
    begin
      create role ${ROLE} nologin nosuperuser nobypassrls;
    exception when duplicate_object or unique_violation then null;
    end;
  end if;
  -- The app's user switches to the role per transaction (SET LOCAL ROLE); a DBA grants it when we may not.
  if not pg_has_role(current_user, '${ROLE}', 'member') then
    begin
      execute format('grant ${ROLE} to %I', current_user);
    exception when insufficient_privilege then
      raise warning 'grant ${ROLE} to % yourself: customer requests cannot run without it', current_user;
    end;
  end if;
end $$;`);
    this.addSql(`grant usage on schema public to ${ROLE};`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to ${ROLE};`);
    this.addSql(`grant usage, select on all sequences in schema public to ${ROLE};`);
    // Tables of later migrations (run by the same user) are granted too; their scope needs a policy here.
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to ${ROLE};`);
    this.addSql(`alter default privileges in schema public grant usage, select on sequences to ${ROLE};`);
    for (const [table, condition] of Object.entries(SCOPED_TABLES)) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy ${POLICY} on "${table}" for all to ${ROLE} using (${condition}) with check (${condition});`);
    }
  }

  // The role stays: other databases of the cluster may use it.
  override async down(): Promise<void> {
    for (const table of Object.keys(SCOPED_TABLES)) {
      this.addSql(`drop policy if exists ${POLICY} on "${table}";`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    this.addSql(`alter default privileges in schema public revoke all on tables from ${ROLE};`);
    this.addSql(`alter default privileges in schema public revoke all on sequences from ${ROLE};`);
    this.addSql(`revoke all on all tables in schema public from ${ROLE};`);
    this.addSql(`revoke all on all sequences in schema public from ${ROLE};`);
    this.addSql(`revoke usage on schema public from ${ROLE};`);
  }
}
