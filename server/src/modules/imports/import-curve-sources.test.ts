import { buildCups } from '@portal/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInCookie, useTestApi } from '../../../test/api.js';
import { createAccount, createAdmin, createSupplyPoint, createUser } from '../../../test/factories.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import type { SupplyPoint } from '../supply-points/supply-point.entity.js';

/**
 * Curve files as Datadis, e-distribución and i-DE write them, through the upload route into
 * `measurement`: each day's stored total equals the file's; and customers importing their own.
 */

const { db, api } = useTestApi();
let admin: string;
let owner: string;
let plainCustomer: string;
let own: SupplyPoint;
let others: SupplyPoint;
const UNKNOWN = buildCups('0021999999999999');

beforeAll(async () => {
  const em = scopedEntityManager(db.orm.em.fork(), ALL_ROWS);
  const account = await createAccount(em);
  own = await createSupplyPoint(em, account);
  others = await createSupplyPoint(em, await createAccount(em));
  admin = await signInCookie(db.orm, await createAdmin(em));
  owner = await signInCookie(db.orm, await createUser(em, { userTypes: ['WEB_CLIENT_MEASUREMENTS'], personalFiscalId: account.fiscalId } as never));
  plainCustomer = await signInCookie(db.orm, await createUser(em, { userTypes: ['WEB_CLIENT'], personalFiscalId: account.fiscalId } as never));
});

type Answer = { jobId: string; status: string; rowsRead: number; rowsImported: number; rowsRejected: number; errorCount: number };

async function upload(kind: string, text: string | Buffer, cookie: string, validRowsOnly = false) {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), 'curva.csv');
  const response = await fetch(`${api.url}/uploads/imports/${kind}${validRowsOnly ? '?validRowsOnly=true' : ''}`, { method: 'POST', body: form, headers: { cookie } });
  return { status: response.status, body: (await response.json()) as Answer };
}

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return db.orm.em.getConnection().execute(text, params) as Promise<T[]>;
}

/** Per local day: rows, distinct instants and the kWh total, as stored. */
async function storedDays(point: SupplyPoint, from: string, to: string) {
  const rows = await sql<{ day: string; rows: string; starts: string; total: string; surplus: string | null }>(
    `select to_char(start at time zone 'Europe/Madrid', 'YYYY-MM-DD') as day, count(*) as rows, count(distinct start) as starts,
            sum(kwh)::text as total, sum(surplus_kwh)::text as surplus
       from measurement where supply_point_id = ? and start >= ? and start < ? group by 1 order by 1`,
    [point.id, from, to],
  );
  return rows.map((row) => ({ day: row.day, rows: Number(row.rows), starts: Number(row.starts), total: Number(row.total), surplus: row.surplus === null ? null : Number(row.surplus) }));
}

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000;

