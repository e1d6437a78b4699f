import type { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { ImportKind } from './import-formats.js';
import { ImportJob, ImportJobStatus } from './import-job.entity.js';
import { importStream, withRawConnection, type ImportOutcome } from './import.service.js';

/**
 * A job is RUNNING exactly while some connection holds its advisory lock: the importing
 * connection takes it for the import's whole duration and PostgreSQL releases it when that
 * connection ends, whatever killed the process. So a RUNNING job whose lock can be taken was
 * interrupted, and that holds with several servers on one database (a job another live server is
 * importing keeps its lock and is left alone).
 */
const jobLockKey = (jobId: string) => `import-job:${jobId}`;

/** Why a job ended FAILED outside the upload's own error codes (ImportJob.message). */
export const ImportFailure = {
  /** The server stopped (crash, kill -9, lost database) while the job ran; nothing was imported. */
  INTERRUPTED: 'INTERRUPTED',
  /** The import finished but its result could not be recorded; nothing was imported. */
  RESULT_NOT_SAVED: 'RESULT_NOT_SAVED',
} as const;

/**
 * Imports `source` for `job` on a connection of its own that holds the job's lock throughout
 * (see jobLockKey). The data and the job's final status (SUCCEEDED, PARTIAL) are committed
 * together, so a job never says RUNNING or FAILED about rows that were written.
 */
export function importForJob(
  em: EntityManager,
  jobId: string,
  kind: ImportKind,
  source: Readable,
  options: { readonly validRowsOnly: boolean },
): Promise<ImportOutcome> {
  return withRawConnection(em, async (conn) => {
    await conn.query('select pg_advisory_lock(hashtextextended($1, 0))', [jobLockKey(jobId)]);
    try {
      return await importStream(conn, kind, source, {
        get validRowsOnly() {
          return options.validRowsOnly;
        },
        beforeCommit: (tx, outcome) => recordCommitted(tx, jobId, outcome),
      });
    } finally {
      await conn.query('select pg_advisory_unlock(hashtextextended($1, 0))', [jobLockKey(jobId)]).catch(() => undefined);
    }
  });
}

/** Inside the import's transaction: the job's counts and final status, only if it is still RUNNING. */
async function recordCommitted(tx: pg.ClientBase, jobId: string, outcome: ImportOutcome): Promise<void> {
  const { rowCount } = await tx.query(
    `update import_job set status = $2, rows_read = $3, rows_imported = $4, rows_rejected = $5, error_count = $6,
       first_start = to_timestamp($7::double precision / 1000), last_start = to_timestamp($8::double precision / 1000), finished_at = now()
     where id = $1 and status = $9`,
    [
      jobId,
      outcome.errorCount > 0 ? ImportJobStatus.PARTIAL : ImportJobStatus.SUCCEEDED,
      outcome.rowsRead,
      outcome.rowsImported,
      outcome.rowsRejected,
      outcome.errorCount,
      outcome.firstStartMs,
      outcome.lastStartMs,
      ImportJobStatus.RUNNING,
    ],
  );
  // Recovery (another server starting) declared it interrupted before this import took its lock:
  // the job stays FAILED and so nothing of it may be written.
  if (rowCount === 0) throw new Error(`Import job ${jobId} is no longer RUNNING; its rows are not written`);
}

/** Ends a RUNNING job as FAILED with `reason`; a job that already ended is left as it is. */
export async function failImportJob(em: EntityManager, jobId: string, reason: string): Promise<boolean> {
  const updated = await em.nativeUpdate(
    ImportJob,
    { id: jobId, status: ImportJobStatus.RUNNING },
    { status: ImportJobStatus.FAILED, message: reason, finishedAt: new Date() },
  );
  return updated > 0;
}

/**
 * Saves the job's final state (the upload route's last write). If that fails (e.g. a value the
 * database refuses in its errors), the job still ends: FAILED with RESULT_NOT_SAVED, never RUNNING.
 */
export async function finishImportJob(em: EntityManager, job: ImportJob): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    await failImportJob(em.fork(), job.id, ImportFailure.RESULT_NOT_SAVED);
    throw error;
  }
}

/**
 * At start: every RUNNING job whose lock is free was interrupted (its server died) and becomes
 * FAILED (INTERRUPTED). Jobs other live servers are importing hold their locks and are skipped.
 * Returns how many were failed.
 */
export async function failInterruptedImports(orm: MikroORM): Promise<number> {
  const em = orm.em.fork();
  const running = await em.find(ImportJob, { status: ImportJobStatus.RUNNING }, { fields: ['id'] });
  if (running.length === 0) return 0;
  return withRawConnection(em, async (conn) => {
    let failed = 0;
    for (const { id } of running) {
      const { rows } = await conn.query<{ free: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as free', [jobLockKey(id)]);
      if (!rows[0]!.free) continue;
      try {
        const { rowCount } = await conn.query(
          'update import_job set status = $2, message = $3, finished_at = now() where id = $1 and status = $4',
          [id, ImportJobStatus.FAILED, ImportFailure.INTERRUPTED, ImportJobStatus.RUNNING],
        );
        failed += rowCount ?? 0;
      } finally {
        await conn.query('select pg_advisory_unlock(hashtextextended($1, 0))', [jobLockKey(id)]);
      }
    }
    return failed;
  });
}
