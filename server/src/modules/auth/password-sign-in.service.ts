import type { EntityManager } from '@mikro-orm/postgresql';
import { PASSWORD_MAX_LENGTH } from '@portal/shared';
import { User, UserStatus } from '../users/user.entity.js';
import { AuthAttempt, AuthAttemptKind } from './auth-attempt.entity.js';
import { invalidCredentials } from './auth-errors.js';
import { normalizeEmail } from './email-address.js';
import {
  assertPasswordAllowed,
  hashPassword,
  passwordRejected,
  verifyAgainstDummy,
  verifyPassword,
} from './password.js';
import { emailSubject, ipSubject, recordAttempt, type Limit } from './rate-limit.service.js';
import { revokeAllSessions } from './session.service.js';

export const PASSWORD_FAILURE_WINDOW_MS = 15 * 60_000;
export const PASSWORD_FAILURES_PER_EMAIL = 10;
export const PASSWORD_FAILURES_PER_IP = 50;

type Attempt = { ip: string | null; now: Date };

function passwordLimits(email: string, ip: string | null): Limit[] {
  return [
    { subject: emailSubject(email), max: PASSWORD_FAILURES_PER_EMAIL, windowMs: PASSWORD_FAILURE_WINDOW_MS },
    { subject: ipSubject(ip), max: PASSWORD_FAILURES_PER_IP, windowMs: PASSWORD_FAILURE_WINDOW_MS },
  ];
}

/**
 * The active user whose password this is, or null. Every attempt is first recorded as a failure
 * (atomically with the limit check, so parallel guesses cannot overshoot it) and forgotten only
 * when right. Unknown e-mails are verified against a dummy hash: same work, same answer.
 * Throws TOO_MANY_ATTEMPTS, identical for registered and unregistered e-mails.
 */
async function verifyCounted(em: EntityManager, email: string, password: string, at: Attempt): Promise<User | null> {
  const { attempts } = await em.transactional((tx) =>
    recordAttempt(tx, AuthAttemptKind.PASSWORD_FAILURE, passwordLimits(email, at.ip), at.now),
  );
  const user = await em.findOne(User, { email: normalizeEmail(email) }, { populate: ['passwordHash'] });
  const storedHash = user?.passwordHash;
  // No stored password can be longer than the maximum; argon2 still runs, on a bounded input.
  const valid =
    storedHash && password.length <= PASSWORD_MAX_LENGTH * 2
      ? await verifyPassword(storedHash, password)
      : await verifyAgainstDummy(password.slice(0, PASSWORD_MAX_LENGTH * 2));
  if (!valid || !user || user.status === UserStatus.DISABLED) return null;
  await em.nativeDelete(AuthAttempt, { id: { $in: attempts.map((attempt) => attempt.id) } });
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
