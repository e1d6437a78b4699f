import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInCookie, useTestApi } from '../../../test/api.js';
import { createAccount, createAdmin, createSupplyPoint } from '../../../test/factories.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import type { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { ImportSession } from './import-session.js';
import { MAX_LINE_LENGTH } from './line-splitter.js';

/**
 * Hostile and old-fashioned import files (issue 13, finding 4): NUL bytes in a value, CR-only
 * line endings (old spreadsheet exports), and one endless line.
 */

const { db, api } = useTestApi();
let admin: string;
let point: SupplyPoint;

beforeAll(async () => {
  const em = scopedEntityManager(db.orm.em.fork(), ALL_ROWS);
  point = await createSupplyPoint(em, await createAccount(em));
  admin = await signInCookie(db.orm, await createAdmin(em));
});

const CNMC_HEADER = 'CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion';
const cnmcDay = (cups: string, date: string) => Array.from({ length: 24 }, (_, i) => `${cups};${date};${i + 1};0,${100 + i};R`);

type Answer = { jobId: string; status: string; rowsRead: number; rowsImported: number; errorCount: number; error?: string };

async function upload(kind: string, content: string | Buffer): Promise<{ status: number; body: Answer }> {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/csv' }), 'curva.csv');
  const response = await fetch(`${api.url}/uploads/imports/${kind}`, { method: 'POST', body: form, headers: { cookie: admin } });
  return { status: response.status, body: (await response.json()) as Answer };
}

async function jobOf(id: string) {
  const body = await api.graphql<{ importJob: { status: string; errors: { line: number; column: string | null; reason: string; value: string | null }[] } }>(
    'query ($id: ID!) { importJob(id: $id) { status errors { line column reason value } } }',
    { id },
    { cookie: admin },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.importJob;
}

async function measurementCount(): Promise<number> {
  const rows = await db.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from measurement where supply_point_id = ?', [point.id]);
  return Number(rows[0]!.n);
}

/** Feeds `content` to a session in `chunkBytes` pieces, as an upload would. */
async function runSession(content: Buffer, chunkBytes = 64 * 1024): Promise<ImportSession> {
  const session = new ImportSession('CNMC', new Map([[point.cups.toUpperCase(), { series: 0, id: point.id }]]));
  const chunks = function* () {
    for (let at = 0; at < content.length; at += chunkBytes) yield content.subarray(at, at + chunkBytes);
  };
  await pipeline(Readable.from(chunks()), session, async (batches: AsyncIterable<unknown>) => {
    for await (const _ of batches);
  });
  return session;
}

describe('a NUL byte in a value', () => {
  it('is a row error naming its line and column, the job REJECTED, nothing written', async () => {
    const lines = [CNMC_HEADER, ...cnmcDay(point.cups, '01/02/2025')];
    lines[3] = `${point.cups};01/02/2025;3;0,1\u00002;R`;
    const { status, body } = await upload('cnmc', lines.join('\n'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'REJECTED', errorCount: 1, rowsImported: 0 });
    const job = await jobOf(body.jobId);
    expect(job.errors).toEqual([{ line: 4, column: 'Consumo_kWh', reason: 'BAD_NUMBER', value: '0,1\\u00002' }]);
    expect(await measurementCount()).toBe(0);
  });

  it('in the header is a file error, not a 500', async () => {
    const { status, body } = await upload('cnmc', `CUPS;Fe\u0000cha;Hora;Consumo_kWh\n${cnmcDay(point.cups, '01/02/2025')[0]}`);
    expect(status).toBe(200);
    expect(body.status).toBe('REJECTED');
    expect((await jobOf(body.jobId)).errors[0]).toMatchObject({ line: 1, reason: 'BAD_HEADER' });
  });
});

describe('line endings', () => {
  it('a CR-only file (old spreadsheet export) imports exactly', async () => {
    const text = [CNMC_HEADER, ...cnmcDay(point.cups, '02/02/2025'), ...cnmcDay(point.cups, '03/02/2025')].join('\r');
    const { status, body } = await upload('cnmc', text);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'SUCCEEDED', rowsRead: 48, rowsImported: 48, errorCount: 0 });
    const rows = await db.orm.em
      .getConnection()
      .execute<{ kwh: string }[]>(`select kwh from measurement where supply_point_id = ? and start >= '2025-02-02T00:00:00+01' and start < '2025-02-03T00:00:00+01' order by start`, [point.id]);
    expect(rows.map((row) => row.kwh)).toEqual(Array.from({ length: 24 }, (_, i) => `0.${100 + i}`));
  });

  it('CR, LF and CRLF mixed, a CRLF split between two chunks counts as one break', async () => {
    const lines = [CNMC_HEADER, ...cnmcDay(point.cups, '04/02/2025')];
    const breaks = ['\r', '\n', '\r\n'];
    const text = lines.map((line, i) => line + breaks[i % 3]).join('');
    // Chunks of 7 bytes cut through many CRLF pairs.
    const session = await runSession(Buffer.from(text, 'latin1'), 7);
    expect(session.outcome).toMatchObject({ rowsRead: 24, rowsAccepted: 24, errorCount: 0, fileError: null });
  });

  it('reads each byte once however long the line: a CR-only 16 MB file is scanned linearly', async () => {
    const line = `${point.cups};05/02/2025;1;0,5;R`;
    const rows = Math.ceil((16 * 1024 * 1024) / (line.length + 1));
    const content = Buffer.from(`${CNMC_HEADER}\r${`${line}\r`.repeat(rows)}`, 'latin1');
    const session = await runSession(content);
    // Every row but the first is a duplicate of the first: the file was split into its lines.
    expect(session.outcome.rowsRead).toBe(rows);
    expect(session.charactersScanned).toBe(content.length);
  });
});

