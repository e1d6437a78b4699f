import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLog } from '../src/core/log.js';
import { Document } from '../src/modules/documents/document.entity.js';
import { DocumentRequest, DocumentRequestStatus } from '../src/modules/installation-documents/installation-document.entity.js';
import type { TestApi } from './api.js';
import { createDocumentRequest, createInstallation } from './factories.js';
import { openFileUpload } from './http.js';
import { startTestS3, type TestS3 } from './s3-server.js';
import { useSolarWorld } from './solar-world.js';

// The whole app with STORAGE_URL=s3://…: uploads go to the bucket, downloads come from it.

const world = useSolarWorld();
let s3: TestS3;
let api: TestApi;
const PREFIX = 'portal/files/';

beforeAll(async () => {
  s3 = await startTestS3();
  api = await world.startApi({ objectStorage: s3.settings(PREFIX) });
});
afterAll(async () => {
  await s3?.stop();
});

/** A PDF by its magic number, `size` bytes long, that does not repeat within a part. */
function pdf(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  for (let i = 16; i < size; i++) bytes[i] = (i * 2_654_435_761) >>> 24;
  return bytes;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

async function pendingRequest(): Promise<DocumentRequest> {
  return createDocumentRequest(world.em(), await createInstallation(world.em(), world.account, 'Documentación del cliente'));
}

/** Files the local disk storage holds: none should appear while the app stores on S3. */
const localFiles = async () => (await readdir(world.config.storageDir, { recursive: true }).catch(() => [])).length;

describe('the app on object storage', () => {
  it('stores an uploaded document in the bucket and serves it back byte for byte', async () => {
    const request = await pendingRequest();
    // Larger than a part: the upload goes to S3 as a multipart upload.
    const bytes = pdf(12 * 1024 * 1024 + 123);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'DNI.pdf');
    const response = await fetch(`${api.url}/uploads/document-requests/${request.id}`, { method: 'POST', body: form, headers: { cookie: world.cookies.solar } });
    expect(response.status).toBe(201);
    const { documentId } = (await response.json()) as { documentId: string };

    const document = await world.em().findOneOrFail(Document, { id: documentId });
    expect(document).toMatchObject({ sizeBytes: bytes.length, sha256: sha256(bytes) });
    expect(await s3.objectNames()).toContain(`${PREFIX}${document.storageKey}`);
    expect(await localFiles()).toBe(0);

    const download = await fetch(`${api.url}/files/${documentId}`, { headers: { cookie: world.cookies.solar } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-length')).toBe(String(bytes.length));
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('leaves no object, no unfinished upload and no row when the client goes away mid-upload', async () => {
    const request = await pendingRequest();
    const objectsBefore = await s3.objectNames();
    const documentsBefore = await world.em().count(Document, {});
    const req = openFileUpload(`${api.url}/uploads/document-requests/${request.id}`, world.cookies.solar, 15_000_000);
    req.write(pdf(8 * 1024 * 1024));
    // Go away once the server has begun a multipart upload (its first part is on the way).
    for (let i = 0; i < 500 && (await s3.pendingUploads()).length === 0; i++) await sleep(20);
    expect(await s3.pendingUploads()).toHaveLength(1);
    req.destroy();

    for (let i = 0; i < 500 && (await s3.pendingUploads()).length > 0; i++) await sleep(20);
    expect(await s3.pendingUploads()).toEqual([]);
    expect(await s3.objectNames()).toEqual(objectsBefore);
    expect(await world.em().count(Document, {})).toBe(documentsBefore);
    expect((await world.em().findOneOrFail(DocumentRequest, request.id)).status).toBe(DocumentRequestStatus.PENDING);
  });

  it('answers a document whose object is gone as the local disk does: 500, and no file name', async () => {
    const request = await pendingRequest();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf(3_000))], { type: 'application/pdf' }), 'x.pdf');
    const response = await fetch(`${api.url}/uploads/document-requests/${request.id}`, { method: 'POST', body: form, headers: { cookie: world.cookies.solar } });
    const { documentId } = (await response.json()) as { documentId: string };
    const document = await world.em().findOneOrFail(Document, { id: documentId });
    await s3.removeObject(`${PREFIX}${document.storageKey}`);

    const logged: string[] = [];
    const stopCapture = captureLog({ write: (line: string) => void logged.push(line) });
    const download = await fetch(`${api.url}/files/${documentId}`, { headers: { cookie: world.cookies.solar } }).finally(stopCapture);
    expect(logged.join('')).toContain('StoredFileNotFoundError');
    expect(download.status).toBe(500);
    expect(await download.json()).toEqual({ error: 'INTERNAL_SERVER_ERROR' });
    expect(download.headers.get('content-disposition')).toBeNull();
  });
});
