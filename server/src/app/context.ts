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
import type { User } from '../modules/users/user.entity.js';

export type Viewer = {
  user: User;
  sessionId: string;
  isAdmin: boolean;
  userTypes: UserType[];
  /** Admins see every section; customers the union of their types' sections (shared/). */
  sections: Section[];
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

export async function createContext(deps: AppDeps, req: Request, res: Response): Promise<Context> {
  const { orm, config, clock } = deps;
  const cookieName = sessionCookieName(config);
  const token = parseCookie(req.headers.cookie ?? '')[cookieName];
  // Sessions and users are not row-scoped; this fork only reads the viewer.
  const session = token ? await findLiveSession(orm.em.fork(), token, config.session, clock.now()) : null;

  let viewer: Viewer | null = null;
  let scope: RowScope = NO_ROWS;
  if (session) {
    const user = session.user.getEntity();
    viewer = { user, sessionId: session.id, isAdmin: user.isAdmin, ...accessOf(user) };
    scope = user.isAdmin ? ALL_ROWS : await customerScopeOf(orm.em.fork(), user);
  }

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
