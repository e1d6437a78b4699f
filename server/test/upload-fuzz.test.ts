import http from 'node:http';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentRequest, DocumentRequestStatus } from '../src/modules/installation-documents/installation-document.entity.js';
import { createInstallation, createSigningDocument, createSupplyPoint } from './factories.js';
import { useSolarWorld } from './solar-world.js';

/**
 * Hostile files against every upload and import route (issue 13): generated files with NUL bytes,
 * invalid UTF-8, CR-only and mixed line endings, empty files, one huge line, wrong or right magic
 * bytes with junk behind, truncated multipart bodies, path-traversal and polyglot file names and
 * absurd Content-Length headers. After each request:
 *
 * - the answer is not a 5xx and shows no stack trace or SQL;
 * - storage holds exactly the files the document rows name (no partial file, no orphan, no row
 *   without its file);
 * - a refused upload wrote no row; a refused or rejected import wrote no measurement or price, and
 *   no import job is left RUNNING.
 *
 * FUZZ_RUNS changes the number of cases (300 by default); FUZZ_SEED=<seed printed> replays a run.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

const world = useSolarWorld();

type Route = { name: string; path: () => string; cookie: () => string; fields: Record<string, string>; imports: boolean };
let routes: Route[] = [];

beforeAll(async () => {
  const fork = world.em();
  const installation = await createInstallation(fork, world.account, 'Documentación del cliente');
  await createSupplyPoint(fork, world.account);
  const requests = Array.from({ length: 4 }, (_, i) =>
    fork.create(DocumentRequest, { installation, name: `Documento ${i}`, description: '', status: DocumentRequestStatus.PENDING }),
  );
  const signing = await createSigningDocument(fork, { storageDir: world.config.storageDir, installation, account: world.account, bytes: Buffer.from('%PDF-1.7\n') });

  const types = await world.api.graphql<{ incidentTypes: { id: string }[] }>('{ incidentTypes { id } }', undefined, { cookie: world.cookies.solar });
  const incidents: string[] = [];
  for (let i = 0; i < 3; i++) {
    const created = await world.api.graphql<{ createIncident: { id: string } }>(
      'mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }',
      { input: { typeId: types.data!.incidentTypes[0]!.id, description: 'El inversor muestra un error E21 desde ayer.' } },
      { cookie: world.cookies.solar },
    );
    expect(created.errors).toBeUndefined();
    incidents.push(created.data!.createIncident.id);
  }

  let turn = 0;
  const pick = <T>(items: readonly T[]): T => items[turn++ % items.length]!;
  const customer = () => world.cookies.solar;
  const admin = () => world.cookies.admin;
  const offerFields = { title: 'Oferta 5 kWp', amount: '6500.00', peakPowerKwp: '5.2', panelCount: '12' };
  routes = [
    { name: 'document request', path: () => `/uploads/document-requests/${pick(requests).id}`, cookie: customer, fields: {}, imports: false },
    { name: 'signed copy', path: () => `/uploads/signing-documents/${signing.id}`, cookie: customer, fields: {}, imports: false },
    { name: 'incident attachment', path: () => `/uploads/incidents/${pick(incidents)}/attachment`, cookie: customer, fields: {}, imports: false },
    { name: 'admin offer', path: () => `/uploads/installations/${installation.id}/offers`, cookie: admin, fields: offerFields, imports: false },
    { name: 'admin signing document', path: () => `/uploads/installations/${installation.id}/signing-documents`, cookie: admin, fields: { title: 'Contrato' }, imports: false },
    { name: 'CNMC import', path: () => '/uploads/imports/cnmc', cookie: admin, fields: {}, imports: true },
    { name: 'Datadis import', path: () => '/uploads/imports/datadis', cookie: admin, fields: {}, imports: true },
    { name: 'OMIE import', path: () => '/uploads/imports/omie', cookie: admin, fields: {}, imports: true },
  ];
});

// ---------------------------------------------------------------------------------------------
// Hostile files

const bytes = (text: string) => Buffer.from(text, 'latin1');
const join = (...parts: Buffer[]) => Buffer.concat(parts);

const MAGIC = [bytes('%PDF-1.7\n'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), bytes('\0\0\0\x18ftypheic')];
const WRONG_MAGIC = [bytes('GIF89a'), bytes('PK\x03\x04'), bytes('<html><script>alert(1)</script>'), bytes('\x7fELF'), bytes('%PDF'), bytes('MZ')];
const HEADERS = [
  'CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion',
  'cups;fecha;hora;consumo_kWh;metodoObtencion;energiaVertida_kWh;energiaGenerada_kWh;energiaAutoconsumida_kWh',
  'MARGINALPDBC;',
];
const BREAKS = ['\n', '\r', '\r\n', '\n\r', ''];

const junk = fc.uint8Array({ maxLength: 2048 }).map((array) => Buffer.from(array));
const invalidUtf8 = fc.constantFrom(Buffer.from([0xc3, 0x28]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]));
const cell = fc.oneof(
  fc.constantFrom('ES0021000000000001AA', '01/02/2025', '2025/02/01', '1', '25:00', '0,5', '-1', 'R', 'E', '*', '', '\0', 'NaN', '1e308', '9'.repeat(40), '00/00/0000', '"', ';;;'),
  fc.string({ maxLength: 20 }),
);
const lineOfCells = fc.tuple(fc.array(cell, { maxLength: 9 }), fc.constantFrom(';', ',')).map(([cells, separator]) => cells.join(separator));
/** Something like an import file: a real header or not, rows of hostile cells, any line endings, NULs and bad UTF-8 mixed in. */
const csvLike = fc
  .tuple(fc.constantFrom(...HEADERS, ''), fc.array(fc.oneof(lineOfCells, invalidUtf8.map((b) => b.toString('latin1'))), { maxLength: 40 }), fc.constantFrom(...BREAKS), fc.boolean())
  .map(([header, lines, lineBreak, closing]) => bytes([header, ...lines, ...(closing ? ['*'] : [])].join(lineBreak || '\r')));
