import http from 'node:http';
import { buildCups } from '@portal/shared';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInCookie, useTestApi } from '../../../test/api.js';
import { createAccount, createAdmin, createSupplyPoint, createUser } from '../../../test/factories.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import type { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { importStream, withRawConnection } from './import.service.js';

const { db, api } = useTestApi();
let admin: string;
let customer: string;
let pointA: SupplyPoint;
let pointB: SupplyPoint;

beforeAll(async () => {
  const em = scopedEntityManager(db.orm.em.fork(), ALL_ROWS);
  const account = await createAccount(em);
  pointA = await createSupplyPoint(em, account);
  pointB = await createSupplyPoint(em, account);
  admin = await signInCookie(db.orm, await createAdmin(em));
  customer = await signInCookie(db.orm, await createUser(em, { userTypes: ['WEB_CLIENT'] as never }));
});

type Answer = { jobId: string; status: string; rowsRead: number; rowsImported: number; rowsRejected: number; errorCount: number };

async function upload(kind: string, text: string, options: { validRowsOnly?: boolean; cookie?: string | null; fileName?: string } = {}) {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), options.fileName ?? 'curva.csv');
  const query = options.validRowsOnly ? '?validRowsOnly=true' : '';
  const cookie = options.cookie === undefined ? admin : options.cookie;
  const response = await fetch(`${api.url}/uploads/imports/${kind}${query}`, {
    method: 'POST',
    body: form,
    headers: cookie ? { cookie } : {},
  });
  return { status: response.status, body: (await response.json()) as Answer & { error?: string } };
}

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return db.orm.em.getConnection().execute(text, params) as Promise<T[]>;
}

const JOB = /* GraphQL */ `
  query ($id: ID!) {
    importJob(id: $id) {
      id kind fileName status validRowsOnly rowsRead rowsImported rowsRejected errorCount message firstStart lastStart createdByEmail
      errors { line column reason value }
    }
  }
`;

async function job(id: string) {
  const body = await api.graphql<{ importJob: Record<string, any> }>(JOB, { id }, { cookie: admin });
  expect(body.errors).toBeUndefined();
  return body.data!.importJob;
}

const CNMC_HEADER = 'CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion';
const UNKNOWN_CUPS = buildCups('0021999999999999');
const cnmcDay = (cups: string, date: string, hours: number, kwh = (h: number) => `0,${String(100 + h)}`) =>
  Array.from({ length: hours }, (_, i) => `${cups};${date};${i + 1};${kwh(i + 1)};${i % 5 === 0 ? 'E' : 'R'}`);

