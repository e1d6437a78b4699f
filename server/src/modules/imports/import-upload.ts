import { randomUUID } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import { CUSTOMER_IMPORT_MAX_BYTES, IMPORT_MAX_BYTES, type ImportAnswer as SharedImportAnswer } from '@portal/shared';
import type { AppDeps } from '../../core/context.js';
import { endViewerTransaction } from '../../core/db/viewer-scope.js';
import { DomainError } from '../../core/errors.js';
import { AuthAttemptKind } from '../auth/auth-attempt.entity.js';
import { recordAttempt, userSubject } from '../auth/index.js';
import { HOUR_MS } from './import-calendar.js';
import { DEFAULT_FILE_NAME, sanitizeFileName, UploadError } from '../../core/uploads/receive-upload.js';
import { log } from '../../core/log.js';
import { User } from '../users/user.entity.js';
import { isImportKind } from './import-formats.js';
import { ImportJob, ImportJobStatus, ImportKindEnum } from './import-job.entity.js';
import { failImportJob, importForJob, importJobStatus, type ImportOptions, type NewImportJob } from './import-job-lifecycle.js';
import { mayImport } from './imports.rules.js';
import type { ImportOutcome } from './import.service.js';

export const IMPORT_UPLOAD_PATH = '/uploads/imports/:kind';

/** Curve imports one customer user may start per hour: each holds the import lock while it runs. */
export const CUSTOMER_IMPORTS_PER_HOUR = 20;
/** Room for multipart boundaries, part headers and the option field when pre-checking Content-Length. */
const IMPORT_ENVELOPE_BYTES = 64 * 1024;

type ImportAnswer = SharedImportAnswer<ImportJobStatus>;

/**
 * POST /uploads/imports/:kind (`cnmc`, `datadis`, `omie`; multipart, one field `file`; option
 * `validRowsOnly=true` as a query parameter or a form field before the file) — 401 without a session,
 * 404 for an unknown kind, 403 unless the viewer may import it (imports.rules.ts: admins anything,
 * customers who see Medidas or their installation curves, whose rows may only name their own CUPS, in files of at most
 * CUSTOMER_IMPORT_MAX_BYTES, CUSTOMER_IMPORTS_PER_HOUR per user: 429 TOO_MANY_ATTEMPTS with
 * retryAfterSeconds and Retry-After). A curve's format
 * (CNMC, Datadis, e-distribución, i-DE) is detected from its header, whichever curve kind is given.
 *
 * The file is parsed while it is received and COPYed into a staging table (import.service.ts);
 * nothing is stored on disk. Every attempt is recorded as an ImportJob (RUNNING from when its
 * file arrives and the import holds the job's lock, so the history shows it). Answers 200 with ImportAnswer when the file was processed — SUCCEEDED,
 * PARTIAL (valid rows only) or REJECTED (errors, nothing imported): the job's `errors` say
 * which lines and columns — and the upload error codes otherwise (413 TOO_LARGE, 400
 * NO_FILE/MALFORMED/ABORTED, 500 IMPORT_FAILED), the job then FAILED.
 */
