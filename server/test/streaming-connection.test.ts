import http from 'node:http';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_IMPORT_MAX_BYTES } from '@portal/shared';
import { CUSTOMER_IMPORTS_PER_HOUR } from '../src/modules/imports/import-upload.js';
import { Document, DocumentCategory } from '../src/modules/documents/document.entity.js';
import { DocumentRequest, DocumentRequestStatus } from '../src/modules/installation-documents/installation-document.entity.js';
import { LocalDiskStorage } from '../src/core/storage/file-storage.js';
import { createDocumentRequest, createInstallation } from './factories.js';
import { useSolarWorld } from './solar-world.js';

// Issue 15 follow-up: a customer request's transaction (and so its pooled connection) ends before
// the request waits on the network, so slow clients cannot hold every connection of the pool.
// Each request carries an X-Request-Id, which its statements carry as a comment (request-comment.ts).

const world = useSolarWorld();
/** Not the app's pool: a connection the request released could be the one reading pg_stat_activity. */
let observer: pg.Client;

beforeAll(async () => {
  observer = new pg.Client({ connectionString: world.db.url });
  await observer.connect();
});

afterAll(async () => {
  await observer?.end();
});

type Activity = { state: string; query: string };

/** The app's database sessions whose last statement was one of request `id`'s. */
async function sessionsOf(id: string): Promise<Activity[]> {
  const { rows } = await observer.query<Activity>('select state, query from pg_stat_activity where datname = current_database() and query like $1', [
    `%request_id=${id} %`,
  ]);
  return rows;
}

/** Waits (up to 10 s) until request `id` has committed its transaction; then its sessions as they are. */
async function afterCommitOf(id: string): Promise<Activity[]> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const sessions = await sessionsOf(id);
    if (sessions.some((session) => /\bCOMMIT\b/i.test(session.query))) return sessions;
    await sleep(25);
  }
  return sessionsOf(id);
}

/** A request `id` of `world.api` whose body the test writes itself. */
function openRequest(id: string, pathName: string, headers: http.OutgoingHttpHeaders): http.ClientRequest {
  const request = http.request(`${world.api.url}${pathName}`, { method: 'POST', headers: { 'x-request-id': id, ...headers } });
  request.on('error', () => {});
  return request;
}

const answerOf = (request: http.ClientRequest): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
  });

