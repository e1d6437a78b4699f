import { Cursor, type EntityManager, type EntityProperty } from '@mikro-orm/postgresql';
import type { ClassType } from 'type-graphql';
import { leanRow, whereSql, type Conditions } from '../db/lean-sql.js';
import { executeOnReplica } from '../db/read-routing.js';
import { checkPage, isDataException, notThisListsCursor, type Page, type PageArgs, type PageParts } from './pagination.js';

/** The rows a lean list pages over: `from` names the entity's table as `t` (joins allowed), `where` includes the scope. */
export type LeanList = { from: string; where: Conditions };

type Row = Record<string, unknown>;

/**
 * `paginate` as one statement of lean SQL: the page (one row more than asked: hasNextPage) and,
 * beside it, the count over all pages; rows are plain objects of the entity's shape (lean-sql.ts
 * `leanRow`). Same order, cursors (MikroORM's Cursor of the sort values), errors and replica
 * routing as `paginate`; the sort columns must be non-null and end in a unique one.
 */
export async function leanPaginate<T extends object>(
  em: EntityManager,
  entity: ClassType<T>,
  list: LeanList,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>>,
  page: PageArgs,
  parts: PageParts,
): Promise<Page<T>> {
  const columns = checkPage(em, entity, orderBy, page);
  const directions = Object.values(orderBy) as ('asc' | 'desc')[];
  const where = whereSql(list.where);
  const rowsAsked = parts.rows || page.after != null;
  const pageSql = rowsAsked ? pageStatement(list, columns, directions, page) : null;
  const count = `select count(*)::int as "__total" from ${list.from} ${where}`;
  const [sql, params] = !pageSql
    ? [count, list.where.params]
    : !parts.count
      ? [pageSql.sql, pageSql.params]
      : [
          `with page as (${pageSql.sql}) select p.*, c."__total" from (${count}) c left join page p on true order by ${orderSql(columns, directions, 'p')}`,
          [...pageSql.params, ...list.where.params],
        ];
  let rows: Row[];
  try {
    rows = await executeOnReplica<Row[]>(em, sql, params);
  } catch (error) {
    // A forged cursor of the right shape can still hold values the sort columns reject.
    if (page.after != null && isDataException(error)) throw notThisListsCursor();
    throw error;
  }
  const totalCount = parts.count ? Number(rows[0]?.__total ?? 0) : 0;
  // With the count beside it, an empty page is one row of nulls.
  const pageRows = pageSql ? rows.filter((row) => row[columns[0]!.fieldNames[0]!] != null) : [];
  const hasNextPage = pageRows.length > page.first;
  const nodes = pageRows.slice(0, page.first).map((row) => leanRow(em, entity, row));
  const last = nodes.at(-1) as Record<string, unknown> | undefined;
  const endCursor = last ? Cursor.encode(columns.map((column) => last[column.name])) : null;
  return { nodes: parts.rows ? nodes : [], pageInfo: { hasNextPage, endCursor }, totalCount };
}

function orderSql(columns: EntityProperty[], directions: string[], alias: string): string {
  return columns.map((column, i) => `${alias}.${column.fieldNames[0]} ${directions[i]}`).join(', ');
}

/** The page's rows after the cursor (keyset: each row's sort values past the cursor's), one more than asked. */
function pageStatement(list: LeanList, columns: EntityProperty[], directions: string[], page: PageArgs): { sql: string; params: unknown[] } {
  const where = { sql: [...list.where.sql], params: [...list.where.params] };
  if (page.after != null) {
    const values = Cursor.decode(page.after) as unknown[];
    const alternatives = columns.map((column, i) => {
      const equal = columns.slice(0, i).map((earlier) => `t.${earlier.fieldNames[0]} = ?`);
      return [...equal, `t.${column.fieldNames[0]} ${directions[i] === 'desc' ? '<' : '>'} ?`].join(' and ');
    });
    where.sql.push(`(${alternatives.map((alternative) => `(${alternative})`).join(' or ')})`);
    columns.forEach((_, i) => where.params.push(...values.slice(0, i + 1)));
  }
  return {
    sql: `select t.* from ${list.from} ${whereSql(where)} order by ${orderSql(columns, directions, 't')} limit ?`,
    params: [...where.params, page.first + 1],
  };
}
