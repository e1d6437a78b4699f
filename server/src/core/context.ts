import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Section, UserType } from '@portal/shared';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Clock } from './clock.js';
import type { RowScope } from './permissions/row-scope.js';

/** What the ground floor itself reads of a signed-in user. */
export type BaseViewerUser = { id: string; email: string; isAdmin: boolean };

/**
 * The users module registers its viewer shape here (`declare module` in modules/users/index.ts), so
 * `viewer.user` has the user's fields everywhere while core imports nothing from modules.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ViewerUserRegistry {}

export type ViewerUser = ViewerUserRegistry extends { user: infer U extends BaseViewerUser } ? U : BaseViewerUser;

export type Viewer = {
  user: ViewerUser;
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
  actingAdmin?: ViewerUser | null;
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
  /** `requestId`: the request's X-Request-Id (core/request-context.ts), also in its log lines and SQL comments. */
  request: { ip: string | null; userAgent: string | null; requestId: string };
  sessionCookie: SessionCookie;
  /** This request writes: its reads, and its viewer's next ones for a while, go to the primary (core/db/read-routing.ts). */
  noteWrite: () => void;
};

/**
 * What HTTP routes get from the composition root: the database, the config, the clock, and the
 * request context /graphql uses (built by app/, which knows how sessions become viewers).
 */
export type AppDeps = {
  orm: MikroORM;
  config: Config;
  clock: Clock;
  /** The request's viewer, row scope and scoped `em`, exactly as /graphql builds them. */
  contextOf: (req: Request, res: Response) => Promise<Context>;
  /** Only the viewer (no row scope computed), for guards that run before a body is read. */
  viewerOf: (req: Request) => Promise<Viewer | null>;
};