export function importUploadRouter(deps: AppDeps): Router {
  const router = Router();
  router.post(IMPORT_UPLOAD_PATH, async (req: Request<{ kind: string }>, res: Response) => {
    res.set('Cache-Control', 'private, no-store');
    const answerEarly = (status: number, body: object): void => {
      req.resume();
      res.status(status).json(body);
    };
    const context = await deps.contextOf(req, res);
    if (!context.viewer) return answerEarly(401, { error: 'UNAUTHENTICATED' });
    const kind = req.params.kind.toUpperCase();
    if (!isImportKind(kind)) return answerEarly(404, { error: 'NOT_FOUND' });
    if (!mayImport(context.viewer, kind)) return answerEarly(403, { error: 'FORBIDDEN' });
    // A customer's file may only reach their own supply points: the import knows no other CUPS.
    const supplyPointIds = context.scope.kind === 'customer' ? context.scope.supplyPointIds : null;
    const maxBytes = supplyPointIds ? CUSTOMER_IMPORT_MAX_BYTES : IMPORT_MAX_BYTES;
    // The import uses connections of its own: the request's must not wait on the body.
    await endViewerTransaction(context.em);
    if (supplyPointIds) {
      const retryAfterSeconds = await customerImportRefusal(deps, context.viewer.user.id);
      if (retryAfterSeconds !== null) {
        res.set('Retry-After', String(retryAfterSeconds));
        return answerEarly(429, { error: 'TOO_MANY_ATTEMPTS', retryAfterSeconds });
      }
    }
    // A declared length far over the limit is refused before anything is read or recorded.
    const declaredLength = Number(req.headers['content-length']);
    if (Number.isFinite(declaredLength) && declaredLength > maxBytes + IMPORT_ENVELOPE_BYTES) {
      return answerEarly(413, { error: 'TOO_LARGE' });
    }

    const job: NewImportJob = {
      id: randomUUID(),
      kind,
      fileName: DEFAULT_FILE_NAME,
      createdById: context.viewer.user.id,
      createdByEmail: context.viewer.user.email,
      startedAt: deps.clock.now(),
    };
    const options = { validRowsOnly: req.query['validRowsOnly'] === 'true', supplyPointIds };

    const upload = receiveImport(req, job, options, maxBytes, deps);
    let outcome: ImportOutcome;
    try {
      outcome = await upload.outcome;
    } catch (error) {
      const uploadError = error instanceof UploadError ? error : null;
      if (!uploadError) log.error({ err: error, importJob: job.id, kind }, 'Import failed');
      await recordFailure(deps, job, options, upload.importStarted(), uploadError ? uploadError.code : 'IMPORT_FAILED');
      if (!req.complete) req.resume();
      if (!res.headersSent) {
        res.status(uploadError ? uploadError.status : 500).json({ error: uploadError ? uploadError.code : 'IMPORT_FAILED', jobId: job.id });
      }
      return;
    }

    // importForJob recorded the result with the data; this only answers.
    const answer: ImportAnswer = {
      jobId: job.id,
      status: importJobStatus(outcome),
      rowsRead: outcome.rowsRead,
      rowsImported: outcome.rowsImported,
      rowsRejected: outcome.rowsRejected,
      errorCount: outcome.errorCount,
    };
    res.status(200).json(answer);
  });
  return router;
}

/** Counts one import of a customer user (CUSTOMER_IMPORTS_PER_HOUR); the seconds to wait when over it, else null. */
async function customerImportRefusal(deps: AppDeps, userId: string): Promise<number | null> {
  const limit = { subject: userSubject(userId), max: CUSTOMER_IMPORTS_PER_HOUR, windowMs: HOUR_MS };
  try {
    await deps.orm.em.fork().transactional((tx) => recordAttempt(tx, AuthAttemptKind.CUSTOMER_IMPORT, [limit], deps.clock.now()));
    return null;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'TOO_MANY_ATTEMPTS') return Number(error.details['retryAfterSeconds']);
    throw error;
  }
}

/**
 * Streams the multipart body's one file into importStream. A `validRowsOnly` text field must come
 * before the file (the SPA sends the query parameter).
 */
