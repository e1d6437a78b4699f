import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import http, { type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/free-port.js';
import { LocalDiskStorage, type FileStorage } from '../storage/file-storage.js';
import {
  fileNameForType,
  MediaType,
  receiveUpload,
  sanitizeFileName,
  sniffMediaType,
  UploadError,
  uploadErrorResponse,
  withStoredUpload,
  type ReceivedUpload,
} from './receive-upload.js';

const MAX_BYTES = 64 * 1024;
const FOLDER = 'installations/test/Client-Documents';
const BOUNDARY = '----portal-test-boundary';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(10_000), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(5_000)]);

type Outcome = { ok: true; value: ReceivedUpload } | { ok: false; error: unknown };

let root: string;
let storage: FileStorage;
let server: Server;
let baseUrl: string;
let port: number;
let outcomes: Outcome[] = [];
let waiters: Array<(outcome: Outcome) => void> = [];

/** The next upload handled by the server, resolved or rejected (even when no response is sent). */
function nextOutcome(): Promise<Outcome> {
  const ready = outcomes.shift();
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve) => waiters.push(resolve));
}

function record(outcome: Outcome): void {
  const waiter = waiters.shift();
  if (waiter) waiter(outcome);
  else outcomes.push(outcome);
}

/** Every file under the storage root (relative paths), `.partial` ones included. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Polls until storage is empty (cleanup after a destroyed socket is asynchronous; up to 10 s on a loaded machine). */
async function expectStorageEmpty(): Promise<void> {
  let files = await storedFiles();
  for (let i = 0; i < 200 && files.length > 0; i++) {
    await sleep(50);
    files = await storedFiles();
  }
  expect(files).toEqual([]);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

type Part = { name: string; value: string } | { name: string; fileName: string; contentType: string; bytes: Buffer };

function multipartBody(parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('value' in part) {
      chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`));
    } else {
      chunks.push(
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\n` +
            `Content-Type: ${part.contentType}\r\n\r\n`,
        ),
        part.bytes,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

/** A raw POST of `body`; `chunked` omits Content-Length (so only the streaming limit applies). */
function postRaw(body: Buffer, options: { chunked?: boolean } = {}): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
    if (!options.chunked) headers['content-length'] = body.length;
    const req = http.request({ host: '127.0.0.1', port, path: '/upload', method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString()) }));
    });
    // The server may answer (and close) before the whole body is written.
    req.on('error', reject);
    for (let offset = 0; offset < body.length; offset += 16 * 1024) req.write(body.subarray(offset, offset + 16 * 1024));
    req.end();
  });
}

async function postForm(form: FormData): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${baseUrl}/upload`, { method: 'POST', body: form });
  return { status: response.status, json: await response.json() };
}

function fileForm(bytes: Buffer, fileName: string, type: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type }), fileName);
  return form;
}

function errorCode(outcome: Outcome): string | undefined {
  if (outcome.ok) return undefined;
  return outcome.error instanceof UploadError ? outcome.error.code : `not an UploadError: ${String(outcome.error)}`;
}

let currentStorage: () => FileStorage = () => storage;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'portal-uploads-'));
  storage = new LocalDiskStorage(root);
  const app = express();
  app.post('/upload', (req, res) => {
    receiveUpload(req, { storage: currentStorage(), folder: FOLDER, maxBytes: MAX_BYTES }).then(
      (value) => {
        record({ ok: true, value });
        res.status(201).json(value);
      },
      (error: unknown) => {
        record({ ok: false, error });
        const { status, body } = uploadErrorResponse(error);
        res.status(status).json(body);
      },
    );
  });
  port = await freePort();
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${port}`;
});