describe('a customer request that streams', () => {
  it('holds no connection while a download is read slowly', async () => {
    const customer = await world.newCustomer({ userTypes: ['WEB_CLIENT'] });
    // Far more than the socket buffers take: the server is still sending while the reader pauses.
    const size = 32 * 1024 * 1024;
    const stored = await new LocalDiskStorage(world.config.storageDir).put(`accounts/${customer.account.id}/documents`, Buffer.alloc(size, 7));
    const em = world.em();
    const document = em.create(Document, {
      ...{ title: 'Factura', category: DocumentCategory.INVOICE, folder: 'Facturas', account: customer.account, supplyPoint: null },
      ...{ fileName: 'factura.pdf', mediaType: 'application/pdf', sizeBytes: stored.sizeBytes, sha256: stored.sha256, storageKey: stored.key },
    });
    await em.flush();

    const id = 'slow-download-0001';
    const response = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${world.api.url}/files/${document.id}`, { headers: { cookie: customer.cookie, 'x-request-id': id } }, resolve),
    );
    response.pause();
    expect(response.statusCode).toBe(200);
    const sessions = await afterCommitOf(id);
    expect(sessions.filter((session) => session.state === 'idle in transaction')).toEqual([]);
    expect(sessions.some((session) => /\bCOMMIT\b/i.test(session.query))).toBe(true);

    // The download itself goes on as before.
    let received = 0;
    response.on('data', (chunk: Buffer) => void (received += chunk.length));
    await new Promise((resolve) => response.on('end', resolve).resume());
    expect(received).toBe(size);
  });

  it('holds no connection while an upload body arrives slowly, and writes its rows under the viewer afterwards', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const target = await createDocumentRequest(world.em(), installation);
    const boundary = '----portal-slow-upload';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="dni.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const half = Buffer.alloc(200_000, 0x20);
    half.write('%PDF-1.7\n', 0, 'latin1');
    const id = 'slow-upload-0001';
    const request = openRequest(id, `/uploads/document-requests/${target.id}`, {
      cookie: world.cookies.solar,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(Buffer.byteLength(head) + 2 * half.length + Buffer.byteLength(tail)),
    });
    const answer = answerOf(request);
    request.write(head);
    request.write(half);

    // The server is storing the first half (a partial file exists) and waits for the rest.
    const folder = path.join(world.config.storageDir, 'installations', installation.id);
    for (let i = 0; i < 400 && (await readdir(folder, { recursive: true }).catch(() => [])).length === 0; i++) await sleep(25);
    const sessions = await afterCommitOf(id);
    expect(sessions.filter((session) => session.state === 'idle in transaction')).toEqual([]);
    expect(sessions.some((session) => /\bCOMMIT\b/i.test(session.query))).toBe(true);

    request.end(Buffer.concat([Buffer.alloc(half.length, 0x20), Buffer.from(tail)]));
    const { status, body } = await answer;
    expect(status, body).toBe(201);
    expect(JSON.parse(body)).toMatchObject({ id: target.id, status: DocumentRequestStatus.UPLOADED });
    expect((await world.em().findOneOrFail(DocumentRequest, target.id)).status).toBe(DocumentRequestStatus.UPLOADED);
  });

  it('holds no connection while a curve upload waits for its body', async () => {
    const customer = await world.newCustomer({ userTypes: ['WEB_CLIENT_MEASUREMENTS'] });
    const boundary = '----portal-slow-import';
    const id = 'slow-import-0001';
    const request = openRequest(id, '/uploads/imports/datadis', {
      cookie: customer.cookie,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': '100000',
    });
    const answer = answerOf(request);
    // Only the start of a form field: the server has nothing to import yet and waits.
    request.write(`--${boundary}\r\nContent-Disposition: form-data; name="validRowsOnly"\r\n\r\n`);
    const sessions = await afterCommitOf(id);
    expect(sessions.filter((session) => session.state === 'idle in transaction')).toEqual([]);
    expect(sessions.some((session) => /\bCOMMIT\b/i.test(session.query))).toBe(true);
    request.destroy();
    await answer.catch(() => {});
  });
});

describe("a customer's curve upload", () => {
  const formHead = (boundary: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="curva.csv"\r\nContent-Type: text/csv\r\n\r\n`;

  it('is refused over CUSTOMER_IMPORT_MAX_BYTES, declared or streamed, with 413 TOO_LARGE', async () => {
    const customer = await world.newCustomer({ userTypes: ['WEB_CLIENT_MEASUREMENTS'] });
    const boundary = '----portal-large-import';
    const declared = openRequest('large-import-0001', '/uploads/imports/datadis', {
      cookie: customer.cookie,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(CUSTOMER_IMPORT_MAX_BYTES + 1024 * 1024),
    });
    const declaredAnswer = answerOf(declared);
    declared.write(formHead(boundary));
    const first = await declaredAnswer;
    declared.destroy();
    expect(first.status).toBe(413);
    expect(JSON.parse(first.body)).toEqual({ error: 'TOO_LARGE' });

    // No Content-Length (chunked): the limit applies to the bytes as they arrive.
    const line = 'CUPS;Fecha;Hora;AE_kWh;Metodo\n';
    const body = Buffer.concat([Buffer.from(formHead(boundary)), Buffer.alloc(CUSTOMER_IMPORT_MAX_BYTES + 1, line), Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const response = await fetch(`${world.api.url}/uploads/imports/datadis`, {
      method: 'POST',
      headers: { cookie: customer.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: new ReadableStream({
        start(controller) {
          for (let offset = 0; offset < body.length; offset += 1024 * 1024) controller.enqueue(new Uint8Array(body.subarray(offset, offset + 1024 * 1024)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'TOO_LARGE' });
  });

  it('is refused past CUSTOMER_IMPORTS_PER_HOUR in an hour with 429 TOO_MANY_ATTEMPTS, per user', async () => {
    const customer = await world.newCustomer({ userTypes: ['WEB_CLIENT_MEASUREMENTS'] });
    const other = await world.newCustomer({ userTypes: ['WEB_CLIENT_MEASUREMENTS'] });
    const post = (cookie: string) => {
      const form = new FormData();
      form.append('file', new Blob(['CUPS;Fecha;Hora;AE_kWh;Metodo\n'], { type: 'text/csv' }), 'curva.csv');
      return fetch(`${world.api.url}/uploads/imports/datadis`, { method: 'POST', body: form, headers: { cookie } });
    };
    for (let i = 0; i < CUSTOMER_IMPORTS_PER_HOUR; i++) expect((await post(customer.cookie)).status).not.toBe(429);
    const refused = await post(customer.cookie);
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { error: string; retryAfterSeconds: number };
    expect(body).toMatchObject({ error: 'TOO_MANY_ATTEMPTS' });
    expect(body.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.headers.get('retry-after')).toBe(String(body.retryAfterSeconds));
    expect((await post(other.cookie)).status).not.toBe(429);
  });
});
