import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createAccount, createSupplyPoint } from '../../../test/factories.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import { Granularity } from '../../core/series/granularity.js';
import { rawSeriesStatement, rollupSeriesStatement, type SeriesStatement } from './measurement-series-sql.js';

/**
 * Series read from the daily rollup (measurement_day) answer exactly as the raw rows do: DAY and
 * MONTH points, totals and tariff groups, over hourly and quarter-hourly rows and the DST days of
 * 2024–2026 (import-rollup.test.ts checks the rollup itself against the rows after every write).
 */

let db: TestDatabase;
const ids: string[] = [];

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return db.orm.em.getConnection().execute(text, params) as Promise<T[]>;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const em = scopedEntityManager(db.orm.em.fork(), ALL_ROWS);
  const account = await createAccount(em);
  for (let i = 0; i < 2; i++) ids.push((await createSupplyPoint(em, account)).id);
  // Hourly, March 2024 to November 2026 every 13th day and every DST day; quarter hours on the DST days. Varied exact values, some estimated.
  await sql(
    `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
     select ?, t, 60, ((extract(epoch from t)::bigint / 3600) % 11 + 1) * 0.137, (extract(epoch from t)::bigint / 3600) % 9 = 0
     from generate_series(date '2024-03-01', date '2026-11-30', interval '1 day') day,
          generate_series(day::timestamp at time zone 'Europe/Madrid', (day + interval '1 day')::timestamp at time zone 'Europe/Madrid' - interval '1 hour', interval '1 hour') t
     where extract(doy from day)::int % 13 = 0 or day::date = any(?::date[])`,
    [ids[0], '{2024-03-31,2024-10-27,2025-03-30,2025-10-26,2026-03-29,2026-10-25}'],
  );
  await sql(
    `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated, surplus_kwh)
     select ?, t, 15, ((extract(epoch from t)::bigint / 900) % 13 + 1) * 0.007, (extract(epoch from t)::bigint / 900) % 7 = 0, 0.001
     from unnest(?::date[]) day,
          generate_series(day::timestamp at time zone 'Europe/Madrid', (day + 1)::timestamp at time zone 'Europe/Madrid' - interval '15 minutes', interval '15 minutes') t`,
    [ids[1], '{2024-03-31,2024-10-27,2025-03-30,2025-10-26,2026-03-29,2026-10-25}'],
  );
});

afterAll(() => db?.drop());

const run = async (statement: SeriesStatement) => {
  type Group = { supplyPointId: string; month: number; hour: number; offDay: boolean };
  const [row] = await sql<{ points?: unknown[]; totals?: unknown[]; groups?: Group[] }>(statement!.sql, statement!.params);
  // Every key of a group, so the order never depends on PostgreSQL's.
  const order = (g: Group) => `${g.supplyPointId}/${String(g.month * 100 + g.hour).padStart(4, '0')}/${g.offDay}`;
  return { ...row, groups: row!.groups?.sort((a, b) => order(a).localeCompare(order(b))) };
};

it.each([Granularity.DAY, Granularity.MONTH])('%s points, totals and tariff groups from the rollup equal those from the raw rows', async (granularity) => {
  const range = { from: '2024-01-01', to: '2026-12-31' };
  const parts = { points: true, totals: true, periods: true };
  const holidays = ['2024-11-01', '2025-11-01', '2026-03-29'];
  const raw = await run(rawSeriesStatement(ids, range, granularity, parts, holidays));
  expect(raw.points!.length).toBeGreaterThan(12);
  expect(raw.totals).toHaveLength(2);
  expect(raw.groups!.some((group) => group.offDay)).toBe(true);
  expect(await run(rollupSeriesStatement(ids, range, granularity, parts, holidays))).toEqual(raw);
});
