import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../../test/api.js';
import { createDocumentRequest, createInstallation, createSigningDocument } from '../../../test/factories.js';
import { openFileUpload } from '../../../test/http.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { Document, DocumentCategory } from '../documents/document.entity.js';
import type { Installation } from '../installations/installation.entity.js';
import { DocumentRequest, DocumentRequestFile, DocumentRequestStatus } from './installation-document.entity.js';

const world = useSolarWorld();
const TINY_LIMIT = 1_000;
/** The same API with an upload limit of TINY_LIMIT bytes. */
let tinyApi: TestApi;

beforeAll(async () => {
  tinyApi = await world.startApi({ uploadMaxBytes: TINY_LIMIT });
});

/** A PDF by its magic number, `size` bytes long. */
function pdf(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  for (let i = 16; i < size; i++) bytes[i] = (i * 7) & 0xff;
  return bytes;
}

const sha256 = (bytes: Buffer | ArrayBuffer): string => createHash('sha256').update(Buffer.from(bytes as ArrayBuffer)).digest('hex');

function upload(base: string, kind: 'document-requests' | 'signing-documents', id: string, bytes: Buffer, fileName: string, cookie?: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), fileName);
  return fetch(`${base}/uploads/${kind}/${id}`, { method: 'POST', body: form, headers: cookie ? { cookie } : {} });
}

/** How many documents are stored, to show a refused upload added none. */
async function documentCount(): Promise<number> {
  return world.em().count(Document, {});
}

function createRequest(installation: Installation, status: DocumentRequestStatus = DocumentRequestStatus.PENDING, name = 'Copia del DNI'): Promise<DocumentRequest> {
  const rejectionReason = status === DocumentRequestStatus.REJECTED ? 'La foto está borrosa' : undefined;
  return createDocumentRequest(world.em(), installation, { status, name, ...(rejectionReason ? { rejectionReason } : {}) });
}