describe('each source, stored', () => {
  it('Datadis: the spring day of 2024 (23 rows, 24:00:00) and the autumn day (3:00 twice)', async () => {
    const spring = [1, 2, ...Array.from({ length: 21 }, (_, i) => i + 4)].map((label, i) => ({ label, kwh: (i + 1) / 10 }));
    const autumn = [1, 2, 3, 3, ...Array.from({ length: 21 }, (_, i) => i + 4)].map((label, i) => ({ label, kwh: (i + 3) / 100 }));
    const row = (date: string) => ({ label, kwh }: { label: number; kwh: number }) =>
      `${own.cups};${date};${label === 24 ? '24:00:00' : `${label}:00`};${String(kwh).replace('.', ',')};Real;0,1;0,5;0,2`;
    const text = [
      'cups;fecha;hora;consumo_kWh;metodoObtencion;energiaVertida_kWh;energiaGenerada_kWh;energiaAutoconsumida_kWh',
      ...spring.map(row('2024/03/31')),
      ...autumn.map(row('2024/10/27')),
    ].join('\n');
    const { body } = await upload('datadis', text, admin);
    expect(body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 48 });
    expect(await storedDays(own, '2024-03-30T00:00:00Z', '2024-10-28T00:00:00Z')).toEqual([
      { day: '2024-03-31', rows: 23, starts: 23, total: sum(spring.map((r) => r.kwh)), surplus: 2.3 },
      { day: '2024-10-27', rows: 25, starts: 25, total: sum(autumn.map((r) => r.kwh)), surplus: 2.5 },
    ]);
  });

  it('e-distribución: Hora 1..25 on the autumn day of 2026, AS as surplus', async () => {
    const values = Array.from({ length: 25 }, (_, i) => (i * 13) / 1000);
    const lines = values.map((kwh, i) => `${own.cups};25/10/2026;${i + 1};${String(kwh).replace('.', ',')};0,01;0,002;R`);
    const { body } = await upload('cnmc', ['CUPS;Fecha;Hora;AE_kWh;AS_kWh;AE_AUTOCONS_kwh;REAL/ESTIMADO', ...lines].join('\n'), admin);
    expect(body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 25 });
    expect(await storedDays(own, '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z')).toEqual([
      { day: '2026-10-25', rows: 25, starts: 25, total: sum(values), surplus: 0.25 },
    ]);
    const [first] = await sql<{ self_consumed_kwh: string }>(`select self_consumed_kwh from measurement where supply_point_id = ? and start = '2026-10-24T22:00:00Z'`, [own.id]);
    expect(first).toEqual({ self_consumed_kwh: '0.002' });
  });

  it('i-DE: the spring day of 2026 in Wh, hour starts, YYYY/MM/DD and a trailing ;', async () => {
    const hours = Array.from({ length: 24 }, (_, h) => h).filter((h) => h !== 2);
    const wh = hours.map((_, i) => 250 + i);
    const lines = hours.map((h, i) => `${own.cups};2026/03/29 ${String(h).padStart(2, '0')}:00;${h < 2 ? 0 : 1};${wh[i]};0;`);
    const { body } = await upload('datadis', ['CUPS;FECHA-HORA;INV / VER;CONSUMO Wh;GENERACION Wh;', ...lines].join('\n'), admin);
    expect(body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 23 });
    expect(await storedDays(own, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
      { day: '2026-03-29', rows: 23, starts: 23, total: sum(wh) / 1000, surplus: 0 },
    ]);
    const [third] = await sql<{ start: Date }>(`select start from measurement where supply_point_id = ? and start >= '2026-03-29T01:00:00Z' order by start limit 1`, [own.id]);
    expect(new Date(third!.start).toISOString()).toBe('2026-03-29T01:00:00.000Z'); // 03:00 CEST, the third row
  });

  it('the solar columns follow the file, not the kind: written by a solar format uploaded as CNMC, kept by a file without them', async () => {
    const file = (surplus: string) =>
      ['CUPS;Fecha;Hora;AE_kWh;AS_KWh;AE_AUTOCONS_kWh;REAL/ESTIMADO', `${own.cups};10/03/2025;1;0,5;${surplus};0,002;R`].join('\n');
    expect((await upload('cnmc', file('0,01'), admin)).body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1 });
    expect((await upload('cnmc', file('0,03'), admin)).body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1 });
    expect(await storedDays(own, '2025-03-09T00:00:00Z', '2025-03-11T00:00:00Z')).toEqual([{ day: '2025-03-10', rows: 1, starts: 1, total: 0.5, surplus: 0.03 }]);
    // A file without solar columns, whatever the kind, says nothing of them: they stay.
    const consumptionOnly = ['cups;fecha;hora;consumo_kWh;metodoObtencion', `${own.cups};2025/03/10;1:00;0,7;Real`].join('\n');
    expect((await upload('datadis', consumptionOnly, admin)).body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1 });
    expect(await storedDays(own, '2025-03-09T00:00:00Z', '2025-03-11T00:00:00Z')).toEqual([{ day: '2025-03-10', rows: 1, starts: 1, total: 0.7, surplus: 0.03 }]);
  });

  for (const encoding of ['utf8', 'latin1'] as const) {
    it(`i-DE: the accented GENERACIÓN Wh header matches in a ${encoding} file`, async () => {
      const date = encoding === 'utf8' ? '2025/04/10' : '2025/04/11';
      const text = ['CUPS;FECHA-HORA;INV / VER;CONSUMO Wh;GENERACIÓN Wh', `${own.cups};${date} 10:00;VER;250;40`].join('\n');
      const { body } = await upload('datadis', Buffer.from(text, encoding), admin);
      expect(body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1 });
      const day = date.replaceAll('/', '-');
      expect(await storedDays(own, `${day}T00:00:00Z`, `${day}T23:00:00Z`)).toEqual([{ day, rows: 1, starts: 1, total: 0.25, surplus: 0.04 }]);
    });
  }

  it('an unknown header is refused naming the known formats', async () => {
    const { body } = await upload('datadis', 'fecha;valor\n2025/01/01;1\n', admin);
    expect(body).toMatchObject({ status: 'REJECTED', rowsImported: 0 });
    const job = await api.graphql<{ importJob: { errors: unknown[] } }>('query ($id: ID!) { importJob(id: $id) { errors { line column reason value } } }', { id: body.jobId }, { cookie: admin });
    expect(job.data!.importJob.errors).toEqual([{ line: 1, column: null, reason: 'BAD_HEADER', value: 'CNMC, Datadis, e-distribución, i-DE' }]);
  });
});

