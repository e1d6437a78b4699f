import type { IncomingMessage } from 'node:http';
import { Transform, type TransformCallback } from 'node:stream';
import busboy from 'busboy';
import { INVISIBLE_IN_FILE_NAMES } from '../forbidden-characters.js';
import type { FileStorage, StoredFile } from '../storage/file-storage.js';

/**
 * The reusable streaming upload core: one `multipart/form-data` request with a single file
 * field goes straight from the socket into `FileStorage.put` (never buffered whole in memory).
 *
 * - the size limit is enforced while streaming (and up front from Content-Length when it
 *   is obviously too big);
 * - the media type is decided from the file's first bytes (magic numbers) against an
 *   allowlist; the extension and the client's Content-Type are ignored;
 * - the file name is sanitised (`sanitizeFileName`) and its extension follows the detected
 *   type (`fileNameForType`);
 * - on any failure (too large, wrong type, aborted connection, malformed body, storage error)
 *   nothing is left in storage and the promise rejects before the caller writes any row.
 *
 * Callers write their DB row after `receiveUpload` resolves, inside `withStoredUpload`, so a
 * failing row write removes the stored file again (no orphans).
 */

export const UploadErrorCode = {
  TOO_LARGE: 'TOO_LARGE',
  UNSUPPORTED_TYPE: 'UNSUPPORTED_TYPE',
  NO_FILE: 'NO_FILE',
  MALFORMED: 'MALFORMED',
  ABORTED: 'ABORTED',
  /** Another job holds what this upload needs (a customer's curve import): try again later. */
  IMPORT_BUSY: 'IMPORT_BUSY',
} as const;
export type UploadErrorCode = (typeof UploadErrorCode)[keyof typeof UploadErrorCode];

/** The code for errors that are not the client's fault (storage failures): the SPA translates it too. */
export const UPLOAD_FAILED = 'UPLOAD_FAILED';

const STATUS: Record<UploadErrorCode, number> = {
  TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  NO_FILE: 400,
  MALFORMED: 400,
  // The client went away: nobody reads the response, but the endpoint still answers something.
  ABORTED: 400,
  IMPORT_BUSY: 409,
};

export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export type UploadErrorResponse = { status: number; body: { error: string; message: string } };

/** What an upload endpoint answers for an error of `receiveUpload` (or of the row write). */
export function uploadErrorResponse(error: unknown): UploadErrorResponse {
  if (error instanceof UploadError) {
    return { status: error.status, body: { error: error.code, message: error.message } };
  }
  return { status: 500, body: { error: UPLOAD_FAILED, message: 'The file could not be stored' } };
}

// ---------------------------------------------------------------------------------------------
// Media types from magic numbers

export const MediaType = {
  PDF: 'application/pdf',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  HEIC: 'image/heic',
  HEIF: 'image/heif',
} as const;
export type MediaType = (typeof MediaType)[keyof typeof MediaType];

/** The portal's document allowlist: PDF, JPEG, PNG, HEIC/HEIF. */
export const DOCUMENT_MEDIA_TYPES: readonly MediaType[] = Object.values(MediaType);

export const EXTENSION_OF: Record<MediaType, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/heic': '.heic',
  'image/heif': '.heif',
};

/** Extensions that name each type (lower case); the first of EXTENSION_OF is the one added. */
const EXTENSIONS_OF: Record<MediaType, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg', '.jpe'],
  'image/png': ['.png'],
  'image/heic': ['.heic'],
  'image/heif': ['.heif', '.heic'],
};

/**
 * `fileName` with an extension that says what the bytes are: kept when it already names the
 * detected type, replaced otherwise (`poly.html` detected as PDF is kept as `poly.pdf`), so a
 * download never offers a PDF as `.html`. Names of types outside the allowlist stay as they are.
 */
export function fileNameForType(fileName: string, mediaType: string): string {
  const extensions = EXTENSIONS_OF[mediaType as MediaType];
  if (!extensions) return fileName;
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot).toLowerCase() : '';
  if (extensions.includes(extension)) return fileName;
  // Only a short dot-suffix is an extension to replace ("v1.2 final" keeps its dot).
  const stem = extension.length > 1 && extension.length <= MAX_EXTENSION_LENGTH && !extension.includes(' ') ? fileName.slice(0, dot) : fileName;
  const wanted = EXTENSION_OF[mediaType as MediaType];
  const room = MAX_FILE_NAME_LENGTH - wanted.length;
  const chars = Array.from(stem);
  return (chars.length > room ? chars.slice(0, room).join('').trimEnd() : stem) + wanted;
}

