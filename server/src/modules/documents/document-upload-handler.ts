import type { Translations } from '../../core/i18n/translations.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Section } from '@portal/shared';
import type { Request, Response } from 'express';
import type { AppDeps, Viewer } from '../../core/context.js';
import type { Clock } from '../../core/clock.js';
import { log } from '../../core/log.js';
import { endViewerTransaction, viewerTransactional } from '../../core/db/viewer-scope.js';
import { NOT_FOUND_BODY, rowRouteContext } from '../../core/http/row-route.js';
import { Document, type DocumentCategory } from './document.entity.js';
import type { FileStorage } from '../../core/storage/file-storage.js';
import {
  receiveUpload,
  UPLOAD_FAILED,
  uploadErrorResponse,
  withStoredUpload,
  type ReceivedFile,
  type ReceivedUpload,
  type ReceiveUploadOptions,
} from '../../core/uploads/receive-upload.js';
import { deleteReplacedUpload, lockUploadQuota, QUOTA_EXCEEDED, uploadQuotaExcess, type UploadQuota } from '../../core/uploads/upload-quota.js';

/**
 * An answer the endpoint gives instead of 201 (e.g. 409 when the target takes no upload now).
 * Thrown by `load`, it is answered before the file is read; thrown by `record`, the row write
 * rolls back and the stored file is removed.
 */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: { error: string; message?: string },
  ) {
    super(body.message ?? body.error);
    this.name = 'UploadRefused';
  }
}

/** What an upload goes to, as the endpoint's `load` found it. */
export type DocumentUploadTarget<Answer> = {
  /** The storage folder, e.g. `installations/<id>/Client-Documents`. */
  storageFolder: string;
  /** The new Document row's own fields (the file gives the rest); `title` defaults to the file's name. */
  document: { title?: string; titleTranslations?: Translations; category: DocumentCategory; folder: string; folderTranslations?: Translations; accountId: string };
  /**
   * Inside the row write's transaction, with the new Document (created, not yet flushed):
   * re-checks the target, records the upload and returns the 201 body.
   */
  record: UploadRecord<Answer>;
};

/**
 * Records an upload inside the row write's transaction. `replace(documentId)` deletes an earlier
 * customer upload the new one takes the place of (its file is removed after the commit), so
 * re-uploading replaces instead of accumulating.
 */
export type UploadRecord<Answer> = (tx: EntityManager, document: Document, now: Date, replace: (documentId: string) => Promise<void>) => Promise<Answer>;

/** What `load` gets: the target's id (a lower-case UUID), the viewer and their row-scoped em. */
export type DocumentUploadRequest = { id: string; em: EntityManager; viewer: Viewer };

export type DocumentUploadOptions<Answer> = {
  /** The section the viewer needs; without it every id is "not found". */
  section: Section;
  /** The target `id` names, read through the viewer's row-scoped `em`; null answers 404. */
  load: (request: DocumentUploadRequest) => Promise<DocumentUploadTarget<Answer> | null>;
};

/**
 * The Express handler of `POST …/:id` endpoints that take one file (multipart field `file`) and
 * keep it as a Document of the customer's account, the same way everywhere:
 *
 * 1. 401 without a session; 404 without `section`, for a malformed id or when `load` finds
 *    nothing the viewer may see (these early answers drain the body so the client reads them);
 * 2. the request's transaction ends (core/db/viewer-scope.ts), then the file is streamed to `storageFolder` by receiveUpload (size limit, type from the bytes,
 *    sanitised name, SHA-256) — its errors answer as uploadErrorResponse, nothing left behind;
 * 3. the Document row and the target's `record` are written in one transaction of their own
 *    (under the viewer's role and scope) inside withStoredUpload, so a failed or refused write removes the stored file again; the account's
 *    upload quota (config `uploadQuota`) is checked in that transaction, under the account's
 *    lock: over it, 413 QUOTA_EXCEEDED and nothing kept;
 * 4. 201 with what `record` returned.
 */
export function documentUploadHandler<Answer>(
  deps: AppDeps & { storage: FileStorage },
  options: DocumentUploadOptions<Answer>,
): (req: Request<{ id: string }>, res: Response) => Promise<void> {
  return uploadEndpoint(async (req, res, answerEarly) => {
    const context = await rowRouteContext(deps, req, res, { section: options.section, id: req.params.id, answer: answerEarly });
    if (!context) return;
    const { em, clock, id, viewer } = context;
    let target: DocumentUploadTarget<Answer> | null;
    try {
      target = await options.load({ id, em, viewer });
    } catch (error) {
      if (error instanceof UploadRefused) return answerEarly(error.status, error.body);
      throw error;
    }
    if (!target) return answerEarly(404, NOT_FOUND_BODY);
    // Found and allowed: the body may take minutes, which must not hold a pooled connection.
    await endViewerTransaction(em);

    const received = await receiveUploadOrAnswer(req, res, { storage: deps.storage, folder: target.storageFolder, maxBytes: deps.config.uploadMaxBytes });
    if (!received) return;
    const { file } = received;

    const { record, document: fields } = target;
    const { accountId, ...documentFields } = fields;
    const own = { ...documentFields, title: fields.title ?? file.fileName, account: accountId };
    await writeUploadAndAnswer({ storage: deps.storage, em, clock, req, res }, file, own, record, {
      customerUpload: true,
      quota: deps.config.uploadQuota,
    });
  });
}

