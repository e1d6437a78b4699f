import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { AppDeps } from '../../core/context.js';
import { endViewerTransaction, viewerTransactional } from '../../core/db/viewer-scope.js';
import { NOT_FOUND_BODY, rowRouteContext } from '../../core/http/row-route.js';
import { log } from '../../core/log.js';
import type { FileStorage } from '../../core/storage/file-storage.js';
import { deleteReplacedUpload } from '../../core/uploads/upload-quota.js';
import { UploadRefused, uploadEndpoint } from '../documents/index.js';
import type { Document } from '../documents/document.entity.js';
import { DocumentFileStatus, DocumentRequestFile, DocumentRequestStatus } from './installation-document.entity.js';
import { lockRow, notUploadable } from './locked-rows.js';

/** What the customer's file routes answer: the request's status after the change, and the file. */
export type RequestFileAnswer = { id: string; status: DocumentRequestStatus; fileId: string; documentId: string };

type LockedRequest = { status: DocumentRequestStatus; minFiles: number; maxFiles: number; files: { id: string; documentId: string; status: DocumentFileStatus }[] };

/** The request row locked (uploads, removals and reviews of one request run one after another), with its files. */
async function lockRequest(tx: EntityManager, requestId: string): Promise<LockedRequest> {
  const row = await lockRow(tx, 'document_request', requestId);
  const files = await tx.execute<{ id: string; document_id: string; status: DocumentFileStatus }[]>(
    `select "id", "document_id", "status" from "document_request_file" where "document_request_id" = ? order by "created_at", "id"`,
    [requestId],
  );
  const status = row['status'] as DocumentRequestStatus;
  // Staff accepted it: every file is on record and stays as it is.
  if (status === DocumentRequestStatus.ACCEPTED) throw notUploadable();
  return {
    status,
    minFiles: row['min_files'] as number,
    maxFiles: row['max_files'] as number,
    files: files.map((file) => ({ id: file.id, documentId: file.document_id, status: file.status })),
  };
}

/**
 * The request's status once the customer has `fileCount` files in it that staff have not rejected:
 * UPLOADED (for staff to review) from `minFiles` on; below that PENDING, or still REJECTED so its
 * reason stays in sight.
 */
export function statusWithFiles(current: DocumentRequestStatus, fileCount: number, minFiles: number): DocumentRequestStatus {
  if (fileCount >= minFiles) return DocumentRequestStatus.UPLOADED;
  return current === DocumentRequestStatus.REJECTED ? DocumentRequestStatus.REJECTED : DocumentRequestStatus.PENDING;
}

/** How many of the request's files count towards `minFiles`: a rejected one waits to be replaced or removed. */
const liveFiles = (locked: LockedRequest): number => locked.files.filter((file) => file.status !== DocumentFileStatus.REJECTED).length;
const isLive = (file: { status: DocumentFileStatus }): number => (file.status === DocumentFileStatus.REJECTED ? 0 : 1);

async function saveStatus(tx: EntityManager, requestId: string, locked: LockedRequest, fileCount: number, now: Date): Promise<DocumentRequestStatus> {
  const status = statusWithFiles(locked.status, fileCount, locked.minFiles);
  // A reason answered by new files is of no further use; one still to answer stays.
  await tx.execute(
    `update "document_request" set "status" = ?, "rejection_reason" = case when ? = 'REJECTED' then "rejection_reason" end, "updated_at" = ? where "id" = ?`,
    [status, status, now, requestId],
  );
  return status;
}

/**
 * One more file for the request. When it has all its files: a one-file request takes the new file
 * in place of the old one (as re-uploading always did); a larger one refuses (409 TOO_MANY_FILES).
 */
export async function addRequestFile(
  tx: EntityManager,
  requestId: string,
  document: Document,
  now: Date,
  replace: (documentId: string) => Promise<void>,
): Promise<RequestFileAnswer> {
  const locked = await lockRequest(tx, requestId);
  if (locked.files.length >= locked.maxFiles) {
    if (locked.maxFiles !== 1) {
      throw new UploadRefused(409, { error: 'TOO_MANY_FILES', message: `This request takes at most ${locked.maxFiles} files: replace or remove one` });
    }
    return replaceRequestFile(tx, { requestId, fileId: locked.files[0]!.id }, document, now, replace, locked);
  }
  const fileId = tx.create(DocumentRequestFile, { request: requestId, document: document.id, createdAt: now, updatedAt: now }).id;
  await tx.flush();
  const status = await saveStatus(tx, requestId, locked, liveFiles(locked) + 1, now);
  return { id: requestId, status, fileId, documentId: document.id };
}

/** A new file in place of one of the request's files that staff have not accepted; the old one is deleted. */
export async function replaceRequestFile(
  tx: EntityManager,
  { requestId, fileId }: { requestId: string; fileId: string },
  document: Document,
  now: Date,
  replace: (documentId: string) => Promise<void>,
  alreadyLocked?: LockedRequest,
): Promise<RequestFileAnswer> {
  const locked = alreadyLocked ?? (await lockRequest(tx, requestId));
  const file = locked.files.find((candidate) => candidate.id === fileId);
  // Removed meanwhile, or accepted: nothing to replace.
  if (!file || file.status === DocumentFileStatus.ACCEPTED) throw notUploadable();
  await tx.flush(); // the Document row first: the file row refers to it
  await tx.execute(`update "document_request_file" set "document_id" = ?, "status" = ?, "updated_at" = ? where "id" = ?`, [
    document.id,
    DocumentFileStatus.UPLOADED,
    now,
    fileId,
  ]);
  await replace(file.documentId);
  // The new file is live whatever the old one was.
  const status = await saveStatus(tx, requestId, locked, liveFiles(locked) - isLive(file) + 1, now);
  return { id: requestId, status, fileId, documentId: document.id };
}

/**
 * DELETE /uploads/document-request-files/:id: removes a file of the customer's that staff have not
 * accepted (its Document row and, once committed, its stored bytes). 200 `{ id, status }` of the
 * request; 404 as for any row out of scope; 409 NOT_UPLOADABLE once accepted.
 */
export function requestFileRemovalHandler(deps: AppDeps & { storage: FileStorage }): (req: Request<{ id: string }>, res: Response) => Promise<void> {
  return uploadEndpoint<{ id: string }>(async (req, res, answerEarly) => {
    const context = await rowRouteContext(deps, req, res, { section: 'INSTALLATION', id: req.params.id, answer: answerEarly });
    if (!context) return;
    const { em, clock, id } = context;
    const found = await em.findOne(DocumentRequestFile, { id });
    if (!found) return answerEarly(404, NOT_FOUND_BODY);
    const requestId = found.request.id;
    await endViewerTransaction(em);
    let removedKey: string | null = null;
    try {
      const status = await viewerTransactional(em, async (tx) => {
        const locked = await lockRequest(tx, requestId);
        const file = locked.files.find((candidate) => candidate.id === id);
        if (!file || file.status === DocumentFileStatus.ACCEPTED) throw notUploadable();
        await tx.execute(`delete from "document_request_file" where "id" = ?`, [id]);
        removedKey = await deleteReplacedUpload(tx, file.documentId);
        return saveStatus(tx, requestId, locked, liveFiles(locked) - isLive(file), clock.now());
      });
      res.status(200).json({ id: requestId, status });
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      res.status(error.status).json(error.body);
      return;
    }
    // Committed: no row refers to the bytes any more. A file that cannot be removed is only wasted space.
    const key: string | null = removedKey;
    if (key) await deps.storage.remove(key).catch((error: unknown) => log.warn({ err: error, key }, 'Upload: removed file not deleted'));
  });
}
