/**
 * File uploads to the server's upload endpoints (`POST /uploads/...`, one multipart field `file`)
 * with XMLHttpRequest, the one browser API that reports upload progress. The one place that knows
 * the endpoints, the limits and the error codes; screens translate `UploadFailure.code` with their
 * own messages.
 */

/** The server's default limit (config UPLOAD_MAX_BYTES); larger files are refused before sending. */
export const UPLOAD_MAX_MB = 20;
export const UPLOAD_MAX_BYTES = UPLOAD_MAX_MB * 1024 * 1024;

/** What the file input offers; the server decides from the bytes anyway. */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic,image/heif';

/** The codes an upload endpoint answers in `{ error }`. */
const SERVER_CODES = [
  'TOO_LARGE',
  'QUOTA_EXCEEDED',
  'UNSUPPORTED_TYPE',
  'NOT_UPLOADABLE',
  'TOO_MANY_FILES',
  'ALREADY_ATTACHED',
  'TOO_MANY_FILES',
  'NO_FILE',
  'MALFORMED',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'ABORTED',
  'UPLOAD_FAILED',
] as const;

/**
 * Why an upload failed: a server code, `NETWORK` (no answer), or `ABORTED` (also when the caller
 * aborted it). `UPLOAD_FAILED` stands for any answer the client does not understand.
 */
export type UploadErrorCode = (typeof SERVER_CODES)[number] | 'NETWORK';

export class UploadFailure extends Error {
  constructor(readonly code: UploadErrorCode) {
    super(code);
    this.name = 'UploadFailure';
  }
}

/** The code of a rejection of `uploadFile` (anything else counts as `UPLOAD_FAILED`). */
export function uploadErrorCode(error: unknown): UploadErrorCode {
  return error instanceof UploadFailure ? error.code : 'UPLOAD_FAILED';
}

/**
 * `code` when the screen has its own text for it (`own`), otherwise `fallback`: lets a screen
 * translate only the codes its endpoint can answer.
 */
export function translatedCode<K extends UploadErrorCode>(code: UploadErrorCode, own: readonly K[], fallback: K): K {
  return (own as readonly UploadErrorCode[]).includes(code) ? (code as K) : fallback;
}

/** Every endpoint answers at least the stored document's id. */
export type UploadAnswer = { documentId: string };

export const uploadUrls = {
  documentRequest: (id: string) => `/uploads/document-requests/${encodeURIComponent(id)}`,
  /** POST replaces the file, DELETE removes it (until staff accept it). */
  documentRequestFile: (id: string) => `/uploads/document-request-files/${encodeURIComponent(id)}`,
  signingDocument: (id: string) => `/uploads/signing-documents/${encodeURIComponent(id)}`,
  incidentAttachment: (id: string) => `/uploads/incidents/${encodeURIComponent(id)}/attachment`,
  incidentReplyAttachment: (replyId: string) => `/uploads/incident-replies/${encodeURIComponent(replyId)}/attachments`,
};

export type UploadOptions = {
  /** Called with the fraction sent so far (0–1), and with 1 once the server has answered. */
  onProgress?: (fraction: number) => void;
  /** Aborting rejects with `ABORTED`. */
  signal?: AbortSignal;
};

/** An upload endpoint's answer: its HTTP status and JSON body (null when not JSON). */
export type MultipartAnswer = { status: number; body: Record<string, unknown> | null };

/**
 * POSTs `file` (after the text `fields`: servers read fields before the file) as multipart with
 * XMLHttpRequest, reporting upload progress. Resolves with whatever the server answered; rejects
 * only with `NETWORK` or `ABORTED`. The one XHR of the app: the endpoint helpers build on it.
 */
export function postMultipart(
  url: string,
  file: File,
  options: UploadOptions & { fields?: Record<string, string> } = {},
): Promise<MultipartAnswer> {
  const { onProgress, signal, fields = {} } = options;
  if (signal?.aborted) return Promise.reject(new UploadFailure('ABORTED'));
  return new Promise<MultipartAnswer>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    const settle = (outcome: () => void) => {
      signal?.removeEventListener('abort', abort);
      outcome();
    };
    xhr.open('POST', url);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => settle(() => resolve({ status: xhr.status, body: parseBody(xhr.responseText) }));
    xhr.onerror = () => settle(() => reject(new UploadFailure('NETWORK')));
    xhr.onabort = () => settle(() => reject(new UploadFailure('ABORTED')));
    signal?.addEventListener('abort', abort, { once: true });
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Uploads `file` to `url`; resolves with the endpoint's JSON answer, rejects with an `UploadFailure`. */
export async function uploadFile<T extends UploadAnswer = UploadAnswer>(url: string, file: File, options: UploadOptions = {}): Promise<T> {
  if (file.size > UPLOAD_MAX_BYTES) throw new UploadFailure('TOO_LARGE');
  const { status, body } = await postMultipart(url, file, options);
  if (status >= 200 && status < 300 && typeof body?.documentId === 'string') {
    options.onProgress?.(1);
    return body as T;
  }
  throw new UploadFailure(failureCode(status, body?.error));
}

function failureCode(status: number, error: unknown): UploadErrorCode {
  if (typeof error === 'string' && (SERVER_CODES as readonly string[]).includes(error)) return error as UploadErrorCode;
  if (status === 413) return 'TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_TYPE';
  return 'UPLOAD_FAILED';
}

function parseBody(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** DELETEs an upload at `url` (e.g. `uploadUrls.documentRequestFile`); rejects with an `UploadFailure` as `uploadFile` does. */
export async function deleteUpload(url: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'DELETE', credentials: 'same-origin' });
  } catch {
    throw new UploadFailure('NETWORK');
  }
  if (response.ok) return;
  throw new UploadFailure(failureCode(response.status, parseBody(await response.text())?.error));
}
