import type { EntityManager } from '@mikro-orm/postgresql';
import { randomToken, tokenHash } from '../../core/secrets.js';
import { User, UserStatus } from '../users/user.entity.js';
import { Session } from './session.entity.js';

export type SessionPolicy = { idleMs: number; maxAgeMs: number };

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
