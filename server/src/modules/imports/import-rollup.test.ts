import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createAccount, createSupplyPoint } from '../../../test/factories.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import type { SupplyPoint } from '../supply-points/supply-point.entity.js';
import type { ImportKind } from './import-formats.js';
import { importStream, withRawConnection } from './import.service.js';

/**
 * The daily rollup (measurement_day) against the raw rows it is derived from, after every kind of
 * write: imports (all-or-nothing, valid rows only, re-imports correcting values), SQL updates and
 * deletions; DST days of 2024–2026 included. The expected side is aggregated here with its own SQL.
 * (measurement-series-sql.test.ts checks that reads from the rollup answer as the raw rows do.)
 */

let db: TestDatabase;
let point: SupplyPoint;
let solar: SupplyPoint;

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return db.orm.em.getConnection().execute(text, params) as Promise<T[]>;
}

function importText(kind: ImportKind, lines: string[], validRowsOnly = false) {
  return withRawConnection(db.orm.em, (conn) => importStream(conn, kind, Readable.from([lines.join('\n')]), { validRowsOnly }));
}

// Last Sundays of March (23 hours) and October (25 hours), and a plain day.
const DST_DAYS = ['2024-03-31', '2024-10-27', '2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25'];
const HOURS: Record<string, number> = { '03': 23, '10': 25 };
const cnmcDate = (day: string) => day.split('-').reverse().join('/');

const CNMC_HEADER = 'CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion';
/** The local day's hours 1..n (n = 23 or 25 on DST days), kWh varied by hour and `seed`; every 5th estimated. */
function cnmcDay(cups: string, day: string, seed: number): string[] {
  const hours = HOURS[day.slice(5, 7)] && DST_DAYS.includes(day) ? HOURS[day.slice(5, 7)]! : 24;
  return Array.from({ length: hours }, (_, i) => `${cups};${cnmcDate(day)};${i + 1};${seed},${String(100 + i * 7)};${i % 5 === 0 ? 'E' : 'R'}`);
}

/**
 * Rows where the rollup and the raw rows disagree, per day (sums, counts, solar columns) and per
 * local hour. `date_trunc(…, zone)` here, not the rollup's own expressions.
 */
async function mismatches(): Promise<unknown[]> {
  const days = await sql(`
    with raw as (
      select supply_point_id, (date_trunc('day', start, 'Europe/Madrid') at time zone 'Europe/Madrid')::date as day,
             sum(kwh) as kwh, coalesce(sum(kwh) filter (where estimated), 0) as estimated_kwh, count(*)::int as intervals,
             count(*) filter (where estimated)::int as estimated_intervals,
             sum(surplus_kwh) as surplus_kwh, count(surplus_kwh)::int as surplus_intervals,
             sum(generated_kwh) as generated_kwh, count(generated_kwh)::int as generated_intervals,
             sum(self_consumed_kwh) as self_consumed_kwh, count(self_consumed_kwh)::int as self_consumed_intervals
      from measurement group by 1, 2)
    select coalesce(r.supply_point_id, d.supply_point_id) as supply_point_id, coalesce(r.day, d.day)::text as day, to_jsonb(r) as raw, to_jsonb(d) as rollup
    from raw r full join measurement_day d on d.supply_point_id = r.supply_point_id and d.day = r.day
    where r is null or d is null
       or (r.kwh, r.estimated_kwh, r.intervals, r.estimated_intervals, r.surplus_kwh, r.surplus_intervals, r.generated_kwh,
           r.generated_intervals, r.self_consumed_kwh, r.self_consumed_intervals)
          is distinct from
          (d.kwh, d.estimated_kwh, d.intervals, d.estimated_intervals, d.surplus_kwh, d.surplus_intervals, d.generated_kwh,
           d.generated_intervals, d.self_consumed_kwh, d.self_consumed_intervals)`);
  const hours = await sql(`
    with raw as (
      select supply_point_id, (date_trunc('day', start, 'Europe/Madrid') at time zone 'Europe/Madrid')::date as day,
             extract(hour from start at time zone 'Europe/Madrid')::int as hour, sum(kwh) as kwh
      from measurement group by 1, 2, 3),
    rolled as (select supply_point_id, day, (h.slot - 1)::int as hour, h.kwh from measurement_day, unnest(hour_kwh) with ordinality as h (kwh, slot) where h.kwh is not null)
    select * from raw r full join rolled d using (supply_point_id, day, hour) where r.kwh is distinct from d.kwh`);
  return [...days, ...hours];
}

const rollupDay = async (supplyPointId: string, day: string) =>
  (
    await sql<{ kwh: string; intervals: number; hours: number[]; slots: number }>(
      `select kwh::text, intervals, array_length(hour_kwh, 1) as slots,
              array(select (slot - 1)::int from unnest(hour_kwh) with ordinality as h (kwh, slot) where kwh is not null order by slot) as hours
       from measurement_day where supply_point_id = ? and day = ?`,
      [supplyPointId, day],
    )
  )[0];

beforeAll(async () => {
  db = await createTestDatabase();
  const em = scopedEntityManager(db.orm.em.fork(), ALL_ROWS);
  const account = await createAccount(em);
  point = await createSupplyPoint(em, account);
  solar = await createSupplyPoint(em, account);
});

afterAll(() => db?.drop());

