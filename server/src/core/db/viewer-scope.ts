import type { ApolloServerPlugin } from '@apollo/server';
import type { ConnectionType, EntityManager, Transaction } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import type { FormattedExecutionResult } from 'graphql';
import type pg from 'pg';
import type { Context } from '../context.js';
import { maskInternalError } from '../graphql/format-error.js';
import { log } from '../log.js';
import { sqlArray } from './lean-sql.js';
import { refuseScopedRows, scopedEntityManager, type CustomerScope } from '../permissions/row-scope.js';
import { transactionStatusOf } from './transaction-status.js';

/*
 * The row scope enforced by PostgreSQL (row-level security, migration 20261208040100). A customer
 * request's work runs on one connection in one transaction in which the role is `portal_viewer`
 * (no BYPASSRLS) and `portal.account_ids` / `portal.supply_point_ids` hold the viewer's scope, all
 * set LOCAL: they end with the transaction, so a pooled connection keeps nothing of the viewer.
 * The policies then scope ORM reads, lean SQL and aggregations alike; the MikroORM filter stays.
 */

/** The database role customer requests run as. */
export const VIEWER_ROLE = 'portal_viewer';

/**
 * An SQL expression that sets, for the current transaction only, the viewer role and the scope
 * (`accountIds` and `supplyPointIds`: SQL texts of uuid arrays, e.g. `'{…}'` or a column `::text`)
 * and the viewer's own user id and session id (SQL texts of uuids), which the policies of their own rows read.
 */
export function viewerScopeSettingsSql(accountIds: string, supplyPointIds: string, userId: string, sessionId: string): string {
  return (
    `set_config('role', '${VIEWER_ROLE}', true) || set_config('portal.account_ids', ${accountIds}, true)` +
    ` || set_config('portal.supply_point_ids', ${supplyPointIds}, true) || set_config('portal.user_id', ${userId}, true)` +
    ` || set_config('portal.session_id', ${sessionId}, true)`
  );
}

/** How a request's transaction ended: committed, or rolled back because a statement of it had failed. */
export type ViewerTransactionEnd = 'committed' | 'rolled back';

type ViewerTransaction = { scope: CustomerScope; userId: string; sessionId: string; end: () => Promise<ViewerTransactionEnd> };
const viewerTransactions = new WeakMap<EntityManager, ViewerTransaction>();

/**
 * `em`, a fork already in the transaction whose statement set the viewer's settings, is the
 * request's: it ends (commits) at the latest when the response closes, so it never outlives the request.
 */
export function holdViewerTransaction(em: EntityManager, viewer: { scope: CustomerScope; userId: string; sessionId: string }, res: Response): void {
  let ending: Promise<ViewerTransactionEnd> | undefined;
  const end = () => (ending ??= finish(em));
  viewerTransactions.set(em, { ...viewer, end });
  res.once('close', () => {
    end().catch((error: unknown) => log.error({ err: error }, 'Viewer transaction did not end'));
  });
}

/** Ends the request's transaction of `em` (once; 'committed' for an em without one). */
export function endViewerTransaction(em: EntityManager): Promise<ViewerTransactionEnd> {
  return viewerTransactions.get(em)?.end() ?? Promise.resolve('committed');
}

/** True while `em` is a customer request's own transaction (not a service's nested one). */
export function isViewerTransaction(em: EntityManager): boolean {
  return viewerTransactions.has(em) && em.isInTransaction();
}

async function finish(em: EntityManager): Promise<ViewerTransactionEnd> {
  const ctx = em.getTransactionContext<Transaction>();
  // Whatever runs on `em` afterwards would be outside the role: the ORM filter refuses it instead.
  refuseScopedRows(em);
  em.resetTransactionContext();
  if (!ctx) return 'committed';
  const connection = em.getConnection('write');
  // A failed statement outside a savepoint aborted the transaction: COMMIT would silently roll it back.
  if (await hasFailed(ctx)) {
    await connection.rollback(ctx);
    return 'rolled back';
  }
  // Not em.commit(): that would flush entities a request left unflushed, which today nobody writes.
  await connection.commit(ctx);
  return 'committed';
}

/** PostgreSQL's own word on the transaction, as its connection last reported it: failed or not. */
async function hasFailed(ctx: Transaction): Promise<boolean> {
  // knex's transaction client hands out the transaction's one connection.
  const client = await (ctx.client as { acquireConnection: () => Promise<pg.ClientBase> }).acquireConnection();
  return (await transactionStatusOf(client)) === 'E';
}

/**
 * Runs `work` under the viewer's role and scope of `em`'s customer request in a transaction of its
 * own on the `type` connection: a replica read (set_config works in a hot standby's read-only
 * transactions), or the rows an upload writes once its request's
 * transaction has ended (a request must not hold a connection while it waits on the network).
 * Without a customer request on `em` (admins, jobs, signed out) `work` runs as before, without one.
 */
export async function inViewerScope<T>(em: EntityManager, type: ConnectionType, work: (ctx: Transaction | undefined) => Promise<T>): Promise<T> {
  const held = viewerTransactions.get(em);
  if (!held) return work(undefined);
  const connection = em.getConnection(type);
  return connection.transactional(async (ctx) => {
    await connection.execute(`select ${viewerScopeSettingsSql('?', '?', '?', '?')}`, [sqlArray(held.scope.accountIds), sqlArray(held.scope.supplyPointIds), held.userId, held.sessionId], 'all', ctx);
    return work(ctx);
  });
}

/**
 * `em.transactional(work)`; for a customer request, under the viewer's role and scope in a
 * transaction of its own (inViewerScope), with the row scope the request's transaction ending took away.
 */
export function viewerTransactional<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const held = viewerTransactions.get(em);
  if (!held || em.isInTransaction()) return em.transactional(work);
  const scoped = scopedEntityManager(em, held.scope);
  return inViewerScope(em, 'write', (ctx) => scoped.transactional(work, { ctx }));
}

/**
 * Ends the request's viewer transaction before the answer is sent: a write the answer reports is
 * committed by then. A commit that fails turns the answer into an internal error; a transaction a
 * failed statement aborted was rolled back, so no mutation field may report a success.
 */
export function viewerTransactionPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ contextValue, response, operation }) => {
        let end: ViewerTransactionEnd;
        try {
          end = await endViewerTransaction(contextValue.em);
        } catch (error) {
          log.error({ err: error }, 'Viewer transaction did not commit');
          if (response.body.kind !== 'single') throw error;
          response.body.singleResult = { data: null, errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] as never };
          return;
        }
        if (end === 'rolled back' && operation?.operation === 'mutation' && response.body.kind === 'single') {
          response.body.singleResult = withoutReportedWrites(response.body.singleResult);
        }
      },
    }),
  };
}

/** The answer of a rolled-back mutation: each root field that answered becomes an internal error. */
function withoutReportedWrites(result: FormattedExecutionResult): FormattedExecutionResult {
  const answered = Object.entries(result.data ?? {}).filter(([, value]) => value !== null);
  if (answered.length === 0) return result;
  const lost = new Error('Rolled back: another statement of the request failed');
  const errors = answered.map(([field]) => ({
    ...maskInternalError({ message: lost.message, path: [field], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, lost, (message, detail) =>
      log.error({ err: detail }, message),
    ),
    path: [field],
  }));
  return { ...result, data: null, errors: [...(result.errors ?? []), ...errors] };
}
