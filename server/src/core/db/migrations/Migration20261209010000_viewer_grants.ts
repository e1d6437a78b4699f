import { Migration } from '@mikro-orm/migrations';
import { SCOPED_TABLES } from './Migration20261208040100_row_level_security.js';

/**
 * Issue 15 review: `portal_viewer` (customer requests) had every privilege on every table, with
 * policies only on the scoped ones, so users, sessions, tokens and import jobs were readable in
 * full. Now it has only what customer requests use (deny by default, new tables included), and
 * tables that hold other people's rows show it only the viewer's own (`portal.user_id`,
 * core/db/viewer-scope.ts). test/row-level-security.test.ts keeps one decision per table.
 */

const ROLE = 'portal_viewer';
const ME = `(select nullif(current_setting('portal.user_id', true), '')::uuid)`;
const MY_SESSION = `(select nullif(current_setting('portal.session_id', true), '')::uuid)`;

/** Tables with customer rows (their policies: SCOPED_TABLES) and the rollup of one of them. */
const SCOPED = [...Object.keys(SCOPED_TABLES), 'measurement_day'];

/** Table -> the privileges customer requests need (no entry: none). */
export const VIEWER_GRANTS: Record<string, string> = {
  ...Object.fromEntries(SCOPED.map((table) => [table, 'select, insert, update, delete'])),
  measurement_day: 'select',
  // The company's catalogues and settings: no one's personal rows.
  flow: 'select',
  flow_state: 'select',
  flow_substate: 'select',
  incident_type: 'select',
  market_price: 'select',
  portal_settings: 'select',
  email_template: 'select',
  portal_event_action: 'select',
  // Personal rows, each limited to the viewer's own by a policy below.
  app_user: 'select, update',
  session: 'select, update',
  sign_in_token: 'select, update',
  sign_in_code: 'select, update',
  email_change_token: 'select, insert, update',
  import_job: 'select',
  admin_audit_entry: 'select, insert',
  // Written, never read back: e-mails a customer's change raises (the worker sends them as the owner).
  outbox_email: 'insert',
  // Throttling counters (kind, hashed subject, time): counted across subjects, so not per viewer.
  auth_attempt: 'select, insert, delete',
};

// An admin acting as the viewer is in the audit of it (read when the acting stops).
const STAFF_OR_CUSTOMER_AUTHORS = ['admin_audit_entry.admin_id', 'incident.created_by_id', 'incident_reply.author_id', 'installation_transition.by_user_id', 'roof_drawing.updated_by_id', 'offer.accepted_by_id'];

/** Table -> [policy name, command, using, with check] of the viewer's own rows. */
const OWN_ROW_POLICIES: [table: string, name: string, command: string, using: string | null, check: string | null][] = [
  // The viewer, and the people named on rows the viewer sees (who wrote a reply, moved the installation…):
  // the subqueries run under the viewer's own policies.
  [
    'app_user',
    'viewer_reads',
    'select',
    `id = ${ME} or ${STAFF_OR_CUSTOMER_AUTHORS.map((column) => `id in (select ${column.split('.')[1]} from "${column.split('.')[0]}")`).join(' or ')}`,
    null,
  ],
  ['app_user', 'viewer_updates', 'update', `id = ${ME}`, `id = ${ME}`],
  // The viewer's sessions, and the request's own (an admin acting as the customer holds one of their own).
  ['session', 'viewer_own', 'all', `user_id = ${ME} or id = ${MY_SESSION}`, `user_id = ${ME} or id = ${MY_SESSION}`],
  ['sign_in_token', 'viewer_own', 'all', `user_id = ${ME}`, `user_id = ${ME}`],
  ['sign_in_code', 'viewer_own', 'all', `user_id = ${ME}`, `user_id = ${ME}`],
  ['email_change_token', 'viewer_own', 'all', `user_id = ${ME}`, `user_id = ${ME}`],
  ['import_job', 'viewer_own', 'all', `created_by_id = ${ME}`, `created_by_id = ${ME}`],
  ['admin_audit_entry', 'viewer_own', 'all', `user_id = ${ME}`, `user_id = ${ME}`],
  ['outbox_email', 'viewer_writes', 'insert', null, 'true'],
];

const POLICY_TABLES = [...new Set(OWN_ROW_POLICIES.map(([table]) => table))];

export class Migration20261209010000ViewerGrants extends Migration {
  override async up(): Promise<void> {
    this.addSql(`revoke all on all tables in schema public from ${ROLE};`);
    this.addSql(`revoke all on all sequences in schema public from ${ROLE};`);
    this.addSql(`alter default privileges in schema public revoke all on tables from ${ROLE};`);
    this.addSql(`alter default privileges in schema public revoke all on sequences from ${ROLE};`);
    for (const [table, privileges] of Object.entries(VIEWER_GRANTS)) this.addSql(`grant ${privileges} on "${table}" to ${ROLE};`);
    this.addSql(`grant usage on sequence auth_attempt_id_seq to ${ROLE};`);
    for (const table of POLICY_TABLES) this.addSql(`alter table "${table}" enable row level security;`);
    for (const [table, name, command, using, check] of OWN_ROW_POLICIES) {
      const clauses = `${using ? ` using (${using})` : ''}${check ? ` with check (${check})` : ''}`;
      this.addSql(`create policy ${name} on "${table}" for ${command} to ${ROLE}${clauses};`);
    }
  }

  // Back to the grants of 20261208040100 (every table, and the tables of later migrations).
  override async down(): Promise<void> {
    for (const [table, name] of OWN_ROW_POLICIES) this.addSql(`drop policy if exists ${name} on "${table}";`);
    for (const table of POLICY_TABLES) this.addSql(`alter table "${table}" disable row level security;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to ${ROLE};`);
    this.addSql(`grant usage, select on all sequences in schema public to ${ROLE};`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to ${ROLE};`);
    this.addSql(`alter default privileges in schema public grant usage, select on sequences to ${ROLE};`);
  }
}