afterEach(async () => {
  currentStorage = () => storage;
  outcomes = [];
  waiters = [];
  await rm(path.join(root, 'installations'), { recursive: true, force: true });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe('receiveUpload', () => {
  it('stores a PDF with its exact bytes, sha256, media type, file name and the text fields', async () => {
    const response = await postForm(fileForm(PDF, 'Factura ñandú.pdf', 'application/pdf', { documentId: '42', note: 'hola' }));
    const outcome = await nextOutcome();
    expect(response.status).toBe(201);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { file, fields } = outcome.value;
    expect(file).toMatchObject({
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
      mediaType: 'application/pdf',
      fileName: 'Factura ñandú.pdf',
    });
    expect(file.key.startsWith(`${FOLDER}/`)).toBe(true);
    expect(fields).toEqual({ documentId: '42', note: 'hola' });
    expect((await readFile(path.join(root, file.key))).equals(PDF)).toBe(true);
    expect(await storedFiles()).toEqual([file.key]);
  });

  it('stores a PNG sent with a misleading extension and Content-Type, typed by its bytes', async () => {
    await postForm(fileForm(PNG, 'photo.pdf', 'application/pdf'));
    const outcome = await nextOutcome();
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.file).toMatchObject({ sizeBytes: PNG.length, sha256: sha256(PNG), mediaType: 'image/png' });
    expect((await readFile(path.join(root, outcome.value.file.key))).equals(PNG)).toBe(true);
  });

  it('accepts a file of exactly the limit', async () => {
    const exact = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(MAX_BYTES - 9)]);
    const response = await postRaw(multipartBody([{ name: 'file', fileName: 'a.pdf', contentType: 'application/pdf', bytes: exact }]), {
      chunked: true,
    });
    expect(response.status).toBe(201);
    const outcome = await nextOutcome();
    expect(outcome.ok && outcome.value.file.sizeBytes).toBe(MAX_BYTES);
  });

  it('rejects an oversized file mid-stream with TOO_LARGE and leaves nothing (no .partial)', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(4 * MAX_BYTES)]);
    const response = await postRaw(multipartBody([{ name: 'file', fileName: 'big.pdf', contentType: 'application/pdf', bytes: big }]), {
      chunked: true,
    });
    expect(errorCode(await nextOutcome())).toBe('TOO_LARGE');
    expect(response).toEqual({ status: 413, json: { error: 'TOO_LARGE', message: expect.any(String) } });
    await expectStorageEmpty();
  });

  it('rejects a declared Content-Length far over the limit before reading the body', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(8 * MAX_BYTES)]);
    const response = await postForm(fileForm(big, 'big.pdf', 'application/pdf'));
    expect(response.status).toBe(413);
    expect(errorCode(await nextOutcome())).toBe('TOO_LARGE');
    await expectStorageEmpty();
  });

  it('rejects a text file renamed .pdf and sent as application/pdf with UNSUPPORTED_TYPE, leaving nothing', async () => {
    const text = Buffer.from('Not a PDF at all, just some text pretending.\n'.repeat(100));
    const response = await postForm(fileForm(text, 'contract.pdf', 'application/pdf'));
    expect(errorCode(await nextOutcome())).toBe('UNSUPPORTED_TYPE');
    expect(response).toEqual({ status: 415, json: { error: 'UNSUPPORTED_TYPE', message: expect.any(String) } });
    await expectStorageEmpty();
  });

  it('rejects a tiny non-matching file (shorter than the sniff window) with UNSUPPORTED_TYPE', async () => {
    await postForm(fileForm(Buffer.from('%PD'), 'x.pdf', 'application/pdf'));
    expect(errorCode(await nextOutcome())).toBe('UNSUPPORTED_TYPE');
    await expectStorageEmpty();
  });

  it('rejects an aborted connection with ABORTED and leaves nothing in storage', async () => {
    const body = multipartBody([
      { name: 'file', fileName: 'scan.pdf', contentType: 'application/pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(MAX_BYTES - 100)]) },
    ]);
    const req = http.request({
      host: '127.0.0.1',
      port,
      path: '/upload',
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': body.length },
    });
    req.on('error', () => {});
    req.write(body.subarray(0, body.length / 2));
    // Wait until the bytes are being written to storage, then hang up.
    for (let i = 0; i < 250 && !(await storedFiles()).some((f) => f.endsWith('.partial')); i++) await sleep(20);
    expect((await storedFiles()).some((f) => f.endsWith('.partial'))).toBe(true);
    req.destroy();
    expect(errorCode(await nextOutcome())).toBe('ABORTED');
    await expectStorageEmpty();
  });

  it('rejects a request without a file with NO_FILE, and an empty file part too', async () => {
    const form = new FormData();
    form.append('note', 'only text');
    expect((await postForm(form)).status).toBe(400);
    expect(errorCode(await nextOutcome())).toBe('NO_FILE');

    await postForm(fileForm(Buffer.alloc(0), '', 'application/octet-stream'));
    expect(errorCode(await nextOutcome())).toBe('NO_FILE');
    await expectStorageEmpty();
  });

  it('rejects non-multipart and malformed bodies with MALFORMED', async () => {
    const json = await fetch(`${baseUrl}/upload`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
    expect(errorCode(await nextOutcome())).toBe('MALFORMED');

    // Body ends without the closing boundary.
    const truncated = multipartBody([{ name: 'file', fileName: 'a.pdf', contentType: 'application/pdf', bytes: PDF }]);
    await postRaw(truncated.subarray(0, truncated.length - 200));
    expect(errorCode(await nextOutcome())).toBe('MALFORMED');
    await expectStorageEmpty();
  });

  it('rejects a second file with MALFORMED and removes the first one', async () => {
    const body = multipartBody([
      { name: 'file', fileName: 'a.pdf', contentType: 'application/pdf', bytes: PDF },
      { name: 'other', fileName: 'b.png', contentType: 'image/png', bytes: PNG },
    ]);
    expect((await postRaw(body)).status).toBe(400);
    expect(errorCode(await nextOutcome())).toBe('MALFORMED');
    await expectStorageEmpty();
  });

  it('caps the text fields (count and size)', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 25; i++) many[`f${i}`] = 'x';
    await postForm(fileForm(PDF, 'a.pdf', 'application/pdf', many));
    expect(errorCode(await nextOutcome())).toBe('MALFORMED');

    await postForm(fileForm(PDF, 'a.pdf', 'application/pdf', { note: 'x'.repeat(9 * 1024) }));
    expect(errorCode(await nextOutcome())).toBe('MALFORMED');
    await expectStorageEmpty();
  });

  it('passes a storage error on (500 UPLOAD_FAILED) and leaves nothing', async () => {
    currentStorage = () => ({
      put: async (folder, content) => {
        const stored = await storage.put(folder, content);
        await storage.remove(stored.key);
        throw new Error('disk full');
      },
      open: (key) => storage.open(key),
      size: (key) => storage.size(key),
      remove: (key) => storage.remove(key),
    });
    const response = await postForm(fileForm(PDF, 'a.pdf', 'application/pdf'));
    expect(response).toEqual({ status: 500, json: { error: 'UPLOAD_FAILED', message: expect.any(String) } });
    const outcome = await nextOutcome();
    expect(!outcome.ok && outcome.error instanceof Error && outcome.error.message).toBe('disk full');
    await expectStorageEmpty();
  });

  it('names a file without a usable name after its media type', async () => {
    await postForm(fileForm(PNG, '..', 'image/png'));
    const outcome = await nextOutcome();
    expect(outcome.ok && outcome.value.file.fileName).toBe('document.png');
  });
});

