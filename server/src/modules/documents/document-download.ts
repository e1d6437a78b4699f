import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/context.js';
import { endViewerTransaction } from '../../core/db/viewer-scope.js';
import { NOT_FOUND_BODY, rowRouteContext } from '../../core/http/row-route.js';
import type { FileStorage } from '../../core/storage/file-storage.js';
import { log } from '../../core/log.js';
import { fileNameForType } from '../../core/uploads/receive-upload.js';
import { Document } from './document.entity.js';

export const FILES_PATH = '/files';

/**
 * GET /files/:documentId: the bytes of one document the viewer may see (session, section and
 * row scope as in rowRouteContext).
 */
export function documentDownloadRouter(deps: AppDeps & { storage: FileStorage }): Router {
  const router = Router();
  router.get(`${FILES_PATH}/:documentId`, async (req: Request<{ documentId: string }>, res: Response) => {
    const context = await rowRouteContext(deps, req, res, { section: 'DOCUMENTS', id: req.params.documentId });
    if (!context) return;
    // The row-scope filter applies here: a document outside the scope is simply not found.
    const document = await context.em.findOne(Document, { id: context.id });
    if (!document) {
      res.status(404).json(NOT_FOUND_BODY);
      return;
    }
    // Found and allowed: a slow reader must not hold the request's pooled connection while it streams.
    await endViewerTransaction(context.em);
    await sendDocument(res, deps.storage.open(document.storageKey), document, req.query['inline'] === '1');
  });
  return router;
}

async function sendDocument(res: Response, opening: Promise<Readable>, document: Document, inline: boolean): Promise<void> {
  let stream: Readable | undefined;
  try {
    // Open and wait for the first chunk before committing to 200: a missing file is still a clean 500.
    let chunks: AsyncIterator<Buffer>;
    let first: IteratorResult<Buffer>;
    try {
      stream = await opening;
      chunks = stream[Symbol.asyncIterator]();
      first = await chunks.next();
    } catch (error) {
      log.error({ err: error, document: document.id, storageKey: document.storageKey }, 'Document cannot be read');
      res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
      return;
    }
    res.status(200).set({
      'Content-Type': document.mediaType,
      'Content-Length': String(document.sizeBytes),
      // Rows stored before names followed the detected type still download with a matching extension.
      'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', fileNameForType(document.fileName, document.mediaType)),
      'X-Content-Type-Options': 'nosniff',
    });
    const expected = document.sizeBytes;
    async function* exactBytes(): AsyncGenerator<Buffer> {
      let sent = 0;
      for (let next = first; !next.done; next = await chunks.next()) {
        sent += next.value.length;
        if (sent > expected) throw new Error(`stored file is longer than its ${expected} bytes`);
        yield next.value;
      }
      // Ending short of Content-Length would leave a keep-alive client waiting for the rest.
      if (sent !== expected) throw new Error(`stored file has ${sent} of its ${expected} bytes`);
    }
    try {
      // On any failure pipeline destroys the response: the client sees a broken download, not a hang.
      await pipeline(exactBytes, res);
    } catch (error) {
      if (!res.writableFinished && !isClientAbort(error)) {
        log.error({ err: error, document: document.id, storageKey: document.storageKey }, 'Document download failed');
      }
    }
  } finally {
    stream?.destroy();
  }
}

function isClientAbort(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ERR_STREAM_PREMATURE_CLOSE';
}

/**
 * RFC 6266 Content-Disposition: an ASCII `filename` for old clients and the exact name as
 * RFC 5987 `filename*` (UTF-8, percent-encoded).
 */
export function contentDisposition(type: 'attachment' | 'inline', fileName: string): string {
  const name = fileName.replace(/[\\/]/g, '_').trim() || 'download';
  const fallback =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // Outside printable ASCII, quotes and backslashes cannot stand in a quoted-string safely.
      .replace(/[^\x20-\x7e]|["\\%]/g, '_') || 'download';
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** encodeURIComponent leaves ' ( ) * as they are; RFC 5987 attr-char does not allow them. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
