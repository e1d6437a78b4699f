import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { beforeAll } from 'vitest';
import { ALL_ROWS, type RowScope } from '../src/core/permissions/row-scope.js';
import { testContext } from './context.js';
import { failEarly, useTestDatabase, type TestDatabase } from './database.js';

/** Resolvers under test, run in-process (no HTTP, no shield) over a database of the test file's own. */
export type ResolverWorld = {
  db: TestDatabase;
  /** Raw SQL on that database: the rows the tests write and read around the resolvers. */
  sql: <T = unknown[]>(text: string, params?: unknown[]) => Promise<T>;
  /** Runs the document `source` with a resolver context of `scope` (every row unless told). */
  run: (source: string, variableValues?: Record<string, unknown>, scope?: RowScope) => Promise<ExecutionResult>;
};

/**
 * Registers the hooks of a ResolverWorld (useTestDatabase's, then one that builds the schema of
 * `resolvers`) where it is called: at the top of a file or inside a describe.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
export function useResolvers(resolvers: NonEmptyArray<Function>): ResolverWorld {
  const db = useTestDatabase();
  let schema: GraphQLSchema | undefined;
  beforeAll(async () => {
    schema = await buildSchema({ resolvers, validate: false });
  });
  return {
    db,
    sql: <T = unknown[]>(text: string, params: unknown[] = []) => db.orm.em.getConnection().execute(text, params) as Promise<T>,
    run: (source, variableValues, scope = ALL_ROWS) =>
      graphql({ schema: schema ?? failEarly('the schema'), source, variableValues, contextValue: testContext(db.orm, { scope }) }) as Promise<ExecutionResult>,
  };
}

/** A supply point the test names by id and CUPS (2.0TD unless `tariff` says otherwise). */
export type PlainSupplyPoint = { id: string; cups: string; tariff?: string };

/**
 * Ana's customer account (a DNI) and, given `otherId`, another company's (a CIF), by plain SQL with
 * the ids the test chose: the accounts the series tests hang their rows on.
 */
export async function insertAccounts(sql: ResolverWorld['sql'], anaId: string, otherId?: string): Promise<void> {
  const accounts = [[anaId, '12345678Z', 'DNI', 'Ana', 'ana@example.com', 'Calle Mayor 1']];
  if (otherId) accounts.push([otherId, 'B12345674', 'CIF', 'Otra SL', 'otra@example.com', 'Calle Menor 2']);
  for (const account of accounts) {
    await sql(`insert into customer_account (id, fiscal_id, fiscal_id_kind, name, billing_email, address, created_at) values (?, ?, ?, ?, ?, ?, now())`, account);
  }
}

/** `points` of the account `accountId`, by plain SQL. */
export async function insertSupplyPoints(sql: ResolverWorld['sql'], accountId: string, points: PlainSupplyPoint[]): Promise<void> {
  for (const point of points) {
    await sql(
      `insert into supply_point (id, cups, address, distributor, access_tariff, account_id) values (?, ?, 'Calle Mayor 1', 'i-DE', ?, ?)`,
      [point.id, point.cups, point.tariff ?? '2.0TD', accountId],
    );
  }
}