describe('withStoredUpload', () => {
  it('removes the stored file when the row write throws, and rethrows', async () => {
    const file = await storage.put(FOLDER, PDF);
    expect(await storedFiles()).toEqual([file.key]);
    await expect(
      withStoredUpload(storage, file, async () => {
        throw new Error('unique violation');
      }),
    ).rejects.toThrow('unique violation');
    expect(await storedFiles()).toEqual([]);
  });

  it('keeps the file and returns the row when the write succeeds', async () => {
    const file = await storage.put(FOLDER, PDF);
    await expect(withStoredUpload(storage, file, async () => ({ id: 7 }))).resolves.toEqual({ id: 7 });
    expect(await storedFiles()).toEqual([file.key]);
  });
});

describe('sniffMediaType', () => {
  const heif = (brand: string): Buffer => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`, 'latin1')]);

  it('recognises the allowlisted formats from their magic numbers', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n%âãÏÓ', 'latin1'))).toBe(MediaType.PDF);
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]))).toBe(MediaType.JPEG);
    expect(sniffMediaType(PNG.subarray(0, 12))).toBe(MediaType.PNG);
    for (const brand of ['heic', 'heix', 'hevc', 'heim', 'heis', 'hevm', 'hevs']) expect(sniffMediaType(heif(brand))).toBe(MediaType.HEIC);
    for (const brand of ['mif1', 'msf1']) expect(sniffMediaType(heif(brand))).toBe(MediaType.HEIF);
  });

  it('rejects everything else', () => {
    expect(sniffMediaType(heif('avif'))).toBeUndefined();
    expect(sniffMediaType(heif('isom'))).toBeUndefined(); // MP4
    expect(sniffMediaType(Buffer.from('GIF89a......'))).toBeUndefined();
    expect(sniffMediaType(Buffer.from('PK\x03\x04........'))).toBeUndefined();
    expect(sniffMediaType(Buffer.from(' %PDF-1.7'))).toBeUndefined();
    expect(sniffMediaType(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('fileNameForType', () => {
  it('gives the name the extension of the detected type, keeping one that already names it', () => {
    expect(fileNameForType('poly.html', 'application/pdf')).toBe('poly.pdf');
    expect(fileNameForType('photo.pdf', 'image/png')).toBe('photo.png');
    expect(fileNameForType('scan', 'image/jpeg')).toBe('scan.jpg');
    expect(fileNameForType('Foto.JPEG', 'image/jpeg')).toBe('Foto.JPEG');
    expect(fileNameForType('informe v1.2 final', 'application/pdf')).toBe('informe v1.2 final.pdf');
    expect(fileNameForType('x'.repeat(120), 'application/pdf')).toBe(`${'x'.repeat(116)}.pdf`);
    // Types outside the allowlist (staff documents of other kinds) keep their names.
    expect(fileNameForType('datos.csv', 'text/csv')).toBe('datos.csv');
  });
});

describe('sanitizeFileName', () => {
  it('keeps the basename only', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\x\\y.pdf')).toBe('y.pdf');
    expect(sanitizeFileName('/var/tmp/')).toBe('document');
    expect(sanitizeFileName('..')).toBe('document');
  });

  it('removes control and bidi characters, reserved characters, extra spaces', () => {
    expect(sanitizeFileName('a\u0000b\nc\r\t.pdf')).toBe('abc.pdf');
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('  my   "scan" <1>?.pdf  ')).toBe('my _scan_ _1__.pdf');
    expect(sanitizeFileName('.hidden.pdf')).toBe('hidden.pdf');
    expect(sanitizeFileName('name.pdf...')).toBe('name.pdf');
  });

  it('normalises to NFC', () => {
    const decomposed = 'Camio\u0301n.pdf';
    expect(sanitizeFileName(decomposed)).toBe('Cami\u00f3n.pdf');
    expect(sanitizeFileName(decomposed)).toBe(sanitizeFileName(decomposed).normalize('NFC'));
  });

  it('shortens very long names to 120 characters keeping the extension', () => {
    const long = sanitizeFileName(`${'a'.repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('aaa.pdf')).toBe(true);
    const emoji = sanitizeFileName(`${'😀'.repeat(200)}.jpeg`);
    expect(Array.from(emoji)).toHaveLength(120);
    expect(emoji.endsWith('😀.jpeg')).toBe(true);
    expect(/\p{Cs}/u.test(emoji)).toBe(false);
    expect(Array.from(sanitizeFileName(`${'b'.repeat(300)}.not-an-extension-at-all`))).toHaveLength(120);
  });

  it('falls back to a default when nothing is left', () => {
    expect(sanitizeFileName('')).toBe('document');
    expect(sanitizeFileName('   ')).toBe('document');
    expect(sanitizeFileName('\u0000\u0001')).toBe('document');
    expect(sanitizeFileName(undefined, 'document.pdf')).toBe('document.pdf');
  });
});
