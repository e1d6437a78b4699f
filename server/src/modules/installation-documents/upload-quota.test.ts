import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../../test/api.js';
import { createInstallation, createSigningDocument } from '../../../test/factories.js';
import { useSolarWorld, type SolarCustomer } from '../../../test/solar-world.js';
import { LocalDiskStorage } from '../../core/storage/file-storage.js';
import { Document, DocumentCategory } from '../documents/document.entity.js';
import type { Installation } from '../installations/installation.entity.js';
import { DocumentRequest, DocumentRequestStatus, SigningDocument } from './installation-document.entity.js';

/**
 * Issue 13, finding 8: customer uploads have a per-account quota (files and bytes) enforced in the
 * shared upload mechanism, re-uploading replaces, and a stored name follows the detected type.
 */

const world = useSolarWorld();
const QUOTA = { files: 3, bytes: 20_000 };
/** The API with a small quota. */
let api: TestApi;

beforeAll(async () => {
  api = await world.startApi({ uploadQuota: QUOTA });
});

function pdf(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  return bytes;
}

function upload(route: string, bytes: Buffer, fileName: string, cookie: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/html' }), fileName);
  return fetch(`${api.url}/uploads/${route}`, { method: 'POST', body: form, headers: { cookie } });
}

async function customerUploads(customer: SolarCustomer): Promise<Document[]> {
  return world.em().find(Document, { account: customer.account.id, uploadedByCustomer: true });
}

async function requests(installation: Installation, count: number): Promise<DocumentRequest[]> {
  const fork = world.em();
  const created = Array.from({ length: count }, (_, i) =>
    fork.create(DocumentRequest, { installation, name: `Documento ${i + 1}`, description: '', status: DocumentRequestStatus.PENDING }),
  );
  await fork.flush();
  return created;
}

async function signingDocument(customer: SolarCustomer, installation: Installation): Promise<SigningDocument> {
  const fork = world.em();
  return createSigningDocument(fork, { storageDir: world.config.storageDir, installation, account: customer.account, bytes: pdf(500) });
}

