import type { EntityManager } from '@mikro-orm/postgresql';
import type { Section } from '@portal/shared';
import type { Request, Response } from 'express';
import type { AppDeps, Viewer } from '../../app/context.js';
import { NOT_FOUND_BODY, rowRouteContext } from '../../app/row-route.js';
import { Document, type DocumentCategory } from '../../modules/documents/document.entity.js';
import type { FileStorage } from '../storage/file-storage.js';
import { receiveUpload, UPLOAD_FAILED, uploadErrorResponse, withStoredUpload, type ReceivedFile } from './receive-upload.js';


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
  document: { title?: string; category: DocumentCategory; folder: string; accountId: string };
  /**
   * Inside the row write's transaction, with the new Document (created, not yet flushed):
   * re-checks the target, records the upload and returns the 201 body.
   */
  record: (tx: EntityManager, document: Document, now: Date) => Promise<Answer>;
};

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
 * 2. the file is streamed to `storageFolder` by receiveUpload (size limit, type from the bytes,
 *    sanitised name, SHA-256) — its errors answer as uploadErrorResponse, nothing left behind;
 * 3. the Document row and the target's `record` are written in one transaction inside
 *    withStoredUpload, so a failed or refused write removes the stored file again;
 * 4. 201 with what `record` returned.
 */
export function documentUploadHandler<Answer>(
  deps: AppDeps & { storage: FileStorage },
  options: DocumentUploadOptions<Answer>,
): (req: Request<{ id: string }>, res: Response) => Promise<void> {
  return async (req, res) => {
    const answerEarly = (status: number, body: object): void => {
      req.resume();
      res.status(status).json(body);
    };
    try {
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

      let file: ReceivedFile;
      try {
        ({ file } = await receiveUpload(req, { storage: deps.storage, folder: target.storageFolder, maxBytes: deps.config.uploadMaxBytes }));
      } catch (error) {
        const { status, body } = uploadErrorResponse(error);
        if (status >= 500) console.error(`Upload to ${req.path} failed`, error);
        // An aborted request may have no one left to answer.
        if (!res.headersSent && !res.destroyed) res.status(status).json(body);
        return;
      }

      const { record, document: fields } = target;
      try {
        const answer = await withStoredUpload(deps.storage, file, () =>
          em.transactional(async (tx) => {
            const now = clock.now();
            const document = tx.create(Document, {
              title: fields.title ?? file.fileName,
              category: fields.category,
              folder: fields.folder,
              account: fields.accountId,
              supplyPoint: null,
              fileName: file.fileName,
              mediaType: file.mediaType,
              sizeBytes: file.sizeBytes,
              sha256: file.sha256,
              storageKey: file.key,
              createdAt: now,
            });
            return record(tx, document, now);
          }),
        );
        res.status(201).json(answer);
      } catch (error) {
        if (error instanceof UploadRefused) {
          res.status(error.status).json(error.body);
          return;
        }
        console.error(`Upload to ${req.path}: row write failed`, error);
        const { status, body } = uploadErrorResponse(error);
        res.status(status).json(body);
      }
    } catch (error) {
      // Before the file was read (session or target lookup): still an upload endpoint's answer.
      console.error(`Upload to ${req.path} failed`, error);
      if (!res.headersSent) answerEarly(500, { error: UPLOAD_FAILED, message: 'The file could not be stored' });
    }
  };
}
