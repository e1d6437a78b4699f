import { ReferenceKind, type EntityManager, type EntityMetadata } from '@mikro-orm/postgresql';
import type { ClassType } from 'type-graphql';
import type { RowScope } from '../permissions/row-scope.js';

/*
 * Lean reads: SQL straight through the request's connection, rows mapped to plain objects of the
 * entity's shape (no hydration, no identity map, no query builder). The row scope is explicit in
 * every statement (`scopeConditions`), so the SQL is correct with or without row-level security.
 */

/** `where` conditions (joined with `and`) and their `?` parameters, in order. */
export type Conditions = { sql: string[]; params: unknown[] };

export function conditions(): Conditions {
  return { sql: [], params: [] };
}

/** Adds one condition; its `?` placeholders take `params` in order. */
export function addCondition(where: Conditions, sql: string, ...params: unknown[]): Conditions {
  where.sql.push(sql);
  where.params.push(...params);
  return where;
}

export function whereSql(where: Conditions): string {
  return where.sql.length > 0 ? `where ${where.sql.join(' and ')}` : '';
}

/**
 * Values as one array parameter (`?::uuid[]`, `?::date[]`): an array literal, since the query
 * builder would spread a JS array into a list. For values without commas, quotes or braces (ids, dates).
 */
export function sqlArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

/**
 * The viewer's rows of a scoped table, as the entity's row-scope filter (row-scope.ts) allows them:
 * a customer's accounts and CUPS by id (empty scope: no row), everything for company staff.
 */
export function addScope(where: Conditions, scope: RowScope, columns: { accountId?: string; supplyPointId?: string }): Conditions {
  if (scope.kind === 'all') return where;
  if (columns.accountId) addCondition(where, `${columns.accountId} = any(?::uuid[])`, sqlArray(scope.accountIds));
  if (columns.supplyPointId) addCondition(where, `${columns.supplyPointId} = any(?::uuid[])`, sqlArray(scope.supplyPointIds));
  return where;
}

/**
 * A row of `entity`'s table as the entity's plain shape: scalar properties by name (timestamps as
 * Dates, as hydration gives them) and many-to-one relations as references, so the field resolvers
 * that load them (core/graphql/relations.ts) batch per request as for entities.
 */
export function leanRow<T extends object>(em: EntityManager, entity: ClassType<T>, row: Record<string, unknown>): T {
  const meta = em.getMetadata().get<T>(entity.name);
  const node: Record<string, unknown> = {};
  for (const prop of meta.props) {
    const value = row[prop.fieldNames?.[0] ?? ''];
    if (prop.kind === ReferenceKind.SCALAR) node[prop.name] = isTimestamp(meta, prop.name) && typeof value === 'string' ? new Date(value) : value;
    else if (prop.kind === ReferenceKind.MANY_TO_ONE) node[prop.name] = value == null ? null : em.getReference(prop.type, value as string, { wrapped: true });
  }
  return node as T;
}

function isTimestamp(meta: EntityMetadata, name: string): boolean {
  return (meta.properties[name as never]?.columnTypes?.[0] ?? '').startsWith('timestamp');
}
