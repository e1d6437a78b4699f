import { Migration } from '@mikro-orm/migrations';

/**
 * `portal_viewer` (customer requests) could select and update every column of the `app_user` rows
 * it sees (its own, and the staff named on its rows): their password hashes, and its own is_admin,
 * user types, fiscal IDs and CUPS restriction. Now it has column privileges: it reads every column
 * but `password_hash` (the password checks and writes run as the application: auth.resolver.ts), and
 * writes only what a customer changes of themselves (profile and personal data: name, language;
 * a confirmed e-mail change: email).
 *
 * The lists are explicit on purpose, deny by default: a column added to `app_user` later is neither
 * readable nor writable by customer requests until a later migration grants it, deliberately
 * (test/row-level-security.test.ts fails until then).
 */

const ROLE = 'portal_viewer';

/** Every column of app_user but password_hash. */
const VIEWER_READABLE_USER_COLUMNS = [
  'id',
  'email',
  'name',
  'language',
  'status',
  'is_admin',
  'user_types',
  'personal_fiscal_id',
  'personal_fiscal_id_kind',
  'company_fiscal_id',
  'related_fiscal_ids',
  'cups_restriction',
  'created_at',
  'last_sign_in_at',
];

/** What customer requests write of their own row (the policy viewer_updates keeps them to it). */
const VIEWER_WRITABLE_USER_COLUMNS = ['name', 'language', 'email'];

const columns = (names: string[]) => names.map((name) => `"${name}"`).join(', ');

export class Migration20261210010000ViewerUserColumns extends Migration {
  override async up(): Promise<void> {
    // Revoking the table privilege also revokes the column privileges of the same kind.
    this.addSql(`revoke select, update on "app_user" from ${ROLE};`);
    this.addSql(`grant select (${columns(VIEWER_READABLE_USER_COLUMNS)}) on "app_user" to ${ROLE};`);
    this.addSql(`grant update (${columns(VIEWER_WRITABLE_USER_COLUMNS)}) on "app_user" to ${ROLE};`);
  }

  // Back to 20261209010000's table privileges.
  override async down(): Promise<void> {
    this.addSql(`revoke select, update on "app_user" from ${ROLE};`);
    this.addSql(`grant select, update on "app_user" to ${ROLE};`);
  }
}
