import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { UploadError } from '../../core/uploads/receive-upload.js';
import type { ImportKind } from './import-formats.js';
import type { SupplyPointIndex } from './curve-fast-parser.js';
import { ImportSession, type ImportBatch, type SessionResult } from './import-session.js';
import { createImportStage, IMPORT_TARGET, writeBatches } from './import-writer.js';

/**
 * The database half of an import, on one raw connection and one transaction:
 *
 *   begin → per batch of rows (ImportSession), while the next batch is parsed:
 *     an index probe per supply point: the target has no row in the batch's time ranges (the usual
 *       case of new data) → COPY the batch straight into the target;
 *     else (or when another import got there first: unique violation) → COPY it into a temp
 *       staging table → one set-based INSERT … SELECT … ON CONFLICT DO UPDATE → empty the stage
 *   → commit
 *
 * or rollback when the file is refused (a file error, or any row error without
 * `validRowsOnly`): nothing half-imported. The upsert on the target's primary key makes a
 * re-import of the same file leave the same rows (idempotent). The staging table is a temp
 * table (no WAL, dropped at commit/rollback) without indexes.
 */

export type ImportOutcome = SessionResult & { rowsImported: number; committed: boolean };

/**
 * Every supply point by CUPS (and by its 20-character base when it has a border point), or only
 * those of `only` (a customer's scope): any other CUPS is then as unknown as one that does not exist.
 */
export async function loadSupplyPointIndex(conn: pg.ClientBase, only: readonly string[] | null = null): Promise<SupplyPointIndex> {
  const { rows } = await conn.query<{ id: string; cups: string }>('select id, cups from supply_point where $1::uuid[] is null or id = any($1::uuid[]) order by cups', [
    only,
  ]);
  const index: SupplyPointIndex = new Map();
  rows.forEach((row, series) => {
    const cups = row.cups.toUpperCase();
    index.set(cups, { series, id: row.id });
    if (cups.length === 22 && !index.has(cups.slice(0, 20))) index.set(cups.slice(0, 20), { series, id: row.id });
  });
  return index;
}

/**
 * Imports `source` (the file's bytes) of `kind` on `conn` (not in a transaction). Resolves with
 * the counts and errors; rejects when the stream or the database fails (rolled back).
 */
export async function importStream(
  conn: pg.ClientBase,
  kind: ImportKind,
  source: Readable,
  options: {
    validRowsOnly: boolean;
    /** Only these supply points may be written (a customer's scope); null or absent: all. */
    supplyPointIds?: readonly string[] | null;
    /** Runs in the transaction just before it commits (e.g. to record the job's result with the rows). */
    beforeCommit?: (conn: pg.ClientBase, outcome: ImportOutcome) => Promise<void>;
  },
): Promise<ImportOutcome> {
  // Only a customer's upload is limited to a scope: it waits for no one and overwrites nothing.
  const customer = options.supplyPointIds != null;
  await conn.query('begin');
  try {
    const supplyPoints = kind === 'OMIE' ? new Map() : await loadSupplyPointIndex(conn, options.supplyPointIds ?? null);
    await createImportStage(conn, kind);
    await lockImportTarget(conn, kind, customer);
    const session = new ImportSession(kind, supplyPoints);
    let rowsImported = 0;
    await pipeline(source, session, async (batches: AsyncIterable<ImportBatch>) => {
      rowsImported = await writeBatches(conn, kind, batches, { customer });
    });
    const result = session.outcome;
    const refused = result.fileError !== null || (result.errorCount > 0 && !options.validRowsOnly) || result.rowsAccepted === 0;
    if (refused) {
      await conn.query('rollback');
      return { ...result, rowsImported: 0, committed: false };
    }
    const outcome = { ...result, rowsImported, committed: true };
    await options.beforeCommit?.(conn, outcome);
    await conn.query('commit');
    return outcome;
  } catch (error) {
    await conn.query('rollback').catch(() => undefined);
    throw error;
  }
}

/**
 * Imports into the same table run one after the other: two files overlapping in supply points and
 * time would otherwise interleave their upserts (and deadlock on each other's keys). An admin's
 * import waits here, before reading its file, until the other commits or rolls back; a customer's
 * is refused at once (IMPORT_BUSY) rather than hold a pool connection while it waits.
 */
async function lockImportTarget(conn: pg.ClientBase, kind: ImportKind, customer: boolean): Promise<void> {
  const key = `import-target:${IMPORT_TARGET[kind]}`;
  if (!customer) {
    await conn.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
    return;
  }
  const { rows } = await conn.query<{ locked: boolean }>('select pg_try_advisory_xact_lock(hashtextextended($1, 0)) as locked', [key]);
  if (!rows[0]!.locked) throw new UploadError('IMPORT_BUSY', 'Another import is running; try again in a few minutes');
}

/** Runs `work` on a raw pg connection of the ORM's pool. */
export async function withRawConnection<T>(em: EntityManager, work: (conn: pg.ClientBase) => Promise<T>): Promise<T> {
  const knex = em.getKnex();
  const conn = (await knex.client.acquireConnection()) as pg.ClientBase;
  try {
    return await work(conn);
  } finally {
    await knex.client.releaseConnection(conn);
  }
}
