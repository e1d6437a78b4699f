/**
 * Uploads one file to an upload endpoint (`POST /uploads/...`, multipart field `file`) with
 * XMLHttpRequest, the one browser API that reports upload progress. Resolves with the
 * endpoint's JSON; rejects with an `UploadFailure` whose `code` the screens translate.
 */

/** The server's default limit (config UPLOAD_MAX_BYTES); larger files are refused before sending. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
export const UPLOAD_MAX_MB = 20;

/** What the file input offers; the server decides from the bytes anyway. */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic,image/heif';

export type UploadFailureCode =
  | 'TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'NOT_UPLOADABLE'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'NO_FILE'
  | 'NETWORK'
  | 'ABORTED'
  | 'UNKNOWN';

const KNOWN: readonly UploadFailureCode[] = ['TOO_LARGE', 'UNSUPPORTED_TYPE', 'NOT_UPLOADABLE', 'NOT_FOUND', 'UNAUTHENTICATED', 'NO_FILE'];

export class UploadFailure extends Error {
  constructor(readonly code: UploadFailureCode) {
    super(code);
    this.name = 'UploadFailure';
  }
}

export type UploadAnswer = { id: string; status: string; documentId: string };

export function uploadUrl(kind: 'document-requests' | 'signing-documents', id: string): string {
  return `/uploads/${kind}/${encodeURIComponent(id)}`;
}

export function uploadFile(
  url: string,
  file: File,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<UploadAnswer> {
  if (file.size > UPLOAD_MAX_BYTES) return Promise.reject(new UploadFailure('TOO_LARGE'));
  return new Promise<UploadAnswer>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object') {
        options.onProgress?.(1);
        resolve(body as UploadAnswer);
        return;
      }
      const code = (body as { error?: unknown } | null)?.error;
      if (typeof code === 'string' && (KNOWN as readonly string[]).includes(code)) reject(new UploadFailure(code as UploadFailureCode));
      else if (xhr.status === 413) reject(new UploadFailure('TOO_LARGE'));
      else if (xhr.status === 415) reject(new UploadFailure('UNSUPPORTED_TYPE'));
      else reject(new UploadFailure('UNKNOWN'));
    };
    xhr.onerror = () => reject(new UploadFailure('NETWORK'));
    xhr.onabort = () => reject(new UploadFailure('ABORTED'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
