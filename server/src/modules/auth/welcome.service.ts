import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueTemplateEmail } from '../notifications/index.js';
import { loadSettings } from '../settings/index.js';
import type { UserFields } from '../users/index.js';
import { User, UserStatus } from '../users/user.entity.js';
import { linkInvalid } from './auth-errors.js';
import { assertPasswordAllowed, hashPassword } from './password.js';
import { revokeAllSessions } from './session.service.js';
import { SignInTokenPurpose } from './sign-in-token.entity.js';
import { consumeSignInToken, issueSignInToken, peekSignInToken } from './sign-in-token.service.js';

// Both ends of the welcome link (issue 3, item 7): the e-mail, and setting the password with it.

const DAY_MS = 24 * 3_600_000;

export type WelcomeAt = { now: Date; publicUrl: string };

/**
 * Creates an invited user and queues their welcome e-mail (a set-password link valid for the
 * configured days) in `em`'s unit of work; the caller's transaction writes both or neither.
 */
export async function inviteUser(em: EntityManager, fields: UserFields, at: WelcomeAt): Promise<User> {
  const user = em.create(User, { ...fields, status: UserStatus.INVITED, createdAt: at.now });
  await welcomeAgain(em, user, at);
  return user;
}

/** A new welcome link, valid the days the portal settings say; issuing it retires the older ones. */
export async function welcomeAgain(em: EntityManager, user: User, at: WelcomeAt): Promise<void> {
  const settings = await loadSettings(em);
  await sendWelcome(em, user, { now: at.now, publicUrl: at.publicUrl, validForDays: settings.welcomeLinkValidityDays });
}

/**
 * The welcome e-mail of a manually created user: a link to set a password, valid `validForDays`
 * (portal settings). Supersedes any earlier welcome link (resendWelcome). The caller flushes.
 */
export async function sendWelcome(
  em: EntityManager,
  user: User,
  at: { now: Date; publicUrl: string; validForDays: number },
): Promise<void> {
  const token = await issueSignInToken(em, user, SignInTokenPurpose.SET_PASSWORD, {
    now: at.now,
    validForMs: at.validForDays * DAY_MS,
  });
  await enqueueTemplateEmail(em, {
    to: user.email,
    templateKey: 'welcome',
    language: user.language,
    variables: {
      client_name: user.name,
      portal_link: `${at.publicUrl}/auth/set-password#token=${token}`,
      link_valid_days: String(at.validForDays),
    },
    now: at.now,
    secretExpiresAt: new Date(at.now.getTime() + at.validForDays * DAY_MS),
  });
}

/**
 * The welcome link: sets the user's first (or a new) password and activates them. The password
 * is checked before the token is used up, so a rejected password can be corrected and retried.
 * Other sessions end: whoever had them did not know this password.
 */
export async function setPasswordWithToken(em: EntityManager, token: string, password: string, now: Date): Promise<User> {
  const owner = await peekSignInToken(em, token, SignInTokenPurpose.SET_PASSWORD, now);
  if (!owner) throw linkInvalid();
  assertPasswordAllowed('password', password, owner.email);
  const passwordHash = await hashPassword(password);
  const userId = await em.transactional(async (tx) => {
    const user = await consumeSignInToken(tx, token, SignInTokenPurpose.SET_PASSWORD, now);
    if (!user) throw linkInvalid();
    user.passwordHash = passwordHash;
    if (user.status === UserStatus.INVITED) user.status = UserStatus.ACTIVE;
    await tx.flush();
    await revokeAllSessions(tx, user.id, now);
    return user.id;
  });
  // The caller's `em` (which the peek loaded the user into) sees the committed state.
  return em.findOneOrFail(User, { id: userId }, { refresh: true });
}