describe('the daily rollup follows every write of measurements', () => {
  it('after an import of the DST days of 2024–2026 and their neighbours: 23 and 25 hours, hour 2 twice in autumn', async () => {
    const days = DST_DAYS.flatMap((day) => [day, new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10)]);
    const outcome = await importText('CNMC', [CNMC_HEADER, ...days.flatMap((day) => cnmcDay(point.cups, day, 1))]);
    expect(outcome).toMatchObject({ committed: true, errorCount: 0 });
    expect(await mismatches()).toEqual([]);
    expect(await sql('select 1 from measurement_day where supply_point_id = ?', [point.id])).toHaveLength(12);
    const spring = await rollupDay(point.id, '2025-03-30');
    // 24 slots every day, slot h + 1 for local hour h: the spring day's 02:00 is an empty slot.
    expect(spring).toMatchObject({ intervals: 23, slots: 24, hours: [0, 1, ...Array.from({ length: 21 }, (_, i) => i + 3)] });
    const autumn = await rollupDay(point.id, '2025-10-26');
    expect(autumn).toMatchObject({ intervals: 25, slots: 24, hours: Array.from({ length: 24 }, (_, i) => i) });
    // Hours 3 and 4 of the file are 02:00 CEST and 02:00 CET: both in local hour 2.
    const [hour2] = await sql<{ kwh: string }>(`select hour_kwh[3]::text as kwh from measurement_day where supply_point_id = ? and day = '2025-10-26'`, [point.id]);
    expect(hour2!.kwh).toBe('2.235'); // 1.114 + 1.121
  });

  it('keeps the DST days exact through the hour-slot migration, down and up again', async () => {
    const migrator = db.orm.getMigrator();
    await migrator.down({ to: 'Migration20261208060100_contract_energy_prices' });
    const [spring] = await sql<{ hours: number[]; kwh: string[] }>(`select hours, hour_kwh::text[] as kwh from measurement_day where supply_point_id = ? and day = '2025-03-30'`, [point.id]);
    expect(spring!.hours).toEqual([0, 1, ...Array.from({ length: 21 }, (_, i) => i + 3)]);
    expect(spring!.kwh).toHaveLength(23);
    await migrator.up();
    expect(await rollupDay(point.id, '2025-03-30')).toMatchObject({ intervals: 23, slots: 24, hours: spring!.hours });
    expect(await mismatches()).toEqual([]);
  });

  it('after a re-import that corrects values and a partial import (valid rows only)', async () => {
    const corrected = await importText('CNMC', [CNMC_HEADER, ...cnmcDay(point.cups, '2025-10-26', 3)]);
    expect(corrected).toMatchObject({ committed: true });
    expect(await mismatches()).toEqual([]);
    expect((await rollupDay(point.id, '2025-10-26'))!.kwh).toBe((25 * 3 + (25 * 100 + 7 * 300) / 1000).toFixed(3));

    const partial = await importText('CNMC', [CNMC_HEADER, ...cnmcDay(point.cups, '2025-11-05', 2), `${point.cups};06/11/2025;1;not-a-number;R`], true);
    expect(partial).toMatchObject({ committed: true, errorCount: 1 });
    expect(await mismatches()).toEqual([]);
    expect(await rollupDay(point.id, '2025-11-05')).toMatchObject({ intervals: 24 });
  });

  it('not after a refused import (all or nothing): nothing half-written', async () => {
    const before = await sql('select * from measurement_day order by 1, 2');
    const refused = await importText('CNMC', [CNMC_HEADER, ...cnmcDay(point.cups, '2025-11-05', 9), ...cnmcDay(point.cups, '2025-11-07', 9), `${point.cups};08/11/2025;1;x;R`]);
    expect(refused).toMatchObject({ committed: false });
    expect(await sql('select * from measurement_day order by 1, 2')).toEqual(before);
    expect(await mismatches()).toEqual([]);
  });

  it('keeps the sums and counts of known solar values (Datadis)', async () => {
    const outcome = await importText('DATADIS', [
      'cups;fecha;hora;consumo_kWh;metodoObtencion;energiaVertida_kWh;energiaGenerada_kWh;energiaAutoconsumida_kWh',
      `${solar.cups}0F;2026/03/29;01:00;0,250;Real;0,100;0,400;0,050`,
      `${solar.cups}0F;2026/03/29;02:00;0,300;Estimada;;0,200;`,
      `${solar.cups}0F;2026/03/29;14:00;0,500;Real;1,100;2,000;0,700`,
    ]);
    expect(outcome).toMatchObject({ committed: true, errorCount: 0 });
    expect(await mismatches()).toEqual([]);
    const [day] = await sql(
      `select surplus_kwh::text, surplus_intervals, generated_kwh::text, generated_intervals, self_consumed_kwh::text, self_consumed_intervals, estimated_intervals
       from measurement_day where supply_point_id = ?`,
      [solar.id],
    );
    expect(day).toEqual({
      surplus_kwh: '1.200', surplus_intervals: 2, generated_kwh: '2.600', generated_intervals: 3,
      self_consumed_kwh: '0.750', self_consumed_intervals: 2, estimated_intervals: 1,
    });
  });

  it('after SQL updates and deletions (a purge of a range): emptied days disappear', async () => {
    await sql(`update measurement set kwh = kwh * 2, estimated = not estimated where supply_point_id = ? and start >= '2024-10-26T22:00:00Z' and start < '2024-10-27T05:00:00Z'`, [point.id]);
    expect(await mismatches()).toEqual([]);
    await sql(`delete from measurement where supply_point_id = ? and start >= '2025-03-29T23:00:00Z' and start < '2025-03-31T00:00:00Z'`, [point.id]);
    expect(await mismatches()).toEqual([]);
    expect(await rollupDay(point.id, '2025-03-30')).toBeUndefined();
    expect(await rollupDay(point.id, '2025-03-31')).toMatchObject({ intervals: 22 }); // from 02:00 local
  });
});
