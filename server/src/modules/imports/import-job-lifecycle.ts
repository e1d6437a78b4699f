import type { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { ImportKind } from './import-formats.js';
import { ImportJob, ImportJobStatus } from './import-job.entity.js';
import { countFinishedImport } from './import-metrics.js';
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

/** What the upload knows of a job before its file is imported: the row importForJob creates. */
export type NewImportJob = {
  id: string;
  kind: ImportKind;
  fileName: string;
  createdById: string | null;
  createdByEmail: string;
  startedAt: Date;
};

/** What the uploader chose, and for a customer the only supply points their file may reach (null: all). */
export type ImportOptions = { validRowsOnly: boolean; readonly supplyPointIds?: readonly string[] | null };

/** The status a processed file ends with. */
export function importJobStatus(outcome: ImportOutcome): ImportJobStatus {
  if (!outcome.committed) return ImportJobStatus.REJECTED;
  return outcome.errorCount > 0 ? ImportJobStatus.PARTIAL : ImportJobStatus.SUCCEEDED;
}

/**
 * Imports `source` for `job` on a connection of its own that holds the job's lock throughout
 * (see jobLockKey). The job's row is created RUNNING only once that lock is held, so a RUNNING
 * job whose lock is free is always an interrupted one. Its result is recorded here, once: with
 * the data in the same transaction (SUCCEEDED, PARTIAL), or after the rollback (REJECTED), so a
 * job never says RUNNING or FAILED about rows that were written.
 */
export function importForJob(
  em: EntityManager,
  job: NewImportJob,
  source: Readable,
  options: Readonly<ImportOptions>,
): Promise<ImportOutcome> {
  return withRawConnection(em, async (conn) => {
    await conn.query('select pg_advisory_lock(hashtextextended($1, 0))', [jobLockKey(job.id)]);
    let recording = false;
    const record = async (db: pg.ClientBase, outcome: ImportOutcome): Promise<void> => {
      recording = true;
      await recordResult(db, job.id, outcome, options.validRowsOnly);
      recording = false;
    };
    try {
      await conn.query(
        `insert into import_job (id, kind, file_name, status, valid_rows_only, errors, created_by_id, created_by_email, started_at)
         values ($1, $2, $3, $4, $5, '[]', $6, $7, $8)`,
        [job.id, job.kind, job.fileName, ImportJobStatus.RUNNING, options.validRowsOnly, job.createdById, job.createdByEmail, job.startedAt],
      );
      const outcome = await importStream(conn, job.kind, source, {
        get validRowsOnly() {
          return options.validRowsOnly;
        },
        supplyPointIds: options.supplyPointIds ?? null,
        beforeCommit: record,
      });
      if (!outcome.committed) await record(conn, outcome);
      countFinishedImport(job.kind, importJobStatus(outcome), outcome.rowsImported);
      return outcome;
    } catch (error) {
      // The import ended but its result could not be written (e.g. a value the database refuses
      // in its errors): nothing of it was kept, and the job must not stay RUNNING.
      if (recording) await failRunningJob(conn, job.id, ImportFailure.RESULT_NOT_SAVED).catch(() => undefined);
      throw error;
    } finally {
      await conn.query('select pg_advisory_unlock(hashtextextended($1, 0))', [jobLockKey(job.id)]).catch(() => undefined);
    }
  });
}

/** The job's whole result (status, counts, errors, interval range, end), only if it is still RUNNING. */
async function recordResult(db: pg.ClientBase, jobId: string, outcome: ImportOutcome, validRowsOnly: boolean): Promise<void> {
  const { rowCount } = await db.query(
    `update import_job set status = $2, valid_rows_only = $3, rows_read = $4, rows_imported = $5, rows_rejected = $6, error_count = $7,
       errors = $8::jsonb, first_start = to_timestamp($9::double precision / 1000), last_start = to_timestamp($10::double precision / 1000),
       finished_at = now()
     where id = $1 and status = $11`,
    [
      jobId,
      importJobStatus(outcome),
      validRowsOnly,
      outcome.rowsRead,
      outcome.rowsImported,
      outcome.rowsRejected,
      outcome.errorCount,
      JSON.stringify(outcome.errors),
      outcome.committed ? outcome.firstStartMs : null,
      outcome.committed ? outcome.lastStartMs : null,
      ImportJobStatus.RUNNING,
    ],
  );
  // Only possible if someone ended the job by hand meanwhile: then nothing of it may be written.
  if (rowCount === 0) throw new Error(`Import job ${jobId} is no longer RUNNING; its rows are not written`);
}

async function failRunningJob(db: pg.ClientBase, jobId: string, reason: string): Promise<number> {
  const { rowCount } = await db.query('update import_job set status = $2, message = $3, finished_at = now() where id = $1 and status = $4', [
    jobId,
    ImportJobStatus.FAILED,
    reason,
    ImportJobStatus.RUNNING,
  ]);
  return rowCount ?? 0;
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
        failed += await failRunningJob(conn, id, ImportFailure.INTERRUPTED);
      } finally {
        await conn.query('select pg_advisory_unlock(hashtextextended($1, 0))', [jobLockKey(id)]);
      }
    }
    return failed;
  });
}
