import type { EntityManager } from '@mikro-orm/postgresql';
import { tokenHash } from '../../core/secrets.js';
import { AuthAttempt, AuthAttemptKind } from './auth-attempt.entity.js';
import { tooManyAttempts } from './auth-errors.js';
import { normalizeEmail } from '../../core/email-address.js';

/** At most `max` events of one kind for `subject` in any `windowMs`. */
export type Limit = { subject: string; max: number; windowMs: number };

// Prefixed so an "e-mail" typed as an IP address can never count against that IP's limit.
export function emailSubject(email: string): string {
  return tokenHash(`email:${normalizeEmail(email)}`);
}

export function userSubject(userId: string): string {
  return tokenHash(`user:${userId}`);
}

export function ipSubject(ip: string | null): string {
  return tokenHash(`ip:${ip ?? 'unknown'}`);
}

/** One e-mail from one IP: the pair password throttling backs off per. */
export function emailIpSubject(email: string, ip: string | null): string {
  return tokenHash(`email+ip:${normalizeEmail(email)}\n${ip ?? 'unknown'}`);
}

/** Seconds until `limit` admits one more event; 0 when it admits one now. */
export async function secondsUntilAdmitted(em: EntityManager, kind: AuthAttemptKind, limit: Limit, now: Date): Promise<number> {
  // When the max-th most recent event of the window leaves it, a slot frees up.
  const rows = await em.execute<{ created_at: Date }[]>(
    `select created_at from auth_attempt
      where kind = ? and subject = ? and created_at > ?
      order by created_at desc offset ? limit 1`,
    [kind, limit.subject, new Date(now.getTime() - limit.windowMs), limit.max - 1],
  );
  const oldest = rows[0];
  if (!oldest) return 0;
  return Math.max(1, Math.ceil((new Date(oldest.created_at).getTime() + limit.windowMs - now.getTime()) / 1000));
}

async function secondsUntilAllAdmit(em: EntityManager, kind: AuthAttemptKind, limits: Limit[], now: Date): Promise<number> {
  let wait = 0;
  for (const limit of limits) wait = Math.max(wait, await secondsUntilAdmitted(em, kind, limit, now));
  return wait;
}

/**
 * Serialises check-and-record per subject until the transaction ends (`em` from
 * `em.transactional`). Sorted, so two requests locking the same subjects cannot deadlock.
 */
export async function lockSubjects(em: EntityManager, kind: AuthAttemptKind, subjects: string[]): Promise<void> {
  for (const subject of [...new Set(subjects)].sort()) {
    await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`${kind}:${subject}`]);
  }
}

/**
 * Counts one event against every limit, or throws TOO_MANY_ATTEMPTS (with retryAfterSeconds)
 * when any is exhausted. Must run inside a transaction (`em` from `em.transactional`): an
 * advisory lock per subject makes check-and-record atomic, so concurrent requests cannot
 * overshoot a limit. Returns the recorded rows (to forget them later) and the seconds until
 * the next event would be admitted.
 */
export async function recordAttempt(
  em: EntityManager,
  kind: AuthAttemptKind,
  limits: Limit[],
  now: Date,
): Promise<{ attempts: AuthAttempt[]; nextAdmittedInSeconds: number }> {
  const subjects = [...new Set(limits.map((limit) => limit.subject))].sort();
  await lockSubjects(em, kind, subjects);
  const wait = await secondsUntilAllAdmit(em, kind, limits, now);
  if (wait > 0) throw tooManyAttempts(wait);
  // Rows older than every window count for nothing: drop this subject's, so the table stays small.
  const longest = Math.max(...limits.map((limit) => limit.windowMs));
  await em.nativeDelete(AuthAttempt, { kind, subject: { $in: subjects }, createdAt: { $lt: new Date(now.getTime() - longest) } });
  const attempts = subjects.map((subject) => em.create(AuthAttempt, { kind, subject, createdAt: now }));
  await em.flush();
  return { attempts, nextAdmittedInSeconds: await secondsUntilAllAdmit(em, kind, limits, now) };
}