function receiveImport(
  req: Request,
  job: NewImportJob,
  options: ImportOptions,
  maxBytes: number,
  deps: AppDeps,
): { outcome: Promise<ImportOutcome>; importStarted: () => boolean } {
  let importing: Promise<ImportOutcome> | null = null;
  const outcome = new Promise<ImportOutcome>((resolve, reject) => {
    let settled = false;
    let fileSeen = false;
    let parserClosed = false;
    let aborted = false;
    let imported: ImportOutcome | null = null;
    // Busboy must finish the body (fields after the file) before the answer, unless the client
    // has gone: then busboy never closes, and the import's result is all there is to wait for.
    const answerOnceDone = (): void => {
      if (imported && (parserClosed || aborted)) settle(() => resolve(imported!));
    };
    let guard: Transform | null = null;

    const fail = (error: Error): void => {
      if (guard && !guard.destroyed) guard.destroy(error);
      if (!importing) settle(() => reject(error));
    };
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      req.off('close', onClose);
      outcome();
    };
    const onClose = (): void => {
      if (req.complete) return;
      aborted = true;
      fail(new UploadError('ABORTED', 'The upload was interrupted'));
      answerOnceDone();
    };
    req.on('close', onClose);

    if (!/^multipart\/form-data\s*;/i.test(req.headers['content-type'] ?? '')) {
      return fail(new UploadError('MALFORMED', 'Expected a multipart/form-data request'));
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes + 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 20 },
      });
    } catch {
      return fail(new UploadError('MALFORMED', 'Malformed multipart/form-data request'));
    }
    const malformed = (message: string) => (): void => fail(new UploadError('MALFORMED', message));
    parser.on('error', malformed('Malformed multipart/form-data body'));
    parser.on('filesLimit', malformed('Only one file per request'));
    parser.on('field', (name, value) => {
      if (name === 'validRowsOnly') options.validRowsOnly = value === 'true';
    });
    parser.on('file', (_name, stream: Readable, info) => {
      if (fileSeen) return void stream.resume();
      fileSeen = true;
      job.fileName = sanitizeFileName(info.filename, DEFAULT_FILE_NAME);
      let bytes = 0;
      const passThrough = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          if (bytes > maxBytes) return done(new UploadError('TOO_LARGE', `The file is larger than ${maxBytes} bytes`));
          done(null, chunk);
        },
      });
      guard = passThrough;
      // The import attaches its pipeline only once it has a connection: an error before that
      // (a body cut inside the file) would otherwise be an uncaught exception. It still reaches
      // the import, which sees the stream already destroyed with it.
      passThrough.on('error', () => {});
      stream.on('limit', () => fail(new UploadError('TOO_LARGE', `The file is larger than ${maxBytes} bytes`)));
      stream.on('error', () => fail(new UploadError('MALFORMED', 'The file part ended unexpectedly')));
      stream.pipe(passThrough);
      // The option may still come after the file: importForJob reads it when the import decides.
      importing = importForJob(deps.orm.em, job, passThrough, options);
      importing.then(
        (outcome) => {
          imported = outcome;
          answerOnceDone();
        },
        (error: unknown) => settle(() => reject(error instanceof Error ? error : new Error(String(error)))),
      );
    });
    parser.on('close', () => {
      parserClosed = true;
      if (!fileSeen) fail(new UploadError('NO_FILE', 'The request has no file'));
      answerOnceDone();
    });
    req.pipe(parser);
  });
  return { outcome, importStarted: () => importing !== null };
}

/**
 * Ends the job FAILED with `reason`: the row importForJob created (if it is still RUNNING), or a
 * new one when the import never started. Logged if even that fails: the job then stays RUNNING
 * until a start or the periodic recovery finds its lock free (failInterruptedImports).
 */
async function recordFailure(deps: AppDeps, job: NewImportJob, options: { validRowsOnly: boolean }, importStarted: boolean, reason: string): Promise<void> {
  try {
    const em = deps.orm.em.fork();
    if (importStarted) {
      await failImportJob(em, job.id, reason);
      return;
    }
    em.create(ImportJob, {
      id: job.id,
      kind: job.kind as ImportKindEnum,
      fileName: job.fileName,
      validRowsOnly: options.validRowsOnly,
      createdBy: job.createdById ? em.getReference(User, job.createdById) : null,
      createdByEmail: job.createdByEmail,
      startedAt: job.startedAt,
      status: ImportJobStatus.FAILED,
      message: reason,
      finishedAt: deps.clock.now(),
    });
    await em.flush();
  } catch (error) {
    log.error({ err: error, importJob: job.id, reason }, 'Could not record the failed import');
  }
}
