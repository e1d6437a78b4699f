import type { EntityManager } from '@mikro-orm/postgresql';
import { PASSWORD_MAX_LENGTH } from '@portal/shared';
import { User, UserStatus } from '../users/user.entity.js';
import { invalidCredentials } from './auth-errors.js';
import { normalizeEmail } from '../../core/email-address.js';
import {
  assertPasswordAllowed,
  hashPassword,
  passwordRejected,
  verifyAgainstDummy,
  verifyPassword,
} from './password.js';
import { admitPasswordAttempt, forgetSuccessfulAttempt } from './password-throttle.service.js';
import { revokeAllSessions } from './session.service.js';

type Attempt = { ip: string | null; now: Date };

/**
 * The active user whose password this is, or null. Every attempt is first admitted by the
 * throttle (password-throttle.service.ts: per account and source, growing delays, no lockout)
 * and recorded as a failure, forgotten only when right. Unknown e-mails are verified against a dummy hash: same work, same answer.
 * Throws TOO_MANY_ATTEMPTS, identical for registered and unregistered e-mails.
 */
async function verifyCounted(em: EntityManager, email: string, password: string, at: Attempt): Promise<User | null> {
  const source = { email, ip: at.ip };
  const attempts = await admitPasswordAttempt(em, source, at.now);
  const user = await em.findOne(User, { email: normalizeEmail(email) }, { populate: ['passwordHash'] });
  const storedHash = user?.passwordHash;
  // No stored password can be longer than the maximum; argon2 still runs, on a bounded input.
  const valid =
    storedHash && password.length <= PASSWORD_MAX_LENGTH * 2
      ? await verifyPassword(storedHash, password)
      : await verifyAgainstDummy(password.slice(0, PASSWORD_MAX_LENGTH * 2));
  if (!valid || !user || user.status === UserStatus.DISABLED) return null;
  await forgetSuccessfulAttempt(em, source, attempts);
  return user;
}

/** The user to start a session for; any failure is INVALID_CREDENTIALS (or TOO_MANY_ATTEMPTS). */
export async function signInWithPassword(em: EntityManager, email: string, password: string, at: Attempt): Promise<User> {
  const user = await verifyCounted(em, email, password, at);
  if (!user) throw invalidCredentials();
  return user;
}

/**
 * Replaces the signed-in user's password after checking the current one (counted like a
 * sign-in, so a stolen session cannot guess it) and ends every other session of theirs.
 */
export async function changePassword(
  em: EntityManager,
  user: User,
  passwords: { current: string; next: string },
  at: Attempt & { sessionId: string },
): Promise<void> {
  assertPasswordAllowed('new', passwords.next, user.email);
  const verified = await verifyCounted(em, user.email, passwords.current, at);
  if (!verified || verified.id !== user.id) throw passwordRejected('current', 'WRONG_PASSWORD');
  const passwordHash = await hashPassword(passwords.next);
  // Both or neither: a new password must never leave a stolen session alive.
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
    await revokeAllSessions(tx, user.id, at.now, at.sessionId);
  });
}
