import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Section, UserType } from '@portal/shared';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Clock } from '../core/clock.js';
import { ALL_ROWS, NO_ROWS, scopedEntityManager, type RowScope } from '../core/permissions/row-scope.js';
import { customerScopeOf } from '../modules/auth/customer-scope.js';
import { findLiveSession } from '../modules/auth/session.service.js';
import { accessOf } from '../modules/auth/user-access.js';
import { UserStatus, type User } from '../modules/users/user.entity.js';

export type Viewer = {
  user: User;
  sessionId: string;
  isAdmin: boolean;
  userTypes: UserType[];
  /** Admins see every section; customers the union of their types' sections (shared/). */
  sections: Section[];
  /**
   * Set while an admin's session shows the portal as `user` ("act as this customer"): the
   * admin behind it. Such a viewer is read-only (auth/read-only.ts refuses every mutation and
   * upload but stopActingAs and signOut).
   */
  actingAdmin?: User | null;
};

export type SessionCookie = { set(token: string, expiresAt: Date): void; clear(): void };

/** What every request's resolvers get: built once per request, before any resolver runs. */
export type Context = {
  /** Sees exactly the viewer's rows: the row-scope filter's parameters are set on this fork. */
  em: EntityManager;
  viewer: Viewer | null;
  scope: RowScope;
  clock: Clock;
  config: Config;
  request: { ip: string | null; userAgent: string | null };
  sessionCookie: SessionCookie;
};

export type AppDeps = { orm: MikroORM; config: Config; clock: Clock };

export function sessionCookieName(config: Config): string {
  // __Host- keeps the cookie to this exact origin, over HTTPS only.
  return config.session.secureCookie ? '__Host-portal_session' : 'portal_session';
}

/** The viewer of the request's session cookie, or null; no row scope computed. */
export async function viewerOf(deps: AppDeps, req: Request): Promise<Viewer | null> {
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

export async function createContext(deps: AppDeps, req: Request, res: Response): Promise<Context> {
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
    request: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
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
