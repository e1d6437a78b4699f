import type { EntityManager } from '@mikro-orm/postgresql';
import { AuthAttempt, AuthAttemptKind } from './auth-attempt.entity.js';
import { tooManyAttempts } from './auth-errors.js';
import { normalizeEmail } from '../../core/email-address.js';
import { emailIpSubject, emailSubject, ipSubject, lockSubjects, secondsUntilAdmitted, type Limit } from './rate-limit.service.js';

/**
 * Throttling of password guesses, after NIST SP 800-63B §5.2.2 ("Rate Limiting (Throttling)"):
 * limit failed attempts on an account without letting an attacker deny the subscriber. So no
 * account lockout: a wrong password from one source (this IP) slows that source on that
 * account only, with growing delays; the customer at another source is not affected. Online
 * guessing stays bounded by three counters, all kept in auth_attempt (stateless app servers):
 *
 * - per (account, IP): the first FREE_FAILURES are free, then each failure doubles the wait
 *   before the next try (1 s, 2 s, 4 s… capped at an hour): ~40 guesses a day per source;
 * - per IP, whatever the accounts: 50 failures in 15 minutes (password spraying);
 * - per account, from every source together: 100 failures a day (NIST's bound on consecutive
 *   failures), which a source that has signed in to this account before (a session from the same
 *   IP) is exempt from, so a botnet can stall new devices but never the customer's own.
 */
export const FREE_FAILURES = 5;
export const BACKOFF_CAP_MS = 3_600_000;
const DAY_MS = 24 * 3_600_000;
const IP_LIMIT = { max: 50, windowMs: 15 * 60_000 };
const ACCOUNT_LIMIT = { max: 100, windowMs: DAY_MS };

/** Wait after `failures` consecutive failures of one source on one account. */
export function backoffMs(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(1_000 * 2 ** (failures - FREE_FAILURES), BACKOFF_CAP_MS);
}

type Source = { email: string; ip: string | null };

async function sourceWaitSeconds(em: EntityManager, subject: string, now: Date): Promise<number> {
  const [row] = await em.execute<{ failures: string; last: Date | null }[]>(
    `select count(*) as failures, max(created_at) as last from auth_attempt where kind = ? and subject = ? and created_at > ?`,
    [AuthAttemptKind.PASSWORD_FAILURE, subject, new Date(now.getTime() - DAY_MS)],
  );
  if (!row?.last) return 0;
  const admittedAt = new Date(row.last).getTime() + backoffMs(Number(row.failures));
  return Math.max(0, Math.ceil((admittedAt - now.getTime()) / 1000));
}

/** Has this account been signed in to from this IP before (any session, live or ended)? */
async function isKnownSource(em: EntityManager, { email, ip }: Source): Promise<boolean> {
  if (!ip) return false;
  const rows = await em.execute<{ known: boolean }[]>(
    `select exists(select 1 from session s join app_user u on u.id = s.user_id where u.email = ? and s.ip = ?) as known`,
    [normalizeEmail(email), ip.slice(0, 64)],
  );
  return rows[0]?.known === true;
}

/**
 * Admits one password attempt from `source` or throws TOO_MANY_ATTEMPTS (retryAfterSeconds),
 * the same for registered and unknown e-mails. The attempt is recorded as a failure up front,
 * atomically with the check (advisory locks: parallel guesses cannot overshoot); call
 * `forgetSuccessfulAttempt` with the result when the password was right.
 */
export async function admitPasswordAttempt(em: EntityManager, source: Source, now: Date): Promise<AuthAttempt[]> {
  return em.transactional(async (tx) => {
    const kind = AuthAttemptKind.PASSWORD_FAILURE;
    const pair = emailIpSubject(source.email, source.ip);
    const ip: Limit = { subject: ipSubject(source.ip), ...IP_LIMIT };
    const account: Limit = { subject: emailSubject(source.email), ...ACCOUNT_LIMIT };
    await lockSubjects(tx, kind, [pair, ip.subject, account.subject]);
    let wait = Math.max(await sourceWaitSeconds(tx, pair, now), await secondsUntilAdmitted(tx, kind, ip, now));
    const accountWait = await secondsUntilAdmitted(tx, kind, account, now);
    if (accountWait > 0 && !(await isKnownSource(tx, source))) wait = Math.max(wait, accountWait);
    if (wait > 0) throw tooManyAttempts(wait);
    const attempts = [pair, ip.subject, account.subject].map((subject) => tx.create(AuthAttempt, { kind, subject, createdAt: now }));
    await tx.flush();
    return attempts;
  });
}

/** The password was right: this attempt was no failure, and this source starts afresh. */
export async function forgetSuccessfulAttempt(em: EntityManager, source: Source, attempts: AuthAttempt[]): Promise<void> {
  await em.nativeDelete(AuthAttempt, {
    $or: [{ id: { $in: attempts.map((attempt) => attempt.id) } }, { kind: AuthAttemptKind.PASSWORD_FAILURE, subject: emailIpSubject(source.email, source.ip) }],
  });
}