describe('access', () => {
  it('401 without a session, 403 for a customer without Medidas, 404 for an unknown kind', async () => {
    expect((await upload('cnmc', CNMC_HEADER, { cookie: null })).status).toBe(401);
    expect((await upload('cnmc', CNMC_HEADER, { cookie: customer })).status).toBe(403);
    expect((await upload('omie', 'MARGINALPDBC;\n*\n', { cookie: customer })).status).toBe(403);
    expect((await upload('excel', CNMC_HEADER)).status).toBe(404);
  });

  it('the job queries are admin only', async () => {
    const body = await api.graphql('{ importJobs(first: 5) { totalCount } }', {}, { cookie: customer });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('CNMC curves', () => {
  it('imports both DST days: 23 and 25 distinct instants, decimal comma, R/E', async () => {
    const text = [CNMC_HEADER, ...cnmcDay(pointA.cups, '30/03/2025', 23), ...cnmcDay(pointA.cups, '26/10/2025', 25)].join('\r\n');
    const { status, body } = await upload('cnmc', text);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'SUCCEEDED', rowsRead: 48, rowsImported: 48, rowsRejected: 0, errorCount: 0 });

    const days = await sql<{ day: string; rows: string; starts: string }>(
      `select to_char(start at time zone 'Europe/Madrid', 'YYYY-MM-DD') as day, count(*) as rows, count(distinct start) as starts
         from measurement where supply_point_id = ? group by 1 order by 1`,
      [pointA.id],
    );
    expect(days.map((d) => [d.day, Number(d.rows), Number(d.starts)])).toEqual([
      ['2025-03-30', 23, 23],
      ['2025-10-26', 25, 25],
    ]);
    const autumn = await sql<{ start: Date; kwh: string; estimated: boolean; interval_minutes: number }>(
      `select start, kwh, estimated, interval_minutes from measurement where supply_point_id = ? and start >= '2025-10-25T22:00:00Z' order by start limit 4`,
      [pointA.id],
    );
    expect(autumn.map((row) => new Date(row.start).toISOString())).toEqual([
      '2025-10-25T22:00:00.000Z',
      '2025-10-25T23:00:00.000Z',
      '2025-10-26T00:00:00.000Z', // 02:00 CEST
      '2025-10-26T01:00:00.000Z', // 02:00 CET
    ]);
    expect(autumn[0]).toMatchObject({ kwh: '0.101', estimated: true, interval_minutes: 60 });
    expect(autumn[1]).toMatchObject({ kwh: '0.102', estimated: false });

    const saved = await job(body.jobId);
    expect(saved).toMatchObject({
      kind: 'CNMC',
      fileName: 'curva.csv',
      status: 'SUCCEEDED',
      rowsImported: 48,
      firstStart: '2025-03-29T23:00:00.000Z',
      lastStart: '2025-10-26T22:00:00.000Z',
      errors: [],
    });
  });

  it('the same file twice leaves the same rows (upsert), with the new values', async () => {
    const day = (kwh: string) => [CNMC_HEADER, ...cnmcDay(pointB.cups, '01/02/2025', 24, () => kwh)].join('\n');
    expect((await upload('cnmc', day('1,000'))).body.rowsImported).toBe(24);
    expect((await upload('cnmc', day('1,000'))).body.rowsImported).toBe(24);
    const [first] = await sql<{ rows: string; total: string }>(
      `select count(*) as rows, sum(kwh) as total from measurement where supply_point_id = ? and start < '2025-02-02T00:00:00Z'`,
      [pointB.id],
    );
    expect(first).toEqual({ rows: '24', total: '24.000' });
    await upload('cnmc', day('2,5'));
    const [second] = await sql<{ rows: string; total: string }>(
      `select count(*) as rows, sum(kwh) as total from measurement where supply_point_id = ? and start < '2025-02-02T00:00:00Z'`,
      [pointB.id],
    );
    expect(second).toEqual({ rows: '24', total: '60.000' });
  });

  const badFile = () =>
    [
      CNMC_HEADER,
      `${pointB.cups};05/02/2025;1;1,000;R`, // 2 ok
      `${pointB.cups};05/02/2025;2;1,0x0;R`, // 3 bad number
      `${pointB.cups};31/02/2025;3;1,000;R`, // 4 bad date
      `${pointB.cups};05/02/2025;25;1,000;R`, // 5 hour out of range (24-hour day)
      `${UNKNOWN_CUPS};05/02/2025;4;1,000;R`, // 6 unknown CUPS
      `${pointB.cups};05/02/2025;1;2,000;R`, // 7 duplicate of line 2
      `${pointB.cups};05/02/2025;5;1,000;R`, // 8 ok
      `${pointB.cups};30/03/2025;24;1,000;R`, // 9 hour 24 on the 23-hour day
    ].join('\n');

  it('all or nothing: any bad row and nothing is written; each error has its line, column and reason', async () => {
    const { status, body } = await upload('cnmc', badFile());
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'REJECTED', rowsRead: 8, rowsImported: 0, rowsRejected: 6, errorCount: 6 });
    const rows = await sql(`select 1 from measurement where supply_point_id = ? and start >= '2025-02-04T00:00:00Z' and start < '2025-02-06T00:00:00Z'`, [pointB.id]);
    expect(rows).toHaveLength(0);
    const saved = await job(body.jobId);
    expect(saved.status).toBe('REJECTED');
    expect(saved.errors).toEqual([
      { line: 3, column: 'Consumo_kWh', reason: 'BAD_NUMBER', value: '1,0x0' },
      { line: 4, column: 'Fecha', reason: 'BAD_DATE', value: '31/02/2025' },
      { line: 5, column: 'Hora', reason: 'HOUR_OUT_OF_RANGE', value: '25' },
      { line: 6, column: 'CUPS', reason: 'UNKNOWN_CUPS', value: UNKNOWN_CUPS },
      { line: 7, column: 'Hora', reason: 'DUPLICATE_ROW', value: '2' },
      { line: 9, column: 'Hora', reason: 'HOUR_OUT_OF_RANGE', value: '24' },
    ]);
  });

  it('valid rows only: exactly the valid rows are written', async () => {
    const { body } = await upload('cnmc', badFile(), { validRowsOnly: true });
    expect(body).toMatchObject({ status: 'PARTIAL', rowsRead: 8, rowsImported: 2, rowsRejected: 6 });
    const rows = await sql<{ start: Date; kwh: string }>(
      `select start, kwh from measurement where supply_point_id = ? and start >= '2025-02-04T00:00:00Z' and start < '2025-02-06T00:00:00Z' order by start`,
      [pointB.id],
    );
    expect(rows.map((row) => [new Date(row.start).toISOString(), row.kwh])).toEqual([
      ['2025-02-04T23:00:00.000Z', '1.000'], // line 2, not the duplicate of line 7
      ['2025-02-05T03:00:00.000Z', '1.000'],
    ]);
    expect((await job(body.jobId)).validRowsOnly).toBe(true);
  });

  it('a file that is not a CNMC curve is rejected as a whole, even for valid rows only', async () => {
    const { body } = await upload('cnmc', 'MARGINALPDBC;\n2025;01;01;1;1;1;\n*\n', { validRowsOnly: true });
    expect(body).toMatchObject({ status: 'REJECTED', rowsImported: 0, errorCount: 1 });
    expect((await job(body.jobId)).errors).toEqual([{ line: 1, column: null, reason: 'BAD_HEADER', value: expect.any(String) }]);
  });

  it('streams a large generated file (200,000 rows) through COPY', async () => {
    const em = scopedEntityManager(db.orm.em.fork(), ALL_ROWS);
    const account = await createAccount(em);
    const points = await Promise.all(Array.from({ length: 25 }, () => createSupplyPoint(em, account)));
    const days = 334; // 334 days × 24 hours − 1 (spring day) per point, 25 points: 200,375 rows
    const boundary = 'import-boundary';
    const answer = await new Promise<Answer>((resolve, reject) => {
      const request = http.request(`${api.url}/uploads/imports/cnmc`, {
        method: 'POST',
        headers: { cookie: admin, 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      request.on('response', (response) => {
        let data = '';
        response.on('data', (chunk: Buffer) => (data += chunk.toString()));
        response.on('end', () => resolve(JSON.parse(data) as Answer));
      });
      request.on('error', reject);
      request.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`);
      request.write(`${CNMC_HEADER}\n`);
      const start = Date.UTC(2024, 0, 1);
      for (const point of points) {
        const lines: string[] = [];
        for (let d = 0; d < days; d++) {
          const date = new Date(start + d * 86_400_000);
          const text = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
          const hours = d === 90 ? 23 : 24; // 2024-03-31 is the spring day
          for (let h = 1; h <= hours; h++) lines.push(`${point.cups};${text};${h};${(h % 7) + 1},${h % 10}00;R\n`);
        }
        request.write(lines.join(''));
      }
      request.end(`\r\n--${boundary}--\r\n`);
    });
    const expected = 25 * (days * 24 - 1);
    expect(answer).toMatchObject({ status: 'SUCCEEDED', rowsRead: expected, rowsImported: expected, rowsRejected: 0 });
    const [count] = await sql<{ rows: string }>(`select count(*) as rows from measurement where supply_point_id in (${points.map(() => '?').join(', ')})`, points.map((p) => p.id));
    expect(Number(count!.rows)).toBe(expected);
  });
});

describe('an interrupted upload', () => {
  it('leaves nothing written and the job FAILED (ABORTED)', async () => {
    const em = scopedEntityManager(db.orm.em.fork(), ALL_ROWS);
    const point = await createSupplyPoint(em, await createAccount(em));
    const boundary = 'abort-boundary';
    const request = http.request(`${api.url}/uploads/imports/cnmc`, {
      method: 'POST',
      headers: { cookie: admin, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    request.on('error', () => undefined);
    request.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cortado.csv"\r\n\r\n${CNMC_HEADER}\n`);
    request.write(cnmcDay(point.cups, '01/03/2025', 24).join('\n') + '\n');
    await new Promise((resolve) => setTimeout(resolve, 500));
    request.destroy();

    let status = 'RUNNING';
    let message: string | null = null;
    for (let attempt = 0; attempt < 100 && status === 'RUNNING'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const body = await api.graphql<any>('{ importJobs(first: 1) { nodes { fileName status message } } }', {}, { cookie: admin });
      const latest = body.data.importJobs.nodes[0];
      if (latest?.fileName === 'cortado.csv') ({ status, message } = latest);
    }
    expect({ status, message }).toEqual({ status: 'FAILED', message: 'ABORTED' });
    expect(await sql('select 1 from measurement where supply_point_id = ?', [point.id])).toHaveLength(0);
  });
});

describe('the foreign key to supply_point', () => {
  // The writer checks and locks each supply point once instead of letting the row trigger look
  // it up per row (import.service.ts): a point deleted after the import read them must still
  // refuse its rows.
  it('refuses the rows of a supply point deleted while the file streams in', async () => {
    const em = scopedEntityManager(db.orm.em.fork(), ALL_ROWS);
    const point = await createSupplyPoint(em, await createAccount(em));
    const source = new PassThrough();
    const importing = withRawConnection(db.orm.em, (conn) => importStream(conn, 'CNMC', source, { validRowsOnly: false }));
    importing.catch(() => undefined);
    // The import's transaction waits for the file once it has read the supply points (its first statement after begin).
    for (let attempt = 0; attempt < 100; attempt++) {
      const waiting = await sql(`select 1 from pg_stat_activity where state = 'idle in transaction' and query <> 'begin'`);
      if (waiting.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await sql('delete from supply_point where id = ?', [point.id]);
    source.end([CNMC_HEADER, ...cnmcDay(point.cups, '02/03/2025', 24)].join('\n'));
    await expect(importing).rejects.toMatchObject({ code: '23503', constraint: 'measurement_supply_point_id_foreign' });
    expect(await sql('select 1 from measurement where supply_point_id = ?', [point.id])).toHaveLength(0);
  });
});

describe('Datadis curves', () => {
  it('keeps surplus, generation and self-consumption, HH:MM hours and the autumn day’s last hour 24:00', async () => {
    const em = scopedEntityManager(db.orm.em.fork(), ALL_ROWS);
    const point = await createSupplyPoint(em, await createAccount(em));
    const text = [
      'cups;fecha;hora;consumo_kWh;metodoObtencion;energiaVertida_kWh;energiaGenerada_kWh;energiaAutoconsumida_kWh',
      `${point.cups}0F;2025/10/26;01:00;0,250;Real;0,100;0,400;0,050`,
      `${point.cups}0F;2025/10/26;24:00;0,300;Estimada;;;`,
    ].join('\n');
    const { body } = await upload('datadis', text);
    expect(body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 2 });
    const rows = await sql(
      'select start, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh from measurement where supply_point_id = ? order by start',
      [point.id],
    );
    expect(rows.map((row: any) => ({ ...row, start: new Date(row.start).toISOString() }))).toEqual([
      { start: '2025-10-25T22:00:00.000Z', kwh: '0.250', estimated: false, surplus_kwh: '0.100', generated_kwh: '0.400', self_consumed_kwh: '0.050' },
      { start: '2025-10-26T22:00:00.000Z', kwh: '0.300', estimated: true, surplus_kwh: null, generated_kwh: null, self_consumed_kwh: null },
    ]);
  });
});

describe('OMIE marginalpdbc', () => {
  const omie = (date: string, periods: number, price = (p: number) => `${p}.5`) =>
    ['MARGINALPDBC;', ...Array.from({ length: periods }, (_, i) => `${date};${i + 1};${price(i + 1)};${price(i + 1)}1;`), '*', ''].join('\n');

  it('imports hourly days (23 periods on the spring day) until September 2025', async () => {
    const { body } = await upload('omie', omie('2025;03;30', 23), { fileName: 'marginalpdbc_20250330.1' });
    expect(body).toMatchObject({ status: 'SUCCEEDED', rowsRead: 23, rowsImported: 23 });
    const rows = await sql<{ start: Date; interval_minutes: number; price_pt: string; price_es: string }>(
      `select start, interval_minutes, price_pt, price_es from market_price where start >= '2025-03-29T23:00:00Z' and start < '2025-03-30T22:00:00Z' order by start`,
    );
    expect(rows).toHaveLength(23);
    expect(rows[2]).toMatchObject({ interval_minutes: 60, price_pt: '3.50', price_es: '3.51' });
    expect(new Date(rows[2]!.start).toISOString()).toBe('2025-03-30T01:00:00.000Z');
  });

  it('imports quarter-hour days with 92, 96 and 100 periods since October 2025', async () => {
    for (const [date, periods, from, to] of [
      ['2026;03;29', 92, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z'],
      ['2025;10;01', 96, '2025-09-30T22:00:00Z', '2025-10-01T22:00:00Z'],
      ['2025;10;26', 100, '2025-10-25T22:00:00Z', '2025-10-26T23:00:00Z'],
    ] as const) {
      const { body } = await upload('omie', omie(date, periods));
      expect(body).toMatchObject({ status: 'SUCCEEDED', rowsImported: periods });
      const [count] = await sql<{ rows: string; distinct_starts: string; interval: number }>(
        `select count(*) as rows, count(distinct start) as distinct_starts, max(interval_minutes) as interval from market_price where start >= ? and start < ?`,
        [from, to],
      );
      expect(count).toEqual({ rows: String(periods), distinct_starts: String(periods), interval: 15 });
    }
  });

  it('refuses period 97 on a 96-period day and a file without its closing star', async () => {
    const tooMany = await upload('omie', omie('2025;10;02', 97));
    expect(tooMany.body).toMatchObject({ status: 'REJECTED', rowsImported: 0 });
    expect((await job(tooMany.body.jobId)).errors).toEqual([{ line: 98, column: 'period', reason: 'HOUR_OUT_OF_RANGE', value: '97' }]);
    const truncated = await upload('omie', 'MARGINALPDBC;\n2025;10;03;1;1.00;2.00;\n', { validRowsOnly: true });
    expect(truncated.body).toMatchObject({ status: 'REJECTED', rowsImported: 0 });
    expect((await job(truncated.body.jobId)).errors).toEqual([{ line: 3, column: null, reason: 'MISSING_END', value: '*' }]);
  });
});

describe('history', () => {
  it('lists jobs newest first, filtered by kind', async () => {
    const body = await api.graphql<any>(
      '{ importJobs(kind: OMIE, first: 2) { totalCount nodes { kind status } pageInfo { hasNextPage } } }',
      {},
      { cookie: admin },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.importJobs.totalCount).toBe(6);
    expect(body.data.importJobs.nodes).toEqual([
      { kind: 'OMIE', status: 'REJECTED' },
      { kind: 'OMIE', status: 'REJECTED' },
    ]);
    expect(body.data.importJobs.pageInfo.hasNextPage).toBe(true);
  });
});