describe('POST /uploads/document-requests/:id', () => {
  it('stores a PDF for a pending request, marks it uploaded and serves it back', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const request = await createRequest(installation);
    const bytes = pdf(150_000);

    const response = await upload(world.api.url, 'document-requests', request.id, bytes, '../DNI Javier.pdf', world.cookies.solar);
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { id: string; status: string; documentId: string };
    expect(answer).toMatchObject({ id: request.id, status: 'UPLOADED' });

    const document = await world.em().findOneOrFail(Document, { id: answer.documentId });
    expect(document).toMatchObject({
      folder: 'Client-Documents',
      category: DocumentCategory.OTHER,
      title: 'Copia del DNI',
      fileName: 'DNI Javier.pdf',
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
    });
    expect(document.account?.id).toBe(world.account.id);
    expect(document.storageKey.startsWith(`installations/${installation.id}/Client-Documents/`)).toBe(true);

    const download = await fetch(`${world.api.url}/files/${document.id}`, { headers: { cookie: world.cookies.solar } });
    expect(download.status).toBe(200);
    expect(sha256(await download.arrayBuffer())).toBe(sha256(bytes));

    const body = await world.api.graphql<any>(
      `query ($id: ID!) { installation(id: $id) { documentRequests { id name status rejectionReason document { id fileName } } } }`,
      { id: installation.id },
      { cookie: world.cookies.solar },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.installation.documentRequests).toEqual([
      { id: request.id, name: 'Copia del DNI', status: 'UPLOADED', rejectionReason: null, document: { id: document.id, fileName: 'DNI Javier.pdf' } },
    ]);
  });

  it('refuses a file over the limit with 413 and leaves nothing behind', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const request = await createRequest(installation);
    const before = await documentCount();
    const response = await upload(tinyApi.url, 'document-requests', request.id, pdf(TINY_LIMIT * 5), 'grande.pdf', world.cookies.solar);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'TOO_LARGE' });
    expect(await documentCount()).toBe(before);
    expect(await world.storedFiles(installation.id)).toEqual([]);
    expect((await world.em().findOneOrFail(DocumentRequest, request.id)).status).toBe(DocumentRequestStatus.PENDING);
  });

  it('refuses a text file disguised as a PDF with 415 and leaves nothing behind', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const request = await createRequest(installation);
    const before = await documentCount();
    const text = Buffer.from('Esto no es un PDF, solo texto plano.\n'.repeat(100));
    const response = await upload(world.api.url, 'document-requests', request.id, text, 'factura.pdf', world.cookies.solar);
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'UNSUPPORTED_TYPE' });
    expect(await documentCount()).toBe(before);
    expect(await world.storedFiles(installation.id)).toEqual([]);
  });

  it('leaves no row and no file when the client aborts mid-stream', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const request = await createRequest(installation);
    const before = await documentCount();
    const req = openFileUpload(`${world.api.url}/uploads/document-requests/${request.id}`, world.cookies.solar, 2_000_000);
    req.write(pdf(300_000));
    // Let the server start storing it, then go away.
    for (let i = 0; i < 50 && (await world.storedFiles(installation.id)).length === 0; i++) await sleep(20);
    expect((await world.storedFiles(installation.id)).length).toBeGreaterThan(0);
    req.destroy();

    let left = await world.storedFiles(installation.id);
    for (let i = 0; i < 100 && left.length > 0; i++) {
      await sleep(20);
      left = await world.storedFiles(installation.id);
    }
    expect(left).toEqual([]);
    expect(await documentCount()).toBe(before);
    expect((await world.em().findOneOrFail(DocumentRequest, request.id)).status).toBe(DocumentRequestStatus.PENDING);
  });

  it("answers 404 for another customer's request, for a user without the section and for unknown ids", async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const request = await createRequest(installation);
    for (const cookie of [world.cookies.otherSolar, world.cookies.webClient]) {
      const response = await upload(world.api.url, 'document-requests', request.id, pdf(2_000), 'a.pdf', cookie);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'NOT_FOUND' });
    }
    expect((await upload(world.api.url, 'document-requests', 'not-an-id', pdf(2_000), 'a.pdf', world.cookies.solar)).status).toBe(404);
    expect((await upload(world.api.url, 'document-requests', request.id, pdf(2_000), 'a.pdf')).status).toBe(401);
    expect(await world.storedFiles(installation.id)).toEqual([]);
    expect((await world.em().findOneOrFail(DocumentRequest, request.id)).status).toBe(DocumentRequestStatus.PENDING);
  });

  it('refuses uploads to an accepted request with 409', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const request = await createRequest(installation, DocumentRequestStatus.ACCEPTED);
    const response = await upload(world.api.url, 'document-requests', request.id, pdf(2_000), 'a.pdf', world.cookies.solar);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'NOT_UPLOADABLE' });
    expect(await world.storedFiles(installation.id)).toEqual([]);
  });

  it('accepts a new upload after a rejection and clears the reason', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const request = await createRequest(installation, DocumentRequestStatus.REJECTED);
    const response = await upload(world.api.url, 'document-requests', request.id, pdf(3_000), 'dni-nuevo.pdf', world.cookies.solar);
    expect(response.status).toBe(201);
    const saved = await world.em().findOneOrFail(DocumentRequest, request.id);
    expect(saved.status).toBe(DocumentRequestStatus.UPLOADED);
    expect(saved.rejectionReason).toBeNull();
    const files = await world.em().find(DocumentRequestFile, { request: request.id }, { populate: ['document'] });
    expect(files.map((file) => file.document.getEntity().fileName)).toEqual(['dni-nuevo.pdf']);
  });
});

describe('POST /uploads/signing-documents/:id', () => {
  it('stores the signed copy and records when it was signed', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Firma de contrato');
    const fork = world.em();
    const signing = await createSigningDocument(fork, { storageDir: world.config.storageDir, installation, account: world.account, bytes: pdf(4_000), title: 'Contrato de instalación' });

    const response = await upload(world.api.url, 'signing-documents', signing.id, pdf(5_000), 'contrato firmado.pdf', world.cookies.solar);
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { documentId: string };

    const body = await world.api.graphql<any>(
      `query ($id: ID!) { installation(id: $id) { signingDocuments { title signedAt document { id } signedCopy { id title category folder } } } }`,
      { id: installation.id },
      { cookie: world.cookies.solar },
    );
    expect(body.errors).toBeUndefined();
    const [shown] = body.data.installation.signingDocuments;
    expect(shown.document.id).toBe(signing.document.id);
    expect(shown.signedAt).toEqual(expect.any(String));
    expect(shown.signedCopy).toEqual({
      id: answer.documentId,
      title: 'Contrato de instalación (firmado)',
      category: 'SIGNED_COPY',
      folder: 'Client-Documents',
    });

    const other = await upload(world.api.url, 'signing-documents', signing.id, pdf(5_000), 'x.pdf', world.cookies.otherSolar);
    expect(other.status).toBe(404);
  });
});
