import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../core/errors.js';
import type { SessionPolicy } from './session.service.js';
import { Session } from './session.entity.js';
import { User } from '../users/user.entity.js';
import type { UserSession } from './session-audit.types.js';

// A user's sessions as an admin sees them: the live ones (not revoked, not idle, not too old),
// and revoking one or all of them.

/** The user's live sessions, most recently used first. */
export async function liveSessionsOf(
  em: EntityManager,
  userId: string,
  at: { now: Date; policy: SessionPolicy; currentSessionId: string | null },
): Promise<UserSession[]> {
  const { now, policy } = at;
  const sessions = await em.find(
    Session,
    {
      user: userId,
      revokedAt: null,
      absoluteExpiresAt: { $gt: now },
      lastSeenAt: { $gt: new Date(now.getTime() - policy.idleMs) },
    },
    { populate: ['actingAsUser'], orderBy: { lastSeenAt: 'desc', id: 'asc' } },
  );
  return sessions.map((session) => ({
    id: session.id,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    expiresAt: new Date(Math.min(session.absoluteExpiresAt.getTime(), session.lastSeenAt.getTime() + policy.idleMs)),
    userAgent: session.userAgent,
    ip: session.ip,
    current: session.id === at.currentSessionId,
    actingAsEmail: session.actingAsUser?.getEntity().email ?? null,
  }));
}

/** Ends one session now; NOT_FOUND when it is unknown or already ended. */
export async function revokeUserSession(em: EntityManager, sessionId: string, now: Date): Promise<boolean> {
  const revoked = await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: now });
  if (revoked === 0) throw notFound('id', 'No open session has this id.');
  return true;
}

/** Ends every session of the user now (but `exceptSessionId`, the admin's own); how many ended. */
export async function revokeUserSessions(em: EntityManager, userId: string, now: Date, exceptSessionId: string | null): Promise<number> {
  const user = await em.findOne(User, { id: userId });
  if (!user) throw notFound('userId', 'No user has this id.');
  return em.nativeUpdate(
    Session,
    { user: userId, revokedAt: null, absoluteExpiresAt: { $gt: now }, ...(exceptSessionId ? { id: { $ne: exceptSessionId } } : {}) },
    { revokedAt: now },
  );
}
