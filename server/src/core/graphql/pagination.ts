import { Cursor, CursorError, type EntityManager, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { onReplica } from '../db/read-routing.js';
import { badInput } from '../errors.js';
import { isId } from './id-argument.js';
import { hostileStringReason } from './input-guard.js';
import { EARLIEST_YEAR, LATEST_YEAR } from './scalars.js';
import { selectedFieldNames } from './selection.js';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `Page size, 1 to ${MAX_PAGE_SIZE}.`, defaultValue: 20 }) first: number = 20;
  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export type Page<T> = { nodes: T[]; pageInfo: PageInfo; totalCount: number };

/** A `<Name>Connection` type: one page of `Item`, its cursor and the count over all pages. */
export function Connection<T extends object>(Item: ClassType<T>): ClassType<Page<T>> {
  @ObjectType(`${Item.name}Connection`)
  class ConnectionType {
    @Field(() => [Item]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Rows matching the filter, over all pages.' }) totalCount!: number;
  }
  return ConnectionType;
}

/** Which statements a page needs: its rows (nodes, pageInfo), its count (totalCount), or both. */
export type PageParts = { rows: boolean; count: boolean };

const WHOLE_PAGE: PageParts = { rows: true, count: true };

/** The parts of a connection the operation selects: `invoices(first: 1) { totalCount }` runs one count and no list query. */
export function selectedPageParts(info: GraphQLResolveInfo): PageParts {
  const names = selectedFieldNames(info);
  return { rows: names.has('nodes') || names.has('pageInfo'), count: names.has('totalCount') };
}

/**
 * Keyset pagination through the EntityManager (so the viewer's scope filters apply).
 * `orderBy` must end in a unique field, so cursors are stable. Only the `parts` asked for are
 * queried (list and count run side by side); the others are left empty, and GraphQL never
 * reads them.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: ClassType<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  page: PageArgs,
  parts: PageParts = WHOLE_PAGE,
): Promise<Page<T>> {
  checkPage(em, entity, orderBy, page);
  // A cursor is checked by the list query even when only the count is asked for: a bad one is
  // always BAD_USER_INPUT, never silently ignored.
  // A list may be read from the replica (core/db/read-routing.ts decides).
  const [cursor, totalCount] = await onReplica(em, (on) =>
    Promise.all([
      parts.rows || page.after != null
        ? em
            .findByCursor(entity, where, { first: page.first, after: page.after ?? undefined, orderBy: orderBy as never, includeCount: false, ...on })
            .catch((error: unknown) => {
              // A forged cursor of the right shape can still hold values the sort columns reject.
              if (page.after != null && (error instanceof CursorError || isDataException(error))) throw notThisListsCursor();
              throw error;
            })
        : null,
      parts.count ? em.count(entity, where, on) : 0,
    ]),
  );
  return {
    nodes: (cursor?.items ?? []) as T[],
    pageInfo: { hasNextPage: cursor?.hasNextPage ?? false, endCursor: cursor?.endCursor ?? null },
    totalCount,
  };
}

/** The page size and the cursor's shape, before any statement; returns the sort columns. */
export function checkPage(em: EntityManager, entity: ClassType<object>, orderBy: object, page: PageArgs): EntityProperty[] {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const columns = sortColumns(em, entity, orderBy);
  if (page.after != null && !isCursorFor(page.after, columns)) throw notThisListsCursor();
  return columns;
}

export function notThisListsCursor() {
  return badInput('after', 'is not a cursor of this list; use pageInfo.endCursor of the previous page');
}

function sortColumns(em: EntityManager, entity: ClassType<object>, orderBy: object): EntityProperty[] {
  const meta = em.getMetadata().get(entity.name);
  return Object.keys(orderBy).map((key) => meta.properties[key as never] as EntityProperty);
}

/**
 * One value per sort column, each of the column's type and in its range: anything else is a
 * cursor this list never issued, and would reach PostgreSQL as a type error (a number compared
 * with a uuid), a value it cannot store (NUL, year 0) or be silently taken as page 1.
 */
function isCursorFor(value: string, columns: EntityProperty[]): boolean {
  let offsets: unknown;
  try {
    offsets = Cursor.decode(value);
  } catch {
    return false;
  }
  return Array.isArray(offsets) && offsets.length === columns.length && offsets.every((offset, i) => fitsColumn(offset, columns[i]!));
}

const CALENDAR_DATE = /^(\d{4})-\d{2}-\d{2}$/;

function isSaneYear(year: number): boolean {
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** Whether a cursor value fits its sort column, by the column's database type. */
function fitsColumn(offset: unknown, column: EntityProperty): boolean {
  const columnType = column.columnTypes?.[0] ?? '';
  if (columnType === 'uuid') return typeof offset === 'string' && isId(offset);
  // Cursor.decode revives ISO timestamps as Dates.
  if (columnType.startsWith('timestamp')) return offset instanceof Date && !Number.isNaN(offset.getTime()) && isSaneYear(offset.getUTCFullYear());
  if (columnType === 'date') {
    const match = typeof offset === 'string' ? CALENDAR_DATE.exec(offset) : null;
    return match !== null && isSaneYear(Number(match[1])) && !Number.isNaN(Date.parse(`${offset as string}T00:00:00Z`));
  }
  if (column.runtimeType === 'string') return typeof offset === 'string' && hostileStringReason(offset) === null;
  if (column.runtimeType === 'boolean') return typeof offset === 'boolean';
  if (column.runtimeType === 'number') return typeof offset === 'number' && (columnType.includes('int') ? Number.isSafeInteger(offset) : Number.isFinite(offset));
  // A sort column of another type: its cursors are refused until this function knows it.
  return false;
}

/** PostgreSQL's SQLSTATE class 22: a value the column type cannot take (e.g. not a uuid). */
export function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('22');
}
