import type { EntityManager } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { AppDeps, Context, Viewer } from '../core/context.js';
import { routeReads } from '../core/db/read-routing.js';
import { holdViewerTransaction } from '../core/db/viewer-scope.js';
import { NO_ROWS, scopedEntityManager, type RowScope } from '../core/permissions/row-scope.js';
import { readSessionViewer } from '../modules/auth/session-viewer.js';
import { requestIdOf } from '../core/request-context.js';

/** What the composition root starts from; `routeDeps` adds the request context routes build on. */
export type BaseDeps = Pick<AppDeps, 'orm' | 'config' | 'clock'>;

export function routeDeps(deps: BaseDeps): AppDeps {
  return { ...deps, contextOf: (req, res) => createContext(deps, req, res), viewerOf: (req) => viewerOf(deps, req) };
}

export function sessionCookieName(config: Config): string {
  // __Host- keeps the cookie to this exact origin, over HTTPS only.
  return config.session.secureCookie ? '__Host-portal_session' : 'portal_session';
}

function sessionTokenOf(config: Config, req: Request): string | undefined {
  return parseCookie(req.headers.cookie ?? '')[sessionCookieName(config)];
}

/** The viewer of the request's session cookie, or null. */
export async function viewerOf(deps: BaseDeps, req: Request): Promise<Viewer | null> {
  const { orm, config, clock } = deps;
  const token = sessionTokenOf(config, req);
  // Sessions and users are not row-scoped: the read goes through the connection, no fork.
  return token ? ((await readSessionViewer(orm.em, token, config.session, clock.now()))?.viewer ?? null) : null;
}

/**
 * The request's scoped EntityManager, viewer and row scope. With a session cookie the session
 * statement runs in a transaction; for a customer (or an admin acting as one) it also sets the
 * viewer role and scope there, and the request keeps that transaction, so PostgreSQL scopes all
 * its SQL (core/db/viewer-scope.ts). Otherwise it commits at once and the request runs as before.
 */
async function requestDatabase(deps: BaseDeps, req: Request, res: Response): Promise<{ em: EntityManager; viewer: Viewer | null; scope: RowScope }> {
  const { orm, config, clock } = deps;
  const token = sessionTokenOf(config, req);
  if (!token) return { em: scopedEntityManager(orm.em, NO_ROWS), viewer: null, scope: NO_ROWS };
  const session = orm.em.fork();
  await session.begin();
  let found: Awaited<ReturnType<typeof readSessionViewer>>;
  try {
    found = await readSessionViewer(session, token, config.session, clock.now());
  } catch (error) {
    await session.rollback();
    throw error;
  }
  const scope: RowScope = found?.scope ?? NO_ROWS;
  const viewer = found?.viewer ?? null;
  if (!viewer || scope.kind !== 'customer') {
    await session.commit(); // nothing to flush: only the session statement ran
    return { em: scopedEntityManager(orm.em, scope), viewer, scope };
  }
  const em = scopedEntityManager(session, scope);
  holdViewerTransaction(em, { scope, userId: viewer.user.id, sessionId: viewer.sessionId }, res);
  return { em, viewer, scope };
}

export async function createContext(deps: BaseDeps, req: Request, res: Response): Promise<Context> {
  const { config, clock } = deps;
  const cookieName = sessionCookieName(config);
  const { em, viewer, scope } = await requestDatabase(deps, req, res);

  return {
    em,
    viewer,
    scope,
    clock,
    config,
    request: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null, requestId: requestIdOf(req) },
    sessionCookie: {
      set: (value, expiresAt) =>
        res.cookie(cookieName, value, {
          httpOnly: true,
          sameSite: 'lax',
          secure: config.session.secureCookie,
          path: '/',
          expires: expiresAt,
        }),
      clear: () => res.clearCookie(cookieName, { path: '/' }),
    },
    noteWrite: routeReads(em, req, res, config, clock.now()).noteWrite,
  };
}