const hugeLine = fc.tuple(fc.constantFrom(70 * 1024, 300 * 1024, 1024 * 1024), fc.constantFrom('x', ';', '\0', '\xff')).map(([size, char]) => bytes(char.repeat(size)));

const content = fc.oneof(
  fc.constant(Buffer.alloc(0)),
  junk,
  csvLike,
  hugeLine.map((line) => join(bytes(`${HEADERS[0]}\n`), line)),
  fc.tuple(fc.constantFrom(...MAGIC), junk).map(([magic, rest]) => join(magic, rest)),
  fc.tuple(fc.constantFrom(...WRONG_MAGIC), junk).map(([magic, rest]) => join(magic, rest)),
  fc.constantFrom(...MAGIC).map((magic) => magic.subarray(0, 3)),
  fc.tuple(fc.constantFrom(...MAGIC), csvLike).map(([magic, rest]) => join(magic, rest)),
);

const fileName = fc.oneof(
  fc.constantFrom('../../x.pdf', '..\\..\\x.pdf', '/etc/passwd', 'poly.html', 'a.pdf.html', 'a\0.pdf', '.htaccess', 'CON', 'x\u202egnp.pdf', '%2e%2e%2fx.pdf', '', ' ', 'curva.csv', '"quoted".pdf', 'a\r\nX-Injected: 1.pdf'),
  fc.string({ maxLength: 300 }),
);

type Shape = 'complete' | 'truncated' | 'absurd-length' | 'no-file' | 'two-files';
const shape = fc.constantFrom<Shape>('complete', 'complete', 'complete', 'complete', 'truncated', 'absurd-length', 'no-file', 'two-files');

/** Text fields: the route's own valid ones, or with one replaced by a hostile value. */
const hostileField = fc.option(
  fc.tuple(
    fc.constantFrom('title', 'amount', 'peakPowerKwp', 'panelCount', 'validRowsOnly'),
    fc.constantFrom('\0', 'a\0b', '\ud800', '-1', '1e308', '99999999999999999999', 'NaN', ' ', '', 'x'.repeat(9000), '<script>', "'; drop table offer; --"),
  ),
  { freq: 3 },
);

type Case = { route: number; content: Buffer; fileName: string; partType: string; shape: Shape; cut: number; field: [string, string] | null };
const hostileCase: fc.Arbitrary<Case> = fc
  .record({
    route: fc.nat({ max: 7 }),
    content,
    fileName,
    partType: fc.constantFrom('application/pdf', 'text/csv', 'text/html', 'application/octet-stream', ''),
    shape,
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    field: hostileField,
  })
  // A failing case is reported in a few lines, not as a megabyte of bytes.
  .map((hostile) =>
    Object.assign(hostile, {
      [fc.toStringMethod]: () =>
        `${routes[hostile.route]?.name ?? hostile.route}, ${hostile.shape} (cut ${hostile.cut.toFixed(3)}), field ${JSON.stringify(hostile.field)?.slice(0, 60)}, file ${JSON.stringify(hostile.fileName)} ` +
        `${JSON.stringify(hostile.partType)}, ${hostile.content.length} bytes starting ${hostile.content.subarray(0, 48).toString('hex')}`,
    }),
  );

// ---------------------------------------------------------------------------------------------
// Requests

const BOUNDARY = '----portal-fuzz-boundary';

