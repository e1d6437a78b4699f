import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../core/errors.js';
import { log } from '../../core/log.js';
import { equalHashes, tokenHash } from '../../core/secrets.js';
import { enqueuePortalEventEmail, PortalEventMisconfigured } from '../notifications/index.js';
import { User, UserStatus } from '../users/user.entity.js';
import { AuthAttempt, AuthAttemptKind } from './auth-attempt.entity.js';
import { codeInvalid } from './auth-errors.js';
import { isEmailAddress, normalizeEmail } from '../../core/email-address.js';
import { emailSubject, ipSubject, recordAttempt, type Limit } from './rate-limit.service.js';
import { RequestedSignInCode, type SignInRequestKind } from './sign-in-code-request.entity.js';
import { sendMagicLink } from './magic-link.service.js';
import { MAGIC_LINK_VALID_MS } from './sign-in-token.service.js';
import { SignInCode } from './sign-in-code.entity.js';
import { consumeSecret, countFailedTry, liveSecretSql, retireLiveSecrets, secretLifetime } from '../../core/tokens/single-use-secret.js';

/** A code works for 5 minutes (seed 004) and survives at most 5 wrong tries. */
export const SIGN_IN_CODE_VALID_MS = 5 * 60_000;
export const SIGN_IN_CODE_MAX_FAILURES = 5;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Code requests: one a minute and five an hour per e-mail, thirty an hour per IP. */
function codeRequestLimits(email: string, ip: string | null): Limit[] {
  return [
    { subject: emailSubject(email), max: 1, windowMs: MINUTE_MS },
    { subject: emailSubject(email), max: 5, windowMs: HOUR_MS },
    { subject: ipSubject(ip), max: 30, windowMs: HOUR_MS },
  ];
}

/** The code is bound to its row: the same six digits hash differently in another code. */
function codeHash(codeId: string, code: string): string {
  return tokenHash(`${codeId}:${code}`);
}

/**
 * Asks for a sign-in code for `email`. The request is only counted and queued: the same
 * statements for every address, registered or not, so neither the answer (the seconds until
 * another request is admitted) nor its timing tells them apart. The outbox worker issues the
 * code and queues its e-mail (issueRequestedSignInCodes). Over a limit: TOO_MANY_ATTEMPTS.
 */
export function requestSignInCode(
  em: EntityManager,
  email: string,
  at: { ip: string | null; now: Date },
): Promise<{ retryAfterSeconds: number }> {
  return queueSignInRequest(em, email, at, { kind: 'code', linkBase: null });
}

/**
 * Asks for a magic link for `email`: exactly as a code (same statements, same answer, and the
 * same counters, so asking for links does not add to the limits on codes), issued by the worker.
 */
export function requestSignInLink(
  em: EntityManager,
  email: string,
  at: { ip: string | null; now: Date; publicUrl: string },
): Promise<{ retryAfterSeconds: number }> {
  return queueSignInRequest(em, email, at, { kind: 'link', linkBase: at.publicUrl });
}

async function queueSignInRequest(
  em: EntityManager,
  email: string,
  at: { ip: string | null; now: Date },
  request: { kind: SignInRequestKind; linkBase: string | null },
): Promise<{ retryAfterSeconds: number }> {
  const address = normalizeEmail(email);
  if (!isEmailAddress(address)) throw badInput('email', 'FORMAT');
  return em.transactional(async (tx) => {
    const { nextAdmittedInSeconds } = await recordAttempt(
      tx,
      AuthAttemptKind.CODE_REQUEST,
      codeRequestLimits(address, at.ip),
      at.now,
    );
    tx.create(RequestedSignInCode, { email: address, requestedAt: at.now, ...request });
    return { retryAfterSeconds: nextAdmittedInSeconds };
  });
}

/**
 * Issues the codes and links asked for (up to `batchSize` requests), one of each kind per address:
 * several requests for one address in a batch send one code (each new code would cancel the last), for the user
 * the address belongs to, if any may sign in. An address whose newest request is older than a
 * code's life is dropped (its code would arrive dead). Claimed with SKIP LOCKED and deleted in
 * the same transaction: with several servers, each request is issued once. Each address runs in
 * its own savepoint, so one that fails is logged and dropped instead of failing the batch on
 * every pass. Run by the outbox worker before it delivers. Returns how many requests ran.
 */
