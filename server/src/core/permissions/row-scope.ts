import type { EntityManager } from '@mikro-orm/postgresql';

/** The MikroORM filter on every scoped entity; on by default, it throws without parameters. */
export const ROW_SCOPE = 'rowScope';

/** What a customer may see: accounts of their fiscal IDs, CUPS of those (maybe restricted). */
export type CustomerScope = { kind: 'customer'; accountIds: string[]; supplyPointIds: string[] };
/** Company staff and system jobs: every row. Only ever set explicitly. */
export type UnrestrictedScope = { kind: 'all' };
export type RowScope = CustomerScope | UnrestrictedScope;

export const NO_ROWS: CustomerScope = { kind: 'customer', accountIds: [], supplyPointIds: [] };
export const ALL_ROWS: UnrestrictedScope = { kind: 'all' };

function requireScope(args: unknown): RowScope {
  const scope = args as Partial<RowScope> | undefined;
  if (scope?.kind === 'all') return ALL_ROWS;
  if (scope?.kind === 'customer' && Array.isArray(scope.accountIds) && Array.isArray(scope.supplyPointIds)) {
    return scope as CustomerScope;
  }
  throw new Error(`Refusing to query scoped rows without a valid '${ROW_SCOPE}' filter parameter`);
}

// MikroORM writes an empty `$in` inside a join condition (filters on relations) as `in ()`, a
// syntax error; the nil UUID, which randomUUID() never returns, matches no row either.
const NO_ID = '00000000-0000-0000-0000-000000000000';
const nonEmpty = (ids: string[]): string[] => (ids.length > 0 ? ids : [NO_ID]);

/**
 * The `@Filter` definition for an entity: `condition` says which rows a customer scope
 * allows. Declared on the entity, so every find, count, populate and dataloader load applies it.
 */
export function rowScopeFilter(condition: (scope: CustomerScope) => Record<string, unknown>) {
  return {
    name: ROW_SCOPE,
    default: true,
    cond: (args: unknown) => {
      const scope = requireScope(args);
      if (scope.kind === 'all') return {};
      return condition({ ...scope, accountIds: nonEmpty(scope.accountIds), supplyPointIds: nonEmpty(scope.supplyPointIds) });
    },
  };
}

/** A fork of `em` that sees exactly `scope` (in `em`'s transaction, when it has one). */
export function scopedEntityManager(em: EntityManager, scope: RowScope): EntityManager {
  const fork = em.fork({ keepTransactionContext: true });
  fork.setFilterParams(ROW_SCOPE, scope);
  return fork;
}

/** From now on `em` refuses every query of scoped rows (its filter has no valid parameters). */
export function refuseScopedRows(em: EntityManager): void {
  em.setFilterParams(ROW_SCOPE, {});
}
