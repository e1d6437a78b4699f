import type { EntityManager } from '@mikro-orm/postgresql';
import { tokenHash } from '../../core/secrets.js';
import { consumeSecret, liveSecretSql, newLinkToken, retireLiveSecrets, supersedeLiveSecrets } from '../../core/tokens/single-use-secret.js';
import { User, UserStatus } from '../users/user.entity.js';
import { linkInvalid } from './auth-errors.js';
import { SignInCode } from './sign-in-code.entity.js';
import { SignInToken, SignInTokenPurpose } from './sign-in-token.entity.js';

/** A magic link works for 45 minutes (seed 004). */
export const MAGIC_LINK_VALID_MS = 45 * 60_000;

/**
 * A new link token for `user` (256 random bits; only its keyed hash (core/secrets tokenHash) is stored). Every older unused
 * token of the same purpose is marked superseded: only the newest works. Nothing is flushed:
 * the caller's flush/commit writes the token with the change that caused it.
 */
export async function issueSignInToken(
  em: EntityManager,
  user: User,
  purpose: SignInTokenPurpose,
  at: { now: Date; validForMs: number },
): Promise<string> {
  await supersedeLiveSecrets(em, SignInToken, { user: user.id, purpose }, at.now);
  const { token, stored } = newLinkToken(at.now, at.validForMs);
  em.create(SignInToken, { ...stored, user, purpose });
  return token;
}

/**
 * Every link and code the user was sent stops working now (their e-mail address changed: what
 * went to the old one must not sign anyone in). The caller's transaction makes it atomic.
 */
export async function revokeSignInSecrets(em: EntityManager, userId: string, now: Date): Promise<void> {
  await retireLiveSecrets(em, SignInToken, { user: userId }, now);
  await retireLiveSecrets(em, SignInCode, { user: userId }, now);
}

/** Which token, besides being live: its hash and purpose, and a user who may still sign in. */
const TOKEN_OF_ENABLED_USER = `token_hash = ? and purpose = ? and user_id in (select id from app_user where status <> '${UserStatus.DISABLED}')`;

/**
 * Uses the token up and returns its user, or null (unknown, used, superseded, expired, user
 * disabled). One UPDATE … RETURNING: of two concurrent redemptions exactly one gets the row.
 */
export async function consumeSignInToken(
  em: EntityManager,
  token: string,
  purpose: SignInTokenPurpose,
  now: Date,
): Promise<User | null> {
  const used = await consumeSecret<{ user_id: string }>(
    em,
    { table: 'sign_in_token', where: TOKEN_OF_ENABLED_USER, params: [tokenHash(token), purpose], returning: 'user_id' },
    now,
  );
  const userId = used?.user_id;
  return userId ? em.findOne(User, { id: userId }) : null;
}

/** The user of a token that would still work, without using it up. */
export async function peekSignInToken(em: EntityManager, token: string, purpose: SignInTokenPurpose, now: Date): Promise<User | null> {
  const rows = await em.execute<{ user_id: string }[]>(
    `select user_id from sign_in_token where ${TOKEN_OF_ENABLED_USER} and ${liveSecretSql()}`,
    [tokenHash(token), purpose, now],
  );
  const userId = rows[0]?.user_id;
  return userId ? em.findOne(User, { id: userId }) : null;
}

/** The user to start a session for; LINK_INVALID otherwise (the SPA then offers a code). */
export async function redeemMagicLink(em: EntityManager, token: string, now: Date): Promise<User> {
  const user = await consumeSignInToken(em, token, SignInTokenPurpose.MAGIC_LINK, now);
  if (!user) throw linkInvalid();
  return user;
}
