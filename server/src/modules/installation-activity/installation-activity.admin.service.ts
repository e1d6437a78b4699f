import { Cursor, type EntityManager } from '@mikro-orm/postgresql';
import { containsPattern } from '../../core/db/like-pattern.js';
import { addCondition, conditions, leanRow, whereSql } from '../../core/db/lean-sql.js';
import { executeOnReplica } from '../../core/db/read-routing.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { checkPage, isDataException, notThisListsCursor, type Page, type PageArgs, type PageParts } from '../../core/graphql/pagination.js';
import { Installation } from '../installations/installation.entity.js';
import { ACTIVITY_COLUMNS, ACTIVITY_JOINS, WAITING_SINCE, type ActivityRow } from './installation-activity.sql.js';
import { AdminInstallationSort, type AdminInstallationFilter, type InstallationActivity } from './installation-activity.types.js';

const FROM = `from installation i join flow_substate s on s.id = i.substate_id join customer_account acc on acc.id = i.account_id ${ACTIVITY_JOINS}`;

// Every sort is (a non-null timestamp, the id): rows without the sorted fact get a bound past every
// real one (so they come last), and cursors keep one shape, checked like the updatedAt/id list's.
const SORTS: Record<AdminInstallationSort, { at: string; direction: 'asc' | 'desc' }> = {
  [AdminInstallationSort.RECENTLY_CHANGED]: { at: 'i.updated_at', direction: 'desc' },
  [AdminInstallationSort.WAITING_LONGEST]: { at: `coalesce(${WAITING_SINCE}, timestamptz '9999-01-01 00:00:00+00')`, direction: 'asc' },
  [AdminInstallationSort.LATEST_CUSTOMER_ACTION]: { at: `coalesce(last_action.last_action_at, timestamptz '1900-01-01 00:00:00+00')`, direction: 'desc' },
};

/** The activity of the installations a request listed, by id: `customerActivity` reads it without a statement. */
export type ListedActivity = Map<string, InstallationActivity>;

/**
 * Staff's installation list with each one's customer activity, filtered and sorted in one statement
 * (page, activity and count): most recently changed first, or what has waited longest, or the
 * latest customer action.
 */
export async function adminInstallations(
  em: EntityManager,
  filter: AdminInstallationFilter | null | undefined,
  sort: AdminInstallationSort,
  page: PageArgs,
  parts: PageParts,
  listed: ListedActivity,
): Promise<Page<Installation>> {
  checkPage(em, Installation, { updatedAt: 'desc', id: 'asc' }, page);
  const { at, direction } = SORTS[sort];
  const where = conditions();
  if (filter?.substateId) addCondition(where, 'i.substate_id = ?', idArgument('filter.substateId', filter.substateId));
  if (filter?.stateId) addCondition(where, 's.state_id = ?', idArgument('filter.stateId', filter.stateId));
  const term = filter?.search?.trim();
  if (term) addCondition(where, '(i.code ilike ? or acc.name ilike ?)', containsPattern(term), containsPattern(term));
  if (filter?.needsAttention) addCondition(where, `${WAITING_SINCE} is not null`);

  const after = conditions();
  if (page.after != null) {
    const [afterAt, afterId] = Cursor.decode(page.after) as [Date, string];
    addCondition(after, `(l.sort_at ${direction === 'desc' ? '<' : '>'} ? or (l.sort_at = ? and l.id > ?))`, afterAt, afterAt, afterId);
  }
  const order = (alias: string) => `${alias}.sort_at ${direction}, ${alias}.id asc`;
  const sql = `with listed as (select i.*, ${ACTIVITY_COLUMNS}, ${at} as sort_at ${FROM} ${whereSql(where)}),
    page as (select * from listed l ${whereSql(after)} order by ${order('l')} limit ?)
    select p.*, c.total from (select count(*)::int as total from listed) c left join page p on true order by ${order('p')}`;
  let rows: (ActivityRow & { id: string | null; sort_at: Date; total: number })[];
  try {
    rows = await executeOnReplica(em, sql, [...where.params, ...after.params, page.first + 1]);
  } catch (error) {
    if (page.after != null && isDataException(error)) throw notThisListsCursor();
    throw error;
  }
  // With the count beside it, an empty page is one row of nulls.
  const pageRows = rows.filter((row) => row.id != null);
  const shown = pageRows.slice(0, page.first);
  const nodes = shown.map((row) => {
    listed.set(row.id!, activityOfRow(row));
    return leanRow(em, Installation, row);
  });
  const last = shown.at(-1);
  return {
    nodes: parts.rows ? nodes : [],
    pageInfo: { hasNextPage: pageRows.length > page.first, endCursor: last ? Cursor.encode([new Date(last.sort_at), last.id]) : null },
    totalCount: parts.count ? Number(rows[0]?.total ?? 0) : 0,
  };
}

/** The installation's customer activity: from the list that gave it, else one statement of its own. */
export async function customerActivity(em: EntityManager, installation: Installation, listed: ListedActivity): Promise<InstallationActivity> {
  const known = listed.get(installation.id);
  if (known) return known;
  const rows = await em.execute<ActivityRow[]>(`select ${ACTIVITY_COLUMNS} ${FROM} where i.id = ?`, [installation.id]);
  return activityOfRow(rows[0]!);
}

function activityOfRow(row: ActivityRow): InstallationActivity {
  return {
    lastCustomerAction: row.last_action_kind && row.last_action_at ? { kind: row.last_action_kind, at: new Date(row.last_action_at) } : null,
    documentsToReview: row.documents_to_review,
    acceptedOffers: row.accepted_offers,
    signedCopies: row.signed_copies,
    waitingSince: row.waiting_since ? new Date(row.waiting_since) : null,
  };
}