describe('the upload quota of an account', () => {
  it('refuses the upload past the file count with 413 QUOTA_EXCEEDED, keeping no row and no file', async () => {
    const customer = await world.newCustomer();
    const installation = await createInstallation(world.em(), customer.account, 'Documentación del cliente');
    const targets = await requests(installation, QUOTA.files + 1);
    for (const target of targets.slice(0, QUOTA.files)) {
      expect((await upload(`document-requests/${target.id}`, pdf(1_000), 'dni.pdf', customer.cookie)).status).toBe(201);
    }
    const filesBefore = await world.storedFiles(installation.id);

    const refused = await upload(`document-requests/${targets[QUOTA.files]!.id}`, pdf(1_000), 'dni.pdf', customer.cookie);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ error: 'QUOTA_EXCEEDED', message: expect.stringContaining(`${QUOTA.files}`) });
    expect(await customerUploads(customer)).toHaveLength(QUOTA.files);
    expect(await world.storedFiles(installation.id)).toEqual(filesBefore);
    const untouched = await world.em().findOneOrFail(DocumentRequest, targets[QUOTA.files]!.id);
    expect(untouched.status).toBe(DocumentRequestStatus.PENDING);

    // Another account has its own quota.
    const other = await world.newCustomer();
    const [theirs] = await requests(await createInstallation(world.em(), other.account, 'Documentación del cliente'), 1);
    expect((await upload(`document-requests/${theirs!.id}`, pdf(1_000), 'dni.pdf', other.cookie)).status).toBe(201);
  });

  it('refuses the upload past the byte quota', async () => {
    const customer = await world.newCustomer();
    const installation = await createInstallation(world.em(), customer.account, 'Documentación del cliente');
    const [first, second] = await requests(installation, 2);
    expect((await upload(`document-requests/${first!.id}`, pdf(15_000), 'a.pdf', customer.cookie)).status).toBe(201);
    const refused = await upload(`document-requests/${second!.id}`, pdf(6_000), 'b.pdf', customer.cookie);
    expect(refused.status).toBe(413);
    expect((await refused.json()) as object).toMatchObject({ error: 'QUOTA_EXCEEDED' });
    expect((await customerUploads(customer)).map((document) => document.sizeBytes)).toEqual([15_000]);
  });

  it('lets exactly one of two simultaneous uploads into the last free place', async () => {
    const customer = await world.newCustomer();
    const installation = await createInstallation(world.em(), customer.account, 'Documentación del cliente');
    const targets = await requests(installation, QUOTA.files + 1);
    for (const target of targets.slice(0, QUOTA.files - 1)) {
      expect((await upload(`document-requests/${target.id}`, pdf(1_000), 'dni.pdf', customer.cookie)).status).toBe(201);
    }
    const racing = await Promise.all(
      targets.slice(QUOTA.files - 1).map((target) => upload(`document-requests/${target.id}`, pdf(1_000), 'dni.pdf', customer.cookie)),
    );
    expect(racing.map((response) => response.status).sort()).toEqual([201, 413]);
    expect(await customerUploads(customer)).toHaveLength(QUOTA.files);
    expect(await world.storedFiles(installation.id)).toHaveLength(QUOTA.files);
  });

  it('a new signed copy replaces the previous one (row and file), so re-uploading never fills the quota', async () => {
    const customer = await world.newCustomer();
    const installation = await createInstallation(world.em(), customer.account, 'Firma de contrato');
    const signing = await signingDocument(customer, installation);
    for (let round = 0; round < QUOTA.files + 2; round++) {
      expect((await upload(`signing-documents/${signing.id}`, pdf(2_000), `firmado-${round}.pdf`, customer.cookie)).status).toBe(201);
    }
    const uploads = await customerUploads(customer);
    expect(uploads.map((document) => document.fileName)).toEqual([`firmado-${QUOTA.files + 1}.pdf`]);
    const saved = await world.em().findOneOrFail(SigningDocument, signing.id);
    expect(saved.signedCopy?.id).toBe(uploads[0]!.id);
    // The contract to sign and the one signed copy: nothing else left in storage.
    expect(await world.storedFiles(installation.id)).toHaveLength(2);
  });
});

describe('the stored name follows the detected type', () => {
  it('poly.html with PDF bytes is kept and downloaded as poly.pdf, application/pdf', async () => {
    const customer = await world.newCustomer();
    const installation = await createInstallation(world.em(), customer.account, 'Documentación del cliente');
    const [target] = await requests(installation, 1);
    const response = await upload(`document-requests/${target!.id}`, pdf(1_000), 'poly.html', customer.cookie);
    expect(response.status).toBe(201);
    const { documentId } = (await response.json()) as { documentId: string };
    const document = await world.em().findOneOrFail(Document, documentId);
    expect(document).toMatchObject({ fileName: 'poly.pdf', mediaType: 'application/pdf' });

    const download = await fetch(`${api.url}/files/${documentId}`, { headers: { cookie: customer.cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="poly.pdf"; filename*=UTF-8''poly.pdf`);
  });

  it('a document stored before this rule still downloads with the extension of its type', async () => {
    const customer = await world.newCustomer();
    const fork = world.em();
    const stored = await new LocalDiskStorage(world.config.storageDir).put('legacy', pdf(300));
    const legacy = fork.create(Document, {
      title: 'Antiguo',
      category: DocumentCategory.OTHER,
      folder: 'Client-Documents',
      account: customer.account,
      fileName: 'factura.html',
      mediaType: 'application/pdf',
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      storageKey: stored.key,
    });
    await fork.flush();
    const download = await fetch(`${api.url}/files/${legacy.id}`, { headers: { cookie: customer.cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('filename="factura.pdf"');
  });
});