/**
 * Streams the request's file to storage (receiveUpload). On failure it answers as
 * uploadErrorResponse, when someone is still listening, and returns null.
 */
export async function receiveUploadOrAnswer(req: Request, res: Response, options: ReceiveUploadOptions): Promise<ReceivedUpload | null> {
  try {
    return await receiveUpload(req, options);
  } catch (error) {
    const { status, body } = uploadErrorResponse(error);
    if (status >= 500) log.error({ err: error, path: req.path }, 'Upload failed');
    // An aborted request may have no one left to answer.
    if (!res.headersSent && !res.destroyed) res.status(status).json(body);
    return null;
  }
}

/** The uploaded file's Document row: its own fields (the file gives the rest). */
export type UploadedDocumentFields = {
  title: string;
  titleTranslations?: Translations;
  category: DocumentCategory;
  folder: string;
  folderTranslations?: Translations;
  account: string;
};

/** Who uploads: a customer's upload counts against the account's quota; a staff upload does not. */
export type Uploader = { customerUpload: true; quota: UploadQuota } | { customerUpload: false };

/** Where an upload's rows are written and answered. */
export type UploadWriteContext = { storage: FileStorage; em: EntityManager; clock: Clock; req: Request; res: Response };

/**
 * Writes the stored file's Document row and `record`'s rows in one transaction inside
 * withStoredUpload (a failed or refused write removes the file), then answers 201 with what
 * `record` returned, an UploadRefused's answer, or the write's error as uploadErrorResponse.
 * A customer's own upload (Uploader) is marked so and counts against the account's quota, which
 * is checked after `record` (so a replaced upload no longer counts) under the account's lock.
 */
export async function writeUploadAndAnswer<Answer>(
  { storage, em, clock, req, res }: UploadWriteContext,
  file: ReceivedFile,
  own: UploadedDocumentFields,
  record: UploadRecord<Answer>,
  uploader: Uploader,
): Promise<void> {
  const quota = uploader.customerUpload ? uploader.quota : null;
  const replacedKeys: string[] = [];
  try {
    const answer = await withStoredUpload(storage, file, async () => {
      // A customer's rows are written under their role and scope, in a transaction of its own.
      return viewerTransactional(em, async (tx) => {
        replacedKeys.length = 0;
        if (quota) await lockUploadQuota(tx, own.account);
        const now = clock.now();
        const document = tx.create(Document, {
          ...own,
          supplyPoint: null,
          fileName: file.fileName,
          mediaType: file.mediaType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          storageKey: file.key,
          createdAt: now,
          uploadedByCustomer: uploader.customerUpload,
        });
        const replace = async (documentId: string): Promise<void> => {
          const key = await deleteReplacedUpload(tx, documentId);
          if (key) replacedKeys.push(key);
        };
        const answer = await record(tx, document, now, replace);
        if (quota) {
          await tx.flush();
          const excess = await uploadQuotaExcess(tx, own.account, quota);
          if (excess) throw new UploadRefused(413, { error: QUOTA_EXCEEDED, message: excess });
        }
        return answer;
      });
    });
    // Committed: the replaced files are no longer referenced by any row.
    // A file that cannot be removed is only wasted space: the upload stands, the leftover is logged.
    await Promise.all(
      replacedKeys.map((key) => storage.remove(key).catch((error: unknown) => log.warn({ err: error, key }, 'Upload: replaced file not removed'))),
    );
    res.status(201).json(answer);
  } catch (error) {
    if (error instanceof UploadRefused) {
      res.status(error.status).json(error.body);
      return;
    }
    log.error({ err: error, path: req.path }, 'Upload: row write failed');
    const { status, body } = uploadErrorResponse(error);
    res.status(status).json(body);
  }
}

/** Answers before the body is read; drains the body first so the client gets to read the answer. */
export type EarlyAnswer = (status: number, body: object) => void;

/**
 * An upload endpoint's Express handler around `handle`, which gets an early-answer helper; a
 * fault that escapes `handle` (session or target lookup) is still an upload endpoint's answer,
 * 500 UPLOAD_FAILED.
 */
export function uploadEndpoint<Params>(
  handle: (req: Request<Params>, res: Response, answerEarly: EarlyAnswer) => Promise<void>,
): (req: Request<Params>, res: Response) => Promise<void> {
  return async (req, res) => {
    const answerEarly: EarlyAnswer = (status, body) => {
      req.resume();
      res.status(status).json(body);
    };
    try {
      await handle(req, res, answerEarly);
    } catch (error) {
      log.error({ err: error, path: req.path }, 'Upload failed');
      if (!res.headersSent) answerEarly(500, { error: UPLOAD_FAILED, message: 'The file could not be stored' });
    }
  };
}
