import type { ApolloServerPlugin } from '@apollo/server';
import type { AnyEntity, ConnectionType, EntityData, EntityManager, Transaction } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { Config } from '../../config.js';
import type { Context } from '../context.js';
import { log } from '../log.js';
import { inViewerScope, isViewerTransaction } from './viewer-scope.js';

/*
 * Which reads may go to the streaming replica (DATABASE_REPLICA_URL): decided here, and only here.
 *
 * A read runs on the replica only when all of these hold, otherwise on the primary:
 * 1. it is a series or a list read, i.e. it goes through `onReplica` / `executeOnReplica`
 *    (core/series SQL of measurements, forecasts, deviations and prices; `paginate` lists);
 * 2. its EntityManager is a request's, marked by `allowReplicaReads`: the request is not a write
 *    (a GraphQL mutation, or a POST/PUT/PATCH/DELETE to a REST route) and its viewer made none
 *    within READ_YOUR_WRITES_SECONDS (the recent-write cookie every write that answered sets):
 *    read your own writes;
 * 3. it is not inside a transaction (a transaction's fork is never marked; a customer request's own
 *    transaction, which only carries the viewer's scope, does not count);
 * 4. the replica has not failed within the last REPLICA_RETRY_MS (a failed read is run again on the primary).
 * Everything else (sessions, the viewer and their scope, single rows, writes) reads the primary.
 */

const replicaReaders = new WeakSet<EntityManager>();

/** Lets this request's EntityManager (not its forks or transactions) send series and list reads to the replica. */
function allowReplicaReads(em: EntityManager): void {
  replicaReaders.add(em);
}

/** From now on every read of `em` goes to the primary (the request wrote). */
function forbidReplicaReads(em: EntityManager): void {
  replicaReaders.delete(em);
}

/** After a replica failure its reads go to the primary this long, so requests do not each wait for it. */
export const REPLICA_RETRY_MS = 10_000;
/** When each database (its driver: one per ORM) last saw its replica fail. */
const replicaFailedAt = new WeakMap<object, number>();

/** Where a read runs: MikroORM's `connectionType`, and on the replica for a customer the transaction carrying their scope. */
export type ReadOn = { connectionType: ConnectionType; ctx?: Transaction };

/**
 * Runs a series or list read on the replica when allowed (see above), else on the primary;
 * `read` passes `on` to MikroORM (find and count options) or to `execute`. A customer request's
 * replica read runs under the same role and scope as its primary transaction (viewer-scope.ts).
 */
export async function onReplica<T>(em: EntityManager, read: (on: ReadOn) => Promise<T>): Promise<T> {
  const database = em.getDriver();
  const failedAt = replicaFailedAt.get(database) ?? Number.NEGATIVE_INFINITY;
  // The request's own viewer transaction does not count as "in a transaction": it only carries the scope.
  const inTransaction = em.isInTransaction() && !isViewerTransaction(em);
  // Without DATABASE_REPLICA_URL the read connection is the primary's: a customer reads in the request's transaction.
  const hasReplica = em.getConnection('read') !== em.getConnection('write');
  const allowed = hasReplica && replicaReaders.has(em) && !inTransaction && Date.now() - failedAt >= REPLICA_RETRY_MS;
  if (!allowed) return read({ connectionType: 'write' });
  try {
    return await inViewerScope(em, 'read', (ctx) => read({ connectionType: 'read', ctx }));
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    replicaFailedAt.set(database, Date.now());
    log.warn({ err: error }, `Read replica unavailable: reading from the primary for ${REPLICA_RETRY_MS / 1000} s`);
    return read({ connectionType: 'write' });
  }
}

/** Lean SQL (series) through `onReplica`: the replica's connection, or `em`'s own (its transaction, if any). */
export function executeOnReplica<T extends EntityData<AnyEntity>[]>(em: EntityManager, sql: string, params: unknown[]): Promise<T> {
  return onReplica(em, ({ connectionType, ctx }) =>
    connectionType === 'read' ? em.getConnection('read').execute<T>(sql, params, 'all', ctx) : em.execute<T>(sql, params),
  );
}

// Connection refused or lost, the server shutting down or not accepting connections yet (08, 53, 57
// but 57014, a statement cancelled or timed out: a slow query, not a missing replica),
// a standby cancelling a query that conflicts with recovery (40001), a pool that could not connect.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', '40001']);

function isUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const { code, sqlState } = error as { code?: unknown; sqlState?: unknown };
  const state = typeof sqlState === 'string' ? sqlState : typeof code === 'string' ? code : '';
  if (UNAVAILABLE_CODES.has(state) || (/^(08|53|57)/.test(state) && state !== '57014')) return true;
  if (error.name === 'KnexTimeoutError' || /Connection terminated|connection timeout/i.test(error.message)) return true;
  return isUnavailable(error.cause, depth + 1);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function recentWriteCookieName(config: Config): string {
  return config.session.secureCookie ? '__Host-portal_recent_write' : 'portal_recent_write';
}

/**
 * The request's reading side: marks `em` for the replica when the request may use it, and gives
 * `noteWrite`, which sends this request and the viewer's next READ_YOUR_WRITES_SECONDS of reads
 * to the primary. A REST write (anything but GET/HEAD/OPTIONS outside /graphql) notes itself.
 */
export function routeReads(em: EntityManager, req: Request, res: Response, config: Config, now: Date): { noteWrite: () => void } {
  const name = recentWriteCookieName(config);
  const noteWrite = () => {
    forbidReplicaReads(em);
    // The expiry is also the value: a client that keeps the cookie longer still reads from the replica.
    const until = now.getTime() + config.readYourWritesMs;
    res.cookie(name, String(until), { httpOnly: true, sameSite: 'lax', secure: config.session.secureCookie, path: '/', maxAge: config.readYourWritesMs });
  };
  const wroteUntil = Number(parseCookie(req.headers.cookie ?? '')[name]);
  if (!(wroteUntil > now.getTime())) allowReplicaReads(em);
  if (!SAFE_METHODS.has(req.method) && new URL(req.originalUrl, 'http://local').pathname !== '/graphql') noteWrite();
  return { noteWrite };
}

/**
 * A GraphQL mutation reads from the primary (before it runs), and sets the recent-write cookie
 * unless it wrote nothing: every root field failed (a refused sign-in). GET cannot carry a
 * mutation (Apollo refuses it).
 */
export function readYourWritesPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, contextValue }) => {
        if (operation?.operation === 'mutation') forbidReplicaReads(contextValue.em);
      },
      willSendResponse: async ({ operation, response, contextValue }) => {
        if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const someFieldAnswered = Object.values(data ?? {}).some((value) => value !== null);
        if (!errors?.length || someFieldAnswered) contextValue.noteWrite();
      },
    }),
  };
}
