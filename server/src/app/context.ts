import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { AppDeps, Context, Viewer } from '../core/context.js';
import { requestIdOf } from '../core/request-context.js';
import { ALL_ROWS, NO_ROWS, scopedEntityManager, type RowScope } from '../core/permissions/row-scope.js';
import { customerScopeOf } from '../modules/auth/customer-scope.js';
import { findLiveSession } from '../modules/auth/session.service.js';
import { accessOf } from '../modules/auth/user-access.js';
import { UserStatus } from '../modules/users/user.entity.js';

/** What the composition root starts from; `routeDeps` adds the request context routes build on. */
export type BaseDeps = Pick<AppDeps, 'orm' | 'config' | 'clock'>;

export function routeDeps(deps: BaseDeps): AppDeps {
  return { ...deps, contextOf: (req, res) => createContext(deps, req, res), viewerOf: (req) => viewerOf(deps, req) };
}

export function sessionCookieName(config: Config): string {
  // __Host- keeps the cookie to this exact origin, over HTTPS only.
  return config.session.secureCookie ? '__Host-portal_session' : 'portal_session';
}

/** The viewer of the request's session cookie, or null; no row scope computed. */
export async function viewerOf(deps: BaseDeps, req: Request): Promise<Viewer | null> {
  const { orm, config, clock } = deps;
  const token = parseCookie(req.headers.cookie ?? '')[sessionCookieName(config)];
  // Sessions and users are not row-scoped; this fork only reads the viewer.
  const session = token ? await findLiveSession(orm.em.fork(), token, config.session, clock.now()) : null;
  if (!session) return null;
  const user = session.user.getEntity();
  // Acting as a customer: the viewer becomes them (sections and rows), read-only. Only an admin
  // acts, and only as an enabled customer; otherwise the session is simply the admin's.
  const actingAs = session.actingAsUser?.getEntity() ?? null;
  if (user.isAdmin && actingAs && !actingAs.isAdmin && actingAs.status !== UserStatus.DISABLED) {
    return { user: actingAs, sessionId: session.id, isAdmin: false, ...accessOf(actingAs), actingAdmin: user };
  }
  return { user, sessionId: session.id, isAdmin: user.isAdmin, ...accessOf(user), actingAdmin: null };
}

export async function createContext(deps: BaseDeps, req: Request, res: Response): Promise<Context> {
  const { orm, config, clock } = deps;
  const cookieName = sessionCookieName(config);
  const viewer = await viewerOf(deps, req);
  let scope: RowScope = NO_ROWS;
  if (viewer) scope = viewer.isAdmin ? ALL_ROWS : await customerScopeOf(orm.em.fork(), viewer.user);

  return {
    em: scopedEntityManager(orm.em, scope),
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
  };
}
