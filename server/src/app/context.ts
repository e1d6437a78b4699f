import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { AppDeps, Context, Viewer } from '../core/context.js';
import { routeReads } from '../core/db/read-routing.js';
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

/** The viewer and row scope of the request's session cookie (one statement), or null. */
function sessionOf(deps: BaseDeps, req: Request): Promise<{ viewer: Viewer; scope: RowScope } | null> {
  const { orm, config, clock } = deps;
  const token = parseCookie(req.headers.cookie ?? '')[sessionCookieName(config)];
  // Sessions and users are not row-scoped: the read goes through the connection, no fork.
  return token ? readSessionViewer(orm.em, token, config.session, clock.now()) : Promise.resolve(null);
}

/** The viewer of the request's session cookie, or null. */
export async function viewerOf(deps: BaseDeps, req: Request): Promise<Viewer | null> {
  return (await sessionOf(deps, req))?.viewer ?? null;
}

export async function createContext(deps: BaseDeps, req: Request, res: Response): Promise<Context> {
  const { orm, config, clock } = deps;
  const cookieName = sessionCookieName(config);
  const session = await sessionOf(deps, req);
  const viewer = session?.viewer ?? null;
  const scope: RowScope = session?.scope ?? NO_ROWS;
  const em = scopedEntityManager(orm.em, scope);

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
