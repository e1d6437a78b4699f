import type { ImportJobStatus, ImportKind } from '../__generated__/graphql.js';
import type { ImportAnswer as SharedImportAnswer } from '@portal/shared';
import { postMultipart, uploadErrorCode } from './upload.js';

/**
 * Sends an import file to POST /uploads/imports/:kind with XMLHttpRequest (upload progress). The
 * server parses while it receives, so the bar follows the import itself; its answer comes once
 * the rows are written (or refused).
 */

export type ImportAnswer = SharedImportAnswer<ImportJobStatus>;
/** The limits the server enforces, checked here before sending. */
export { CUSTOMER_IMPORT_MAX_BYTES, IMPORT_MAX_BYTES } from '@portal/shared';

/** Why the upload itself failed (the file's rows are judged in the answer, not here). */
export type ImportFailureCode =
  | 'TOO_LARGE'
  | 'NO_FILE'
  | 'MALFORMED'
  | 'ABORTED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'IMPORT_BUSY'
  | 'IMPORT_FAILED'
  | 'TOO_MANY_ATTEMPTS'
  | 'NETWORK';

export class ImportFailure extends Error {
  constructor(
    readonly code: ImportFailureCode,
    readonly jobId: string | null = null,
  ) {
    super(code);
    this.name = 'ImportFailure';
  }
}

const CODES: readonly ImportFailureCode[] = ['TOO_LARGE', 'NO_FILE', 'MALFORMED', 'ABORTED', 'UNAUTHENTICATED', 'FORBIDDEN', 'IMPORT_BUSY', 'IMPORT_FAILED', 'TOO_MANY_ATTEMPTS'];

export function importUrl(kind: ImportKind, validRowsOnly: boolean): string {
  return `/uploads/imports/${kind.toLowerCase()}${validRowsOnly ? '?validRowsOnly=true' : ''}`;
}

export async function uploadImport(
  kind: ImportKind,
  file: File,
  options: { validRowsOnly: boolean; maxBytes: number; onProgress?: (fraction: number) => void; signal?: AbortSignal },
): Promise<ImportAnswer> {
  if (file.size > options.maxBytes) throw new ImportFailure('TOO_LARGE');
  const { status, body } = await postMultipart(importUrl(kind, options.validRowsOnly), file, options).catch((error: unknown) => {
    throw new ImportFailure(uploadErrorCode(error) === 'ABORTED' ? 'ABORTED' : 'NETWORK');
  });
  if (status === 200 && typeof body?.jobId === 'string') {
    options.onProgress?.(1);
    return body as ImportAnswer;
  }
  const error = body?.error;
  const code = typeof error === 'string' && (CODES as readonly string[]).includes(error) ? (error as ImportFailureCode) : status === 413 ? 'TOO_LARGE' : 'IMPORT_FAILED';
  throw new ImportFailure(code, typeof body?.jobId === 'string' ? body.jobId : null);
}
