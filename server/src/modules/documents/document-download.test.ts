import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, truncate } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLog } from '../../core/log.js';
import { signInCookie, startTestApi, type TestApi } from '../../../test/api.js';
import { testConfig } from '../../../test/context.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createAccount, createAdmin, createSupplyPoint, createUser } from '../../../test/factories.js';
import { createHttpApp } from '../../app/http.js';
import { createSchema } from '../../app/schema.js';
import type { Config } from '../../config.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import { LocalDiskStorage, type FileStorage } from '../../core/storage/file-storage.js';
import type { CustomerAccount } from '../customers/customer-account.entity.js';
import type { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { contentDisposition } from './document-download.js';
import { Document, DocumentCategory } from './document.entity.js';

let db: TestDatabase;
let api: TestApi;
let storageDir: string;
let config: Config;
let storage: LocalDiskStorage;

// Account A has two CUPS; account B is someone else's.
let docOnCups1: Document;
let docOnCups2: Document;
let docOfAccountA: Document;
let docOfAccountB: Document;
let cookies: { customer: string; restricted: string; noSections: string; admin: string };

const PDF_NAME = 'Factura Énergie "marzo" 2026 (1).pdf';

async function storeDocument(
  fields: { account: CustomerAccount; supplyPoint?: SupplyPoint; fileName?: string; mediaType?: string },
  bytes: Buffer,
): Promise<Document> {
  const stored = await storage.put(`accounts/${fields.account.id}/documents`, bytes);
  const em = scopedEntityManager(db.orm.em, ALL_ROWS);
  const document = em.create(Document, {
    title: 'Documento',
    category: DocumentCategory.CONTRACT,
    folder: 'Contratos',
    account: fields.account,
    supplyPoint: fields.supplyPoint ?? null,
    fileName: fields.fileName ?? 'contrato.pdf',
    mediaType: fields.mediaType ?? 'application/pdf',
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
    storageKey: stored.key,
  });
  await em.flush();
  return document;
}

/** Bytes that are not valid UTF-8 and span several stream chunks (64 KiB each). */
function binary(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

const sha256 = (bytes: ArrayBuffer): string => createHash('sha256').update(Buffer.from(bytes)).digest('hex');

function download(id: string, cookie?: string, query = '', base = api.url): Promise<Response> {
  return fetch(`${base}/files/${id}${query}`, { headers: cookie ? { cookie } : {} });
}

/** What the server logs while `body` runs (the capture ends however `body` ends). */
async function logOf(body: () => Promise<void>): Promise<string> {
  const logged: string[] = [];
  const stopCapture = captureLog({ write: (line: string) => void logged.push(line) });
  try {
    await body();
  } finally {
    stopCapture();
  }
  return logged.join('');
}

/** Status and body as the client sees them, to compare two answers byte for byte. */
async function answer(response: Response): Promise<{ status: number; contentType: string | null; body: string }> {
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
}

beforeAll(async () => {
  db = await createTestDatabase();
  storageDir = await mkdtemp(path.join(os.tmpdir(), 'portal-download-test-'));
  config = { ...testConfig, storageDir };
  storage = new LocalDiskStorage(storageDir);

  const em = db.orm.em.fork();
  const accountA = await createAccount(em);
  const accountB = await createAccount(em);
  const cups1 = await createSupplyPoint(em, accountA);
  const cups2 = await createSupplyPoint(em, accountA);
  const cupsB = await createSupplyPoint(em, accountB);

  docOnCups1 = await storeDocument({ account: accountA, supplyPoint: cups1, fileName: PDF_NAME }, binary(200_000, 1));
  docOnCups2 = await storeDocument({ account: accountA, supplyPoint: cups2 }, binary(5_000, 2));
  docOfAccountA = await storeDocument({ account: accountA, fileName: 'dni.png', mediaType: 'image/png' }, binary(3_000, 3));
  docOfAccountB = await storeDocument({ account: accountB, supplyPoint: cupsB }, binary(4_000, 4));

  const fiscal = { personalFiscalId: accountA.fiscalId, personalFiscalIdKind: accountA.fiscalIdKind };
  cookies = {
    customer: await signInCookie(db.orm, await createUser(em, { ...fiscal, userTypes: ['WEB_CLIENT'] }), config),
    restricted: await signInCookie(
      db.orm,
      await createUser(em, { ...fiscal, userTypes: ['WEB_CLIENT_MEASUREMENTS'], cupsRestriction: [cups1.cups] }),
      config,
    ),
    // Row scope over account A, but no user type: no DOCUMENTS section.
    noSections: await signInCookie(db.orm, await createUser(em, { ...fiscal, userTypes: [] }), config),
    admin: await signInCookie(db.orm, await createAdmin(em), config),
  };
  api = await startTestApi(db.orm, { config });
});

afterAll(async () => {
  await api?.stop();
  await db?.drop();
  if (storageDir) await rm(storageDir, { recursive: true, force: true });
});

describe('GET /files/:documentId', () => {
  it('streams the exact bytes of a document in scope, as a private attachment', async () => {
    const response = await download(docOnCups1.id, cookies.customer);
    expect(response.status).toBe(200);
    const body = await response.arrayBuffer();
    expect(body.byteLength).toBe(200_000);
    expect(sha256(body)).toBe(docOnCups1.sha256);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe('200000');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Factura Energie _marzo_ 2026 (1).pdf"; filename*=UTF-8''Factura%20%C3%89nergie%20%22marzo%22%202026%20%281%29.pdf`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers inline with ?inline=1, keeping the media type', async () => {
    const response = await download(docOfAccountA.id, cookies.customer, '?inline=1');
    expect(response.status).toBe(200);
    expect(sha256(await response.arrayBuffer())).toBe(docOfAccountA.sha256);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="dni.png"; filename*=UTF-8''dni.png`);
  });

  it('answers a document outside the scope exactly as an id that does not exist', async () => {
    const outOfScope = await answer(await download(docOfAccountB.id, cookies.customer));
    const missing = await answer(await download(randomUUID(), cookies.customer));
    expect(missing).toEqual({ status: 404, contentType: 'application/json; charset=utf-8', body: '{"error":"NOT_FOUND"}' });
    expect(outOfScope).toEqual(missing);
    // The id's spelling changes nothing either.
    expect(await answer(await download(docOfAccountB.id.toUpperCase(), cookies.customer))).toEqual(missing);
  });

  it('answers a malformed id with the same 404', async () => {
    const missing = await answer(await download(randomUUID(), cookies.customer));
    for (const id of ['not-a-uuid', `${docOnCups1.id}x`, "1' or '1'='1"]) {
      expect(await answer(await download(encodeURIComponent(id), cookies.customer))).toEqual(missing);
    }
  });

  it('asks for a session when nobody is signed in, or the session is not live', async () => {
    for (const cookie of [undefined, `${cookies.customer.split('=')[0]}=forged-token`]) {
      const response = await download(docOnCups1.id, cookie);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'UNAUTHENTICATED' });
      expect(response.headers.get('content-disposition')).toBeNull();
    }
  });

  it('hides every document from a signed-in user without the DOCUMENTS section', async () => {
    const missing = await answer(await download(randomUUID(), cookies.customer));
    expect(await answer(await download(docOnCups1.id, cookies.noSections))).toEqual(missing);
  });

  it('keeps a CUPS-restricted user to their CUPS within the same account', async () => {
    const missing = await answer(await download(randomUUID(), cookies.restricted));
    expect(await answer(await download(docOnCups2.id, cookies.restricted))).toEqual(missing);
    // The unrestricted user of the same account does get it: the 404 above is the restriction.
    expect((await download(docOnCups2.id, cookies.customer)).status).toBe(200);

    const own = await download(docOnCups1.id, cookies.restricted);
    expect(own.status).toBe(200);
    expect(sha256(await own.arrayBuffer())).toBe(docOnCups1.sha256);
    // Account-level documents follow the fiscal scope, not the CUPS restriction.
    expect((await download(docOfAccountA.id, cookies.restricted)).status).toBe(200);
  });

  it('lets an admin download any document', async () => {
    for (const document of [docOnCups1, docOnCups2, docOfAccountA, docOfAccountB]) {
      const response = await download(document.id, cookies.admin);
      expect(response.status).toBe(200);
      expect(sha256(await response.arrayBuffer())).toBe(document.sha256);
    }
  });
});

describe('broken storage', () => {
  /** The real app over a storage that fails as a disk or object store can. */
  async function withStorage<T>(broken: FileStorage, run: (url: string) => Promise<T>): Promise<T> {
    const http = await createHttpApp({ orm: db.orm, schema: await createSchema(), config, storage: broken });
    const server = http.app.listen(0, '127.0.0.1');
    // No idle timeout: a response left unfinished would hang the test instead of ending in 5 s.
    server.keepAliveTimeout = 0;
    await new Promise<void>((resolve) => server.once('listening', resolve));
    try {
      return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await http.stop();
    }
  }

  const failingAfterFirstChunk: FileStorage = {
    put: (folder, content) => storage.put(folder, content),
    size: (key) => storage.size(key),
    remove: (key) => storage.remove(key),
    open: async () =>
      Readable.from(
        (async function* () {
          yield Buffer.from('%PDF-1.7 the first part');
          await sleep(20);
          throw new Error('injected read failure');
        })(),
      ),
  };

  it('breaks the connection when the stream fails mid-way instead of hanging', async () => {
    const logged = await logOf(() =>
      withStorage(failingAfterFirstChunk, async (url) => {
        const response = await download(docOnCups1.id, cookies.customer, '', url);
        expect(response.status).toBe(200);
        await expect(response.arrayBuffer()).rejects.toThrow();
      }),
    );
    expect(logged).toContain('Document download failed');
  });

  it('answers 500 when the stored file cannot be opened, and breaks a file shorter than its row', async () => {
    const logged = await logOf(async () => {
      const gone = await storeDocument({ account: docOnCups1.account!.getEntity() }, binary(1_000, 5));
      await storage.remove(gone.storageKey);
      const missingFile = await download(gone.id, cookies.admin);
      expect(missingFile.status).toBe(500);
      expect(await missingFile.json()).toEqual({ error: 'INTERNAL_SERVER_ERROR' });
      expect(missingFile.headers.get('content-disposition')).toBeNull();

      const short = await storeDocument({ account: docOnCups1.account!.getEntity() }, binary(100_000, 6));
      await truncate(path.join(storageDir, short.storageKey), 70_000);
      await withStorage(storage, async (url) => {
        const truncated = await download(short.id, cookies.admin, '', url);
        expect(truncated.status).toBe(200);
        await expect(truncated.arrayBuffer()).rejects.toThrow();
      });
    });
    expect(logged).toContain('Document cannot be read');
  });
});

describe('contentDisposition', () => {
  it('keeps the exact name in filename* and a safe ASCII one in filename', () => {
    expect(contentDisposition('attachment', 'informe €.pdf')).toBe(
      `attachment; filename="informe _.pdf"; filename*=UTF-8''informe%20%E2%82%AC.pdf`,
    );
    expect(contentDisposition('inline', '../a\\b\r\n.pdf')).toBe(`inline; filename=".._a_b__.pdf"; filename*=UTF-8''.._a_b%0D%0A.pdf`);
    expect(contentDisposition('attachment', '  ')).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
    for (const name of [PDF_NAME, 'Ñandú 100%.txt', "it's (a) *star*.pdf", '年度報告.pdf']) {
      const header = contentDisposition('attachment', name);
      const encoded = /filename\*=UTF-8''(.*)$/.exec(header)![1]!;
      expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
      expect(decodeURIComponent(encoded)).toBe(name);
      expect(/filename="([^"]*)"/.exec(header)![1]).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
