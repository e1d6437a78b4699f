import type { EntityManager } from '@mikro-orm/postgresql';
import { randomToken, tokenHash } from '../../core/secrets.js';
import { User, UserStatus } from '../users/user.entity.js';
import { Session } from './session.entity.js';

export type SessionPolicy = { idleMs: number; maxAgeMs: number };

/** Refreshing lastSeenAt on every request would write on every read; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

/** Starts a session; the returned token goes into the cookie and is never stored. */
export async function startSession(
  em: EntityManager,
  user: User,
  policy: SessionPolicy,
  at: { now: Date; ip?: string | null; userAgent?: string | null },
): Promise<{ token: string; session: Session }> {
  const token = randomToken();
  const session = em.create(Session, {
    tokenHash: tokenHash(token),
    user,
    createdAt: at.now,
    lastSeenAt: at.now,
    absoluteExpiresAt: new Date(at.now.getTime() + policy.maxAgeMs),
    ip: at.ip?.slice(0, 64) ?? null,
    userAgent: at.userAgent?.slice(0, 512) ?? null,
  });
  user.lastSignInAt = at.now;
  if (user.status === UserStatus.INVITED) user.status = UserStatus.ACTIVE;
  await em.flush();
  return { token, session };
}

/** The live session for a cookie token, or null (unknown, revoked, idle, too old, user disabled). */
export async function findLiveSession(
  em: EntityManager,
  token: string,
  policy: SessionPolicy,
  now: Date,
): Promise<Session | null> {
  const session = await em.findOne(Session, { tokenHash: tokenHash(token), revokedAt: null }, { populate: ['user', 'actingAsUser'] });
  if (!session) return null;
  const user = session.user.getEntity();
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (idleSince > policy.idleMs || now >= session.absoluteExpiresAt || user.status === UserStatus.DISABLED) {
    return null;
  }
  if (idleSince > TOUCH_AFTER_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    session.lastSeenAt = now;
  }
  return session;
}

export async function revokeSession(em: EntityManager, sessionId: string, now: Date): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: now });
}

/** Every session of the user ends now (disabling a user, changing a password). */
export async function revokeAllSessions(em: EntityManager, userId: string, now: Date, exceptSessionId?: string): Promise<void> {
  await em.nativeUpdate(
    Session,
    { user: userId, revokedAt: null, ...(exceptSessionId ? { id: { $ne: exceptSessionId } } : {}) },
    { revokedAt: now },
  );
}
