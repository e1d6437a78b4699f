import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A cheap "was anything written?" check: one statement giving, per table, the row count and
 * the sum of a 64-bit hash of each row's text (order-free, so no sort). Test databases are
 * small, so this costs a few milliseconds; two fingerprints differ where rows were inserted,
 * changed or deleted (short of a 64-bit hash collision).
 */
export type Fingerprint = Map<string, string>;

/**
 * What a request may write even when it fails, so a fingerprint leaves it out:
 * - `auth_attempt`: a failed sign-in or code request is recorded on purpose; the rate limit
 *   counts exactly those failures.
 * - `session.last_seen_at`: any signed-in request refreshes it (at most once a minute); the
 *   rest of the session row (expiry, acting-as, revocation) still counts.
 */
export const WRITTEN_BY_FAILED_REQUESTS: Record<string, string[] | 'whole table'> = {
  auth_attempt: 'whole table',
  session: ['last_seen_at'],
};

let statement: string | undefined;

async function fingerprintStatement(em: EntityManager): Promise<string> {
  if (statement) return statement;
  const tables = await em
    .getConnection()
    .execute<{ name: string }[]>(`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`);
  const parts = tables
    .filter(({ name }) => WRITTEN_BY_FAILED_REQUESTS[name] !== 'whole table')
    .map(({ name }) => {
      const skipped = WRITTEN_BY_FAILED_REQUESTS[name];
      const row = Array.isArray(skipped) ? `(to_jsonb(t) - array[${skipped.map((column) => `'${column}'`).join(', ')}]::text[])::text` : 't::text';
      return `select '${name}' as name, count(*) || ':' || coalesce(sum(hashtextextended(${row}, 0)), 0) as hash from "${name}" t`;
    });
  statement = parts.join('\nunion all ');
  return statement;
}

export async function fingerprint(em: EntityManager): Promise<Fingerprint> {
  const rows = await em.getConnection().execute<{ name: string; hash: string }[]>(await fingerprintStatement(em));
  return new Map(rows.map(({ name, hash }) => [name, hash]));
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name));
}
