import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language } from '@portal/shared';
import type { Viewer } from '../../core/context.js';
import { viewerScopeSettingsSql } from '../../core/db/viewer-scope.js';
import { ALL_ROWS, type RowScope } from '../../core/permissions/row-scope.js';
import { tokenHash } from '../../core/secrets.js';
import type { UserStatus, ViewerUserFields } from '../users/user.entity.js';
import type { SessionPolicy } from './session.service.js';
import { accessOf } from './user-access.js';

/** Refreshing lastSeenAt on every request would write on every read; once a minute is enough. */
export const TOUCH_AFTER_MS = 60_000;

const USER_COLUMNS = {
  id: 'id',
  email: 'email',
  name: 'name',
  language: 'language',
  status: 'status',
  isAdmin: 'is_admin',
  userTypes: 'user_types',
  personalFiscalId: 'personal_fiscal_id',
  companyFiscalId: 'company_fiscal_id',
  relatedFiscalIds: 'related_fiscal_ids',
  cupsRestriction: 'cups_restriction',
} as const satisfies Record<keyof ViewerUserFields, string>;

const select = (table: string, prefix: string) =>
  Object.values(USER_COLUMNS).map((column) => `${table}.${column} as ${prefix}${column}`).join(', ');

/**
 * Cookie -> session, its user, the customer it acts as, and the viewer's row scope, in one indexed
 * read. The live rules are session.service's: not revoked, idle at most `idleMs`, before the
 * absolute expiry, owner not disabled; only an admin acts, and only as an enabled customer.
 * The `touched` CTE refreshes last_seen_at in the same statement when it is over a minute old.
 * The scope is PRODUCT.md "Scope": row-scope.property.test.ts checks every row a random user reads
 * through it, and session-viewer.test.ts compares it with a reference (test/reference-scope.ts).
 * For a customer it also switches the transaction to the viewer role with that scope
 * (core/db/viewer-scope.ts): run inside a transaction, the rest of it is scoped by PostgreSQL.
 */
const SESSION_VIEWER_SQL = `
with live as (
  select s.id, s.last_seen_at, s.user_id, acting.id as acting_id
    from session s
    join app_user u on u.id = s.user_id and u.status <> 'DISABLED'
    left join app_user acting on acting.id = s.acting_as_user_id
         and u.is_admin and not acting.is_admin and acting.status <> 'DISABLED'
   where s.token_hash = ? and s.revoked_at is null and s.last_seen_at >= ? and s.absolute_expires_at > ?
), touched as (
  update session set last_seen_at = ? from live
   where session.id = live.id and live.last_seen_at < ?
), viewer as (
  select live.id as session_id, live.acting_id, live.user_id as owner_id, v.*
    from live join app_user v on v.id = coalesce(live.acting_id, live.user_id)
), accounts as (
  select a.id from viewer v join customer_account a
      on a.fiscal_id = any(array[v.personal_fiscal_id, v.company_fiscal_id]::text[] || v.related_fiscal_ids)
   where not v.is_admin
  union
  select a.id from viewer v join customer_account a on a.registered_user_id = v.id
   where not v.is_admin
), scope as materialized (
  select coalesce((select array_agg(id) from accounts), '{}') as account_ids,
         coalesce((select array_agg(sp.id) from accounts a join supply_point sp on sp.account_id = a.id
                    where cardinality(v.cups_restriction) = 0 or sp.cups = any(v.cups_restriction)), '{}') as supply_point_ids
    from viewer v
)
select v.session_id, ${select('v', 'v_')}, ${select('admin', 'admin_')}, scope.account_ids, scope.supply_point_ids,
       case when not v.is_admin then ${viewerScopeSettingsSql('scope.account_ids::text', 'scope.supply_point_ids::text', 'v.id::text', 'v.session_id::text')} end as viewer_settings
  from viewer v
  cross join scope
  left join app_user admin on v.acting_id is not null and admin.id = v.owner_id
`;

type Row = Record<string, unknown> & { session_id: string; account_ids: string[]; supply_point_ids: string[] };

function userOf(row: Row, prefix: string): ViewerUserFields {
  const at = (column: string) => row[`${prefix}${column}`];
  return {
    id: at(USER_COLUMNS.id) as string,
    email: at(USER_COLUMNS.email) as string,
    name: at(USER_COLUMNS.name) as string,
    language: at(USER_COLUMNS.language) as Language,
    status: at(USER_COLUMNS.status) as UserStatus,
    isAdmin: at(USER_COLUMNS.isAdmin) as boolean,
    userTypes: at(USER_COLUMNS.userTypes) as string[],
    personalFiscalId: at(USER_COLUMNS.personalFiscalId) as string | null,
    companyFiscalId: at(USER_COLUMNS.companyFiscalId) as string | null,
    relatedFiscalIds: at(USER_COLUMNS.relatedFiscalIds) as string[],
    cupsRestriction: at(USER_COLUMNS.cupsRestriction) as string[],
  };
}

/** The viewer and row scope of a session cookie's token, or null when no live session has it. */
export async function readSessionViewer(
  em: EntityManager,
  token: string,
  policy: SessionPolicy,
  now: Date,
): Promise<{ viewer: Viewer; scope: RowScope } | null> {
  const idleCutoff = new Date(now.getTime() - policy.idleMs);
  const touchCutoff = new Date(now.getTime() - TOUCH_AFTER_MS);
  const params = [tokenHash(token), idleCutoff, now, now, touchCutoff];
  // In `em`'s transaction when it has one (a customer request's: see app/context.ts).
  const rows = await em.getConnection().execute<Row[]>(SESSION_VIEWER_SQL, params, 'all', em.getTransactionContext());
  const row = rows[0];
  if (!row) return null;
  const user = userOf(row, 'v_');
  const actingAdmin = row.admin_id ? userOf(row, 'admin_') : null;
  const viewer: Viewer = { user, sessionId: row.session_id, isAdmin: user.isAdmin, ...accessOf(user), actingAdmin };
  const scope: RowScope = viewer.isAdmin ? ALL_ROWS : { kind: 'customer', accountIds: row.account_ids, supplyPointIds: row.supply_point_ids };
  return { viewer, scope };
}