describe('an endless line', () => {
  it('an 8 MB line is refused as LINE_TOO_LONG naming the line, after reading each byte once', async () => {
    const content = Buffer.from(`${CNMC_HEADER}\n${'1;'.repeat(4 * 1024 * 1024)}\n`, 'latin1');
    const session = await runSession(content);
    expect(session.outcome.fileError).toEqual({ line: 2, column: null, reason: 'LINE_TOO_LONG', value: String(MAX_LINE_LENGTH) });
    // Quadratic rescanning would examine the line once per chunk (128 times here).
    expect(session.charactersScanned).toBeLessThanOrEqual(content.length);
  });

  it('over HTTP: the job REJECTED with that error, nothing written', async () => {
    const before = await measurementCount();
    const { status, body } = await upload('cnmc', `${CNMC_HEADER}\n${cnmcDay(point.cups, '06/02/2025')[0]}\n${'x'.repeat(8 * 1024 * 1024)}`);
    expect(status).toBe(200);
    expect(body.status).toBe('REJECTED');
    expect((await jobOf(body.jobId)).errors).toEqual([{ line: 3, column: null, reason: 'LINE_TOO_LONG', value: String(MAX_LINE_LENGTH) }]);
    expect(await measurementCount()).toBe(before);
  });
});

describe('a multipart body cut inside the file', () => {
  it('answers 400 MALFORMED with the job FAILED, and nothing escapes as an uncaught error', async () => {
    const boundary = '----cut-boundary';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="curva.csv"\r\nContent-Type: text/csv\r\n\r\n${CNMC_HEADER}\n${cnmcDay(point.cups, '07/02/2025')[0]}`;
    const response = await fetch(`${api.url}/uploads/imports/cnmc`, {
      method: 'POST',
      body,
      headers: { cookie: admin, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; jobId: string };
    expect(answer.error).toBe('MALFORMED');
    expect((await jobOf(answer.jobId)).status).toBe('FAILED');
  });
});