/** Bytes needed to tell every allowed type apart (ISO-BMFF: size, `ftyp`, major brand). */
export const SNIFF_BYTES = 12;

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/** The media type of a file from its first bytes (at least `SNIFF_BYTES` unless the file is shorter). */
export function sniffMediaType(head: Buffer): MediaType | undefined {
  const startsWith = (magic: Buffer): boolean =>
    head.length >= magic.length && head.subarray(0, magic.length).equals(magic);
  if (startsWith(PDF_MAGIC)) return MediaType.PDF;
  if (startsWith(JPEG_MAGIC)) return MediaType.JPEG;
  if (startsWith(PNG_MAGIC)) return MediaType.PNG;
  if (head.length >= 12 && head.toString('latin1', 4, 8) === 'ftyp') {
    const brand = head.toString('latin1', 8, 12);
    if (HEIC_BRANDS.has(brand)) return MediaType.HEIC;
    if (HEIF_BRANDS.has(brand)) return MediaType.HEIF;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// File names

export const MAX_FILE_NAME_LENGTH = 120;
const MAX_EXTENSION_LENGTH = 10;
export const DEFAULT_FILE_NAME = 'document';

// Characters Windows rejects in names, and quotes that break Content-Disposition headers.
const RESERVED = /[<>:"|?*]/g;

/**
 * A file name that is safe to keep and to offer back in a download: basename only (no `/`
 * or `\`), no control or bidi characters, NFC, trimmed, at most `MAX_FILE_NAME_LENGTH`
 * characters keeping the extension; `fallback` when nothing is left.
 */
export function sanitizeFileName(name: string | undefined | null, fallback: string = DEFAULT_FILE_NAME): string {
  if (typeof name !== 'string') return fallback;
  let clean = name.normalize('NFC').replace(INVISIBLE_IN_FILE_NAMES, '');
  clean = clean.slice(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
  clean = clean
    .replace(RESERVED, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    // No hidden files, no `.`/`..`, no trailing dots (Windows drops them).
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (clean === '') return fallback;

  const chars = Array.from(clean); // code points: never split a surrogate pair
  if (chars.length <= MAX_FILE_NAME_LENGTH) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(clean.slice(dot)) : [];
  const keep = extension.length > 1 && extension.length <= MAX_EXTENSION_LENGTH ? extension : [];
  const stem = chars.slice(0, MAX_FILE_NAME_LENGTH - keep.length).join('').trimEnd();
  return stem + keep.join('');
}

// ---------------------------------------------------------------------------------------------
// Receiving

export type ReceivedFile = StoredFile & { fileName: string; mediaType: MediaType };
export type ReceivedUpload = { file: ReceivedFile; fields: Record<string, string> };

export type ReceiveUploadOptions = {
  storage: FileStorage;
  /** Storage folder, e.g. `installations/<id>/Client-Documents`. */
  folder: string;
  /** Largest accepted file, in bytes (config `uploadMaxBytes`). */
  maxBytes: number;
  /** Accepted media types, decided from the bytes; defaults to `DOCUMENT_MEDIA_TYPES`. */
  allowed?: readonly MediaType[];
  /** Text fields accepted besides the file (default 20), each at most `maxFieldBytes` (default 8 KiB). */
  maxFields?: number;
  maxFieldBytes?: number;
};

/** Room for multipart boundaries and part headers when pre-checking Content-Length. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Passes the file through while counting it against the limit and holding back its first
 * bytes until the media type is known; emits `accepted` once it is (storage starts then, so
 * a rejected type never touches storage).
 */
class UploadGuard extends Transform {
  mediaType: MediaType | undefined;
  private head: Buffer[] = [];
  private headBytes = 0;
  private total = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly allowed: readonly MediaType[],
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.total += chunk.length;
    if (this.total > this.maxBytes) return done(tooLarge(this.maxBytes));
    if (this.mediaType) return done(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return done();
    this.decide(done);
  }

  override _flush(done: TransformCallback): void {
    if (this.mediaType) return done();
    if (this.headBytes === 0) return done(new UploadError('NO_FILE', 'The file is empty'));
    this.decide(done);
  }

  private decide(done: TransformCallback): void {
    const head = Buffer.concat(this.head, this.headBytes);
    this.head = [];
    const type = sniffMediaType(head);
    if (!type || !this.allowed.includes(type)) {
      return done(new UploadError('UNSUPPORTED_TYPE', `Accepted file types: ${this.allowed.join(', ')}`));
    }
    this.mediaType = type;
    this.emit('accepted', type);
    done(null, head);
  }
}

function tooLarge(maxBytes: number): UploadError {
  return new UploadError('TOO_LARGE', `The file is larger than ${maxBytes} bytes`);
}

/**
 * Receives one multipart upload into `options.storage` under `options.folder`. Resolves only
 * once the file is completely stored; rejects with an `UploadError` (or the storage's own
 * error) after removing anything it stored. On an error the rest of the request body is
 * drained so the endpoint's error response reaches the client.
 */
export function receiveUpload(req: IncomingMessage, options: ReceiveUploadOptions): Promise<ReceivedUpload> {
  const { storage, folder, maxBytes } = options;
  const allowed = options.allowed ?? DOCUMENT_MEDIA_TYPES;
  const maxFields = options.maxFields ?? 20;
  const maxFieldBytes = options.maxFieldBytes ?? 8 * 1024;

  return new Promise<ReceivedUpload>((resolve, reject) => {
    const fields = new Map<string, string>();
    let failure: Error | undefined;
    let settled = false;
    let parserClosed = false;
    let fileSeen = false;
    let storing = false;
    let storeSettled = false;
    let stored: StoredFile | undefined;
    let fileName = DEFAULT_FILE_NAME;
    let guard: UploadGuard | undefined;
    let parser: busboy.Busboy | undefined;

    const onReqError = (): void => fail(aborted());
    const onReqClose = (): void => {
      if (!req.complete) fail(aborted());
    };
    const detach = (): void => {
      req.off('error', onReqError);
      req.off('close', onReqClose);
      if (parser) req.unpipe(parser);
    };

    function fail(error: Error): void {
      if (settled || failure) return;
      failure = error;
      guard?.destroy(error);
      detach();
      // Keep a harmless error listener: the abandoned parser may still complain.
      parser?.on('error', () => {});
      // Drain what the client is still sending so it gets the error response.
      if (!req.destroyed) req.resume();
      finish();
    }

    function finish(): void {
      if (settled) return;
      if (failure) {
        if (storing && !storeSettled) return; // storage is cleaning up its partial first
        settled = true;
        const error = failure;
        const removal = stored ? storage.remove(stored.key).catch(() => {}) : Promise.resolve();
        void removal.then(() => reject(error));
        return;
      }
      if (!parserClosed || (fileSeen && !storeSettled)) return;
      if (!stored || !guard?.mediaType) return fail(new UploadError('NO_FILE', 'The request has no file'));
      settled = true;
      detach();
      const mediaType = guard.mediaType;
      resolve({
        // The name's extension follows the bytes, not the client.
        file: { ...stored, fileName: fileNameForType(sanitizeFileName(fileName, DEFAULT_FILE_NAME), mediaType), mediaType },
        fields: Object.fromEntries(fields),
      });
    }

    req.on('error', onReqError);
    req.on('close', onReqClose);

    const contentType = req.headers['content-type'] ?? '';
    if (!/^multipart\/form-data\s*;/i.test(contentType)) {
      return fail(new UploadError('MALFORMED', 'Expected a multipart/form-data request'));
    }
    const declaredLength = Number(req.headers['content-length']);
    if (Number.isFinite(declaredLength) && declaredLength > maxBytes + maxFields * maxFieldBytes + ENVELOPE_BYTES) {
      return fail(tooLarge(maxBytes));
    }

    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: {
          files: 1,
          // One byte over the limit reaches the guard, which turns it into TOO_LARGE
          // (busboy alone would silently truncate).
          fileSize: maxBytes + 1,
          fields: maxFields,
          fieldSize: maxFieldBytes,
          fieldNameSize: 200,
          parts: maxFields + 1,
          headerPairs: 20,
        },
      });
    } catch {
      return fail(new UploadError('MALFORMED', 'Malformed multipart/form-data request'));
    }

    const malformed = (message: string) => (): void => fail(new UploadError('MALFORMED', message));
    parser.on('error', malformed('Malformed multipart/form-data body'));
    parser.on('filesLimit', malformed('Only one file per request'));
    parser.on('fieldsLimit', malformed(`At most ${maxFields} fields besides the file`));
    parser.on('partsLimit', malformed('Too many parts'));
    parser.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated) {
        return fail(new UploadError('MALFORMED', `Field ${name} is longer than ${maxFieldBytes} bytes`));
      }
      fields.set(name, value);
    });
    parser.on('file', (_name, stream, info) => {
      if (failure) return void stream.resume();
      fileSeen = true;
      fileName = info.filename ?? '';
      const fileGuard = new UploadGuard(maxBytes, allowed);
      guard = fileGuard;
      fileGuard.on('error', (error: Error) => fail(error));
      fileGuard.once('accepted', () => {
        if (failure) return;
        storing = true;
        storage.put(folder, fileGuard).then(
          (file) => {
            storeSettled = true;
            stored = file;
            finish();
          },
          (error: unknown) => {
            storeSettled = true;
            fail(error instanceof Error ? error : new Error(String(error)));
            finish();
          },
        );
      });
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      stream.on('error', malformed('The file part ended unexpectedly'));
      stream.pipe(fileGuard);
    });
    parser.on('close', () => {
      parserClosed = true;
      finish();
    });

    req.pipe(parser);
  });
}

function aborted(): UploadError {
  return new UploadError('ABORTED', 'The upload was interrupted');
}

/**
 * Writes the DB row for a stored upload; if `writeRow` throws, the stored file is removed so
 * no orphan stays behind, and the error propagates. Every upload endpoint writes its row
 * through this, right after `receiveUpload` resolves:
 *
 *   const { file, fields } = await receiveUpload(req, { storage, folder, maxBytes });
 *   const row = await withStoredUpload(storage, file, () => saveDocumentRow(file, fields));
 */
export async function withStoredUpload<T>(
  storage: FileStorage,
  file: Pick<StoredFile, 'key'>,
  writeRow: () => Promise<T>,
): Promise<T> {
  try {
    return await writeRow();
  } catch (error) {
    await storage.remove(file.key).catch(() => {});
    throw error;
  }
}