function multipart(fields: Record<string, string>, files: { name: string; type: string; content: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`, 'utf8'));
  }
  for (const file of files) {
    const type = file.type ? `\r\nContent-Type: ${file.type}` : '';
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"${type}\r\n\r\n`, 'utf8'), file.content, bytes('\r\n'));
  }
  parts.push(bytes(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}

function bodyOf(route: Route, hostile: Case): { body: Buffer; contentLength: string } {
  const file = { name: hostile.fileName, type: hostile.partType, content: hostile.content };
  const fields = hostile.field ? { ...route.fields, [hostile.field[0]]: hostile.field[1] } : route.fields;
  switch (hostile.shape) {
    case 'no-file':
      return sized(multipart({ ...fields, note: hostile.fileName }, []));
    case 'two-files':
      return sized(multipart(fields, [file, file]));
    case 'truncated': {
      // Cut anywhere before the closing boundary; the request itself is complete.
      const whole = multipart(fields, [file]);
      return sized(whole.subarray(0, Math.floor(hostile.cut * (whole.length - BOUNDARY.length - 6))));
    }
    case 'absurd-length':
      return { body: multipart(fields, [file]), contentLength: '9'.repeat(15) };
    default:
      return sized(multipart(fields, [file]));
  }
}

function sized(body: Buffer): { body: Buffer; contentLength: string } {
  return { body, contentLength: String(body.length) };
}

/** One raw POST (node:http: the fuzz decides the Content-Length); resolves with the answer. */
function post(route: Route, hostile: Case): Promise<{ status: number; text: string }> {
  const { body, contentLength } = bodyOf(route, hostile);
  const url = new URL(route.path(), world.api.url);
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      agent: false,
      headers: { cookie: route.cookie(), 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': contentLength },
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        // The absurd length is never reached: close instead of waiting for the rest.
        request.destroy();
      });
    });
    // The server may answer and close before reading the whole body (an early refusal).
    request.on('error', (error) => reject(error));
    request.end(body);
  });
}

// ---------------------------------------------------------------------------------------------
// What must hold

const INTERNALS = /\n\s+at |\.ts:\d+|node_modules|\bselect\b[^"]*\bfrom\b|\binsert into\b|\bviolates\b|syntax error|postgres|stack/i;

async function sql<T>(text: string): Promise<T[]> {
  return world.db.orm.em.getConnection().execute<T[]>(text);
}

async function counts() {
  const [row] = await sql<Record<string, string>>(
    `select (select count(*) from document) as documents, (select count(*) from offer) as offers,
            (select count(*) from signing_document) as signing, (select count(*) from measurement) as measurements,
            (select count(*) from market_price) as prices, (select count(*) from import_job where status = 'RUNNING') as running`,
  );
  return Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, Number(value)]));
}

/** Storage keys of every file on disk (partials included). */
async function filesOnDisk(): Promise<string[]> {
  const root = world.config.storageDir;
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
}

async function keysInRows(): Promise<string[]> {
  return (await sql<{ storage_key: string }>('select storage_key from document order by storage_key')).map((row) => row.storage_key).sort();
}

describe('hostile files at every upload and import route', () => {
  it(`never 5xx, never internals, nothing partial or half-written (${RUNS} cases, seed ${SEED})`, async () => {
    console.log(`upload fuzz: ${RUNS} cases, seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(hostileCase, async (hostile) => {
        const route = routes[hostile.route]!;
        const before = await counts();
        const { status, text } = await post(route, hostile);
        seen.set(`${route.name} ${status}`, (seen.get(`${route.name} ${status}`) ?? 0) + 1);

        expect(status, `${route.name}: ${text}`).toBeGreaterThanOrEqual(200);
        expect(status, `${route.name}: ${text}`).toBeLessThan(500);
        expect(text).not.toMatch(INTERNALS);
        expect(await filesOnDisk()).toEqual(await keysInRows());

        const after = await counts();
        expect(after['running']).toBe(0);
        const accepted = status >= 200 && status < 300;
        if (route.imports) {
          const imported = accepted && /"status":"(SUCCEEDED|PARTIAL)"/.test(text);
          if (!imported) expect([after['measurements'], after['prices']]).toEqual([before['measurements'], before['prices']]);
          expect(after['documents']).toBe(before['documents']);
        } else if (!accepted) {
          expect([after['documents'], after['offers'], after['signing']]).toEqual([before['documents'], before['offers'], before['signing']]);
        }
      }),
      {
        numRuns: RUNS,
        seed: SEED,
        endOnFailure: true,
        // Cases found by earlier runs, always tried first.
        examples: [
          // A NUL in a staff upload's text field (PostgreSQL refuses it in text).
          [{ route: 3, content: bytes('%PDF-1.7\n'), fileName: 'oferta.pdf', partType: 'application/pdf', shape: 'complete', cut: 0, field: ['title', 'a\0b'] }],
          [{ route: 4, content: bytes('%PDF-1.7\n'), fileName: 'contrato.pdf', partType: 'application/pdf', shape: 'complete', cut: 0, field: ['title', '\0'] }],
          // A body cut inside an import file (was an uncaught exception).
          [{ route: 5, content: bytes(`${HEADERS[0]}\n`), fileName: 'curva.csv', partType: 'text/csv', shape: 'truncated', cut: 0.9, field: null }],
          // A huge NUL line in an import (was a 500).
          [{ route: 6, content: join(bytes(`${HEADERS[1]}\n`), Buffer.alloc(300 * 1024)), fileName: 'curva.csv', partType: 'text/csv', shape: 'complete', cut: 0, field: null }],
        ],
      },
    );
    // What the run met, for whoever reads the log.
    console.log([...seen.entries()].sort().map(([key, n]) => `${key}: ${n}`).join('\n'));
  });
});
