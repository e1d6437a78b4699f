import type { EntityManager } from '@mikro-orm/postgresql';

const DAY_MS = 24 * 3_600_000;
/** Longer than every rate-limit window (the longest, per account, is a day). */
export const AUTH_ATTEMPT_RETENTION_MS = DAY_MS;
/** Used, superseded or expired codes and links are kept a day, for support questions. */
export const SIGN_IN_SECRET_RETENTION_MS = DAY_MS;
/** Ended sessions are kept 90 days: the password throttle trusts an IP the account signed in from. */
export const ENDED_SESSION_RETENTION_MS = 90 * DAY_MS;

/**
 * Deletes what no longer counts: rate-limit events older than every window, codes and links
 * expired a day ago, sessions ended 90 days ago. Each is one DELETE bounded by time, so it is
 * idempotent and safe when every app server runs it at once (a row deleted twice is deleted once).
 */
export async function purgeExpiredAuthRecords(em: EntityManager, now: Date): Promise<number> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const statements: [string, Date][] = [
    ['delete from auth_attempt where created_at < ?', before(AUTH_ATTEMPT_RETENTION_MS)],
    ['delete from sign_in_code where expires_at < ?', before(SIGN_IN_SECRET_RETENTION_MS)],
    ['delete from sign_in_token where expires_at < ?', before(SIGN_IN_SECRET_RETENTION_MS)],
    ['delete from session where least(revoked_at, absolute_expires_at) < ?', before(ENDED_SESSION_RETENTION_MS)],
  ];
  let deleted = 0;
  for (const [sql, bound] of statements) {
    const result = await em.getConnection().execute<{ affectedRows: number }>(sql, [bound], 'run');
    deleted += result.affectedRows;
  }
  return deleted;
}