describe('a customer imports their own curve', () => {
  const JOB = 'query ($id: ID!) { importJob(id: $id) { status rowsImported errors { line column reason value } } }';
  const HEADER = 'cups;fecha;hora;consumo_kWh;metodoObtencion';
  const autumnDay = (cups: string) =>
    [1, 2, 3, 3, ...Array.from({ length: 21 }, (_, i) => i + 4)].map((label) => `${cups};2025/10/26;${label === 24 ? '24:00' : `${label}:00`};0,5;Real`);

  it('may not import prices, nor curves without Medidas', async () => {
    expect((await upload('omie', 'MARGINALPDBC;\n*\n', owner)).status).toBe(403);
    expect((await upload('datadis', HEADER, plainCustomer)).status).toBe(403);
  });

  it('another customer’s CUPS looks exactly like an unknown one, and nothing is written', async () => {
    const text = [HEADER, ...autumnDay(own.cups), `${others.cups};2025/10/26;1:00;1;Real`, `${UNKNOWN};2025/10/26;1:00;1;Real`].join('\n');
    const { status, body } = await upload('datadis', text, owner);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'REJECTED', rowsRead: 27, rowsImported: 0, rowsRejected: 2 });
    const job = await api.graphql<{ importJob: { errors: unknown[] } }>(JOB, { id: body.jobId }, { cookie: owner });
    expect(job.data!.importJob.errors).toEqual([
      { line: 27, column: 'cups', reason: 'UNKNOWN_CUPS', value: others.cups },
      { line: 28, column: 'cups', reason: 'UNKNOWN_CUPS', value: UNKNOWN },
    ]);
    const written = await sql(`select 1 from measurement where supply_point_id in (?, ?) and start >= '2025-10-25T00:00:00Z' and start < '2025-10-27T00:00:00Z'`, [own.id, others.id]);
    expect(written).toHaveLength(0);
  });

  it('in scope: stored at once, in their measurements with 25 hours, and only their own jobs are visible', async () => {
    const { body } = await upload('datadis', [HEADER, ...autumnDay(own.cups)].join('\n'), owner);
    expect(body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 25 });
    const series = await api.graphql<{ measurements: { total: string; points: { start: string }[] } }>(
      'query ($cups: String!) { measurements(cups: $cups, from: "2025-10-26", to: "2025-10-26", granularity: HOUR) { total points { start } } }',
      { cups: own.cups },
      { cookie: owner },
    );
    expect(series.errors).toBeUndefined();
    expect(series.data!.measurements.points).toHaveLength(25);
    expect(Number(series.data!.measurements.total)).toBe(12.5);

    const mine = await api.graphql<{ importJob: { status: string } | null }>(JOB, { id: body.jobId }, { cookie: owner });
    expect(mine.data!.importJob).toMatchObject({ status: 'SUCCEEDED', rowsImported: 25 });
    const { body: adminJob } = await upload('datadis', [HEADER, `${others.cups};2025/01/01;1:00;1;Real`].join('\n'), admin);
    const theirs = await api.graphql<{ importJob: unknown }>(JOB, { id: adminJob.jobId }, { cookie: owner });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.importJob).toBeNull();
    const list = await api.graphql('{ importJobs(first: 5) { totalCount } }', {}, { cookie: owner });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a customer’s file never overwrites what is stored', () => {
  const HEADER = 'cups;fecha;hora;consumo_kWh;metodoObtencion;energiaVertida_kWh;energiaGenerada_kWh;energiaAutoconsumida_kWh';
  const rowsOf = async (from: string, to: string) =>
    (
      await sql<{ start: Date }>(
        `select start, kwh::text, estimated, surplus_kwh::text, generated_kwh::text, self_consumed_kwh::text
           from measurement where supply_point_id = ? and start >= ? and start < ? order by start`,
        [own.id, from, to],
      )
    ).map((row) => ({ ...row, start: new Date(row.start).toISOString() }));

  it('adds missing intervals and fills empty solar columns, and keeps the official kWh, method and values', async () => {
    const official = [HEADER, `${own.cups};2025/02/10;1:00;1,0;Real;0,1;0,2;0,3`, `${own.cups};2025/02/10;2:00;2,0;Real;;;`].join('\n');
    expect((await upload('datadis', official, admin)).body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 2 });
    const mine = [1, 2, 3].map((hour) => `${own.cups};2025/02/10;${hour}:00;9,0;Estimada;0,9;0,8;0,7`);
    const { body } = await upload('datadis', [HEADER, ...mine].join('\n'), owner);
    // The second hour completed and the third added; the first is left as it was.
    expect(body).toMatchObject({ status: 'SUCCEEDED', rowsRead: 3, rowsImported: 2 });
    expect(await rowsOf('2025-02-09T23:00:00Z', '2025-02-10T02:00:00Z')).toEqual([
      { start: '2025-02-09T23:00:00.000Z', kwh: '1.000', estimated: false, surplus_kwh: '0.100', generated_kwh: '0.200', self_consumed_kwh: '0.300' },
      { start: '2025-02-10T00:00:00.000Z', kwh: '2.000', estimated: false, surplus_kwh: '0.900', generated_kwh: '0.800', self_consumed_kwh: '0.700' },
      { start: '2025-02-10T01:00:00.000Z', kwh: '9.000', estimated: true, surplus_kwh: '0.900', generated_kwh: '0.800', self_consumed_kwh: '0.700' },
    ]);
    const again = await upload('datadis', [HEADER, ...mine].join('\n'), owner);
    expect(again.body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 0 });
  });

  describe('while another import holds the measurement table', () => {
    let holder: pg.Client;
    const LOCK = "select pg_advisory_lock(hashtextextended('import-target:measurement', 0))";
    const UNLOCK = "select pg_advisory_unlock(hashtextextended('import-target:measurement', 0))";

    beforeAll(async () => {
      holder = new pg.Client({ connectionString: db.url });
      await holder.connect();
    });
    afterAll(async () => {
      await holder?.end();
    });

    it('a customer’s upload is refused at once with IMPORT_BUSY, recorded FAILED, and writes nothing', async () => {
      await holder.query(LOCK);
      try {
        const text = [HEADER, `${own.cups};2025/05/10;1:00;1,0;Real;;;`].join('\n');
        const form = new FormData();
        form.append('file', new Blob([text], { type: 'text/csv' }), 'curva.csv');
        const response = await fetch(`${api.url}/uploads/imports/datadis`, { method: 'POST', body: form, headers: { cookie: owner } });
        expect(response.status).toBe(409);
        const body = (await response.json()) as { error: string; jobId: string };
        expect(body.error).toBe('IMPORT_BUSY');
        const job = await api.graphql<{ importJob: { status: string; message: string } }>(
          'query ($id: ID!) { importJob(id: $id) { status message } }',
          { id: body.jobId },
          { cookie: owner },
        );
        expect(job.data!.importJob).toEqual({ status: 'FAILED', message: 'IMPORT_BUSY' });
        expect(await rowsOf('2025-05-09T00:00:00Z', '2025-05-11T00:00:00Z')).toEqual([]);
      } finally {
        await holder.query(UNLOCK);
      }
    });

    it('an admin’s upload waits for the lock and then imports', async () => {
      await holder.query(LOCK);
      let uploading: ReturnType<typeof upload> | null = null;
      try {
        uploading = upload('datadis', [HEADER, `${own.cups};2025/06/10;1:00;1,0;Real;;;`].join('\n'), admin);
        // Released only once the admin's import is seen waiting for it.
        await expect.poll(async () => (await holder.query("select 1 from pg_locks where locktype = 'advisory' and not granted")).rowCount, { timeout: 60_000, interval: 50 }).toBe(1);
      } finally {
        await holder.query(UNLOCK);
      }
      expect((await uploading).body).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1 });
    });
  });
});