export async function issueRequestedSignInCodes(em: EntityManager, now: Date, batchSize = 50): Promise<number> {
  return em.transactional(async (tx) => {
    const claimed = await tx.execute<{ email: string; kind: SignInRequestKind; link_base: string | null; requested_at: Date; requests: string }[]>(
      `with claimed as (
         delete from sign_in_code_request where id in (
           select id from sign_in_code_request order by requested_at limit ? for update skip locked)
         returning email, kind, link_base, requested_at)
       select email, kind, max(link_base) as link_base, max(requested_at) as requested_at, count(*) as requests
         from claimed group by email, kind`,
      [batchSize],
    );
    for (const request of claimed) {
      const validMs = request.kind === 'link' ? MAGIC_LINK_VALID_MS : SIGN_IN_CODE_VALID_MS;
      if (now.getTime() - new Date(request.requested_at).getTime() >= validMs) continue;
      try {
        await tx.transactional(async (savepoint) => {
          const user = await savepoint.findOne(User, { email: request.email, status: { $ne: UserStatus.DISABLED } });
          if (!user) return;
          if (request.kind === 'link' && request.link_base) await sendMagicLink(savepoint, user, { now, publicUrl: request.link_base });
          else if (request.kind === 'code') await issueSignInCode(savepoint, user, String(randomInt(0, 1_000_000)).padStart(6, '0'), now);
        });
      } catch (error) {
        log.error({ err: error }, 'Sign-in code request dropped');
      }
    }
    return claimed.reduce((sum, request) => sum + Number(request.requests), 0);
  });
}

/** Stores `code` (hashed) as the user's only live code and puts its e-mail in the outbox. */
async function issueSignInCode(em: EntityManager, user: User, code: string, now: Date): Promise<void> {
  const id = randomUUID();
  try {
    await enqueuePortalEventEmail(em, 'login-code', {
      to: user.email,
      language: user.language,
      variables: {
        client_name: user.name,
        client_code_verification: code,
        code_valid_minutes: String(SIGN_IN_CODE_VALID_MS / MINUTE_MS),
      },
      now,
      secretExpiresAt: new Date(now.getTime() + SIGN_IN_CODE_VALID_MS),
    });
  } catch (error) {
    // A deployment fault, not the requester's: log it (never the code) and go on.
    if (!(error instanceof PortalEventMisconfigured)) throw error;
    log.error({ err: error }, 'Sign-in code not sent');
    return;
  }
  await retireLiveSecrets(em, SignInCode, { user: user.id }, now);
  em.create(SignInCode, { id, user, codeHash: codeHash(id, code), ...secretLifetime(now, SIGN_IN_CODE_VALID_MS) });
}

/** The conditions under which a code still works, for the statements below. */
const CODE_LIMITS = { maxFailures: SIGN_IN_CODE_MAX_FAILURES };
const LIVE_CODE = liveSecretSql(CODE_LIMITS);

/** Wrong codes from one IP, whatever the addresses: fifty in fifteen minutes. */
const CODE_FAILURES_PER_IP = { max: 50, windowMs: 15 * MINUTE_MS };

/** Compared against when there is no live code, so that path hashes and compares too. */
const NO_CODE_HASH = '0'.repeat(64);

/**
 * The user whose newest live code this is; CODE_INVALID for every failure (unknown e-mail, no
 * code, wrong, expired, used, out of tries), TOO_MANY_ATTEMPTS when this IP has tried too many
 * wrong codes. Every failure runs the same statements (with no live code: a hash of a throwaway
 * id and an UPDATE that matches no row), so neither answer nor timing tells a registered address.
 * A wrong code spends one try; using the code is one conditional UPDATE, so of two concurrent
 * redemptions exactly one succeeds.
 */
export async function signInWithCode(
  em: EntityManager,
  email: string,
  code: string,
  at: { ip: string | null; now: Date },
): Promise<User> {
  const { now } = at;
  // Counted as a failure up front, atomically with the check; forgotten when the code is right.
  const { attempts } = await em.transactional((tx) =>
    recordAttempt(tx, AuthAttemptKind.CODE_FAILURE, [{ subject: ipSubject(at.ip), ...CODE_FAILURES_PER_IP }], now),
  );
  const rows = await em.execute<{ id: string; code_hash: string }[]>(
    `select id, code_hash from sign_in_code
      where user_id = (select id from app_user where email = ? and status <> '${UserStatus.DISABLED}') and ${LIVE_CODE}
      order by created_at desc limit 1`,
    [normalizeEmail(email), now],
  );
  const live = rows[0] ?? { id: randomUUID(), code_hash: NO_CODE_HASH };
  if (!equalHashes(codeHash(live.id, code.replace(/\s+/g, '')), live.code_hash)) {
    await countFailedTry(em, 'sign_in_code', live.id, now, CODE_LIMITS);
    throw codeInvalid();
  }
  const used = await consumeSecret<{ user_id: string }>(
    em,
    { table: 'sign_in_code', where: 'id = ?', params: [live.id], returning: 'user_id', limits: CODE_LIMITS },
    now,
  );
  const userId = used?.user_id;
  if (!userId) throw codeInvalid();
  await em.nativeDelete(AuthAttempt, { id: { $in: attempts.map((attempt) => attempt.id) } });
  return em.findOneOrFail(User, { id: userId });
}
