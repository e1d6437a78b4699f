import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { randomToken, tokenHash } from '../secrets.js';

// One mechanism for every secret sent by e-mail that works once (sign-in links and codes,
// e-mail change links): only a keyed hash is stored, it expires, only the newest of its kind
// counts, and using it up is one conditional UPDATE, so of two concurrent uses exactly one wins.
// Each kind keeps its own table; the tables share these columns: created_at, expires_at,
// used_at, superseded_at (and failed_attempts for codes, which count wrong tries).

/** The columns every single-use secret has. */
export interface SingleUseSecret {
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  supersededAt: Date | null;
}

/** What limits a secret beyond its life: codes die after `maxFailures` wrong tries. */
export type SecretLimits = { maxFailures?: number };

/** The SQL condition under which a secret still works; its one parameter is the current time. */
export function liveSecretSql(limits: SecretLimits = {}): string {
  const live = 'used_at is null and superseded_at is null and expires_at > ?';
  return limits.maxFailures === undefined ? live : `${live} and failed_attempts < ${limits.maxFailures}`;
}

/** The lifetime columns of a secret issued now. */
export function secretLifetime(now: Date, validForMs: number): Pick<SingleUseSecret, 'createdAt' | 'expiresAt'> {
  return { createdAt: now, expiresAt: new Date(now.getTime() + validForMs) };
}

/** A new link token (never stored) and the row fields that keep it: its keyed hash and lifetime. */
export function newLinkToken(now: Date, validForMs: number): { token: string; stored: { tokenHash: string } & Pick<SingleUseSecret, 'createdAt' | 'expiresAt'> } {
  const token = randomToken();
  return { token, stored: { tokenHash: tokenHash(token), ...secretLifetime(now, validForMs) } };
}

/**
 * Only the newest counts: the live secrets matching `where` are marked superseded in `em`'s
 * unit of work, so the caller's flush writes them with the new one (or neither).
 */
export async function supersedeLiveSecrets<T extends SingleUseSecret & object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  now: Date,
): Promise<void> {
  const older = await em.find(entity, { ...(where as object), usedAt: null, supersededAt: null } as FilterQuery<T>);
  for (const secret of older) secret.supersededAt = now;
}

/** The live secrets matching `where` stop working now, in one statement (revoking, retiring). */
export async function retireLiveSecrets<T extends SingleUseSecret & object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  now: Date,
): Promise<void> {
  await em.nativeUpdate(entity, { ...(where as object), usedAt: null, supersededAt: null } as FilterQuery<T>, { supersededAt: now } as never);
}

/**
 * Uses up the live secret of `table` matching `where` (SQL with `params`) and returns the
 * `returning` columns, or null when none works: unknown, used, superseded, expired or out of tries.
 */
export async function consumeSecret<Row extends object>(
  em: EntityManager,
  secret: { table: string; where: string; params: readonly unknown[]; returning: string; limits?: SecretLimits },
  now: Date,
): Promise<Row | null> {
  const rows = await em.execute<Row[]>(
    `update ${secret.table} set used_at = ? where ${secret.where} and ${liveSecretSql(secret.limits)} returning ${secret.returning}`,
    [now, ...secret.params, now],
  );
  return rows[0] ?? null;
}

/** One wrong try spent on a live code (by id); at `limits.maxFailures` it stops working. */
export async function countFailedTry(em: EntityManager, table: string, id: string, now: Date, limits: Required<SecretLimits>): Promise<void> {
  await em.execute(`update ${table} set failed_attempts = failed_attempts + 1 where id = ? and ${liveSecretSql(limits)}`, [id, now]);
}
