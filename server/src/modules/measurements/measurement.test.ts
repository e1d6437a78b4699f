import { randomUUID } from 'node:crypto';
import { buildCups, madridLocalParts, madridMidnight, periodsOf, sumDecimals, tariffPeriod, type AccessTariff } from '@portal/shared';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertAccounts, insertSupplyPoints, useResolvers } from '../../../test/resolvers.js';
import type { Context } from '../../core/context.js';
import { ALL_ROWS, scopedEntityManager, type RowScope } from '../../core/permissions/row-scope.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { Granularity } from '../../core/series/granularity.js';
import { MeasurementResolver } from './measurement.resolver.js';
import { MeasurementService } from './measurement.service.js';
import { SupplyPointMeasurementsResolver } from './supply-point-measurements.resolver.js';

// A root for SupplyPoint.measurements; the real supplyPoint query belongs to another module.
@Resolver()
class TestSupplyPointQuery {
  @Query(() => SupplyPoint, { nullable: true })
  testSupplyPoint(@Arg('cups', () => String) cups: string, @Ctx() { em }: Context): Promise<SupplyPoint | null> {
    return em.findOne(SupplyPoint, { cups });
  }

  @Query(() => [SupplyPoint])
  testSupplyPoints(@Ctx() { em }: Context): Promise<SupplyPoint[]> {
    return em.find(SupplyPoint, {}, { orderBy: { cups: 'asc' } });
  }
}

const ACCOUNT = randomUUID();
const OTHER_ACCOUNT = randomUUID();
/** 2.0TD, hourly, 2026-03-01 .. 2026-10-31 local: the DST and month tests. */
const HOURLY = { id: randomUUID(), cups: buildCups('0021000000000001'), tariff: '2.0TD' };
/** 3.0TD, quarter-hourly, 2026-06-10 and both DST days (2026-03-29, 2026-10-25). */
const QUARTERLY = { id: randomUUID(), cups: buildCups('0021000000000002'), tariff: '3.0TD' };
/** 2.0TD and 3.0TD with kWh = local hour + 1 on hand-picked days: the tariff period tests. */
const PERIODS_20 = { id: randomUUID(), cups: buildCups('0021000000000003'), tariff: '2.0TD' };
const PERIODS_30 = { id: randomUUID(), cups: buildCups('0021000000000004'), tariff: '3.0TD' };
/** Another customer's supply point. */
const FOREIGN = { id: randomUUID(), cups: buildCups('0031000000000005'), tariff: '2.0TD' };

const SERIES = `query ($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
  measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {
    cups accessTariff from to granularity total realKWh estimatedKWh estimatedShare
    points { start kWh estimated intervals }
    totalsByPeriod { period kWh }
  }
}`;

type Point = { start: string; kWh: string; estimated: boolean; intervals: number };
type Series = {
  cups: string;
  accessTariff: string;
  total: string;
  realKWh: string;
  estimatedKWh: string;
  estimatedShare: string;
  points: Point[];
  totalsByPeriod: { period: string; kWh: string }[];
};

describe('measurements', () => {
  const { db, sql, run } = useResolvers([MeasurementResolver, SupplyPointMeasurementsResolver, TestSupplyPointQuery]);

  async function series(cups: string, from: string, to: string, granularity: Granularity): Promise<Series> {
    const result = await run(SERIES, { cups, from, to, granularity });
    expect(result.errors).toBeUndefined();
    return (result.data as { measurements: Series }).measurements;
  }

  /** The sum the table holds in [fromInstant, toInstant), with no time-zone logic at all. */
  async function storedSum(supplyPointId: string, fromInstant: string, toInstant: string): Promise<string> {
    const [row] = await sql<{ sum: string }[]>(
      'select sum(kwh) as sum from measurement where supply_point_id = ? and start >= ?::timestamptz and start < ?::timestamptz',
      [supplyPointId, fromInstant, toInstant],
    );
    return row!.sum;
  }

  beforeAll(async () => {
    await insertAccounts(sql, ACCOUNT, OTHER_ACCOUNT);
    await insertSupplyPoints(sql, ACCOUNT, [HOURLY, QUARTERLY, PERIODS_20, PERIODS_30]);
    await insertSupplyPoints(sql, OTHER_ACCOUNT, [FOREIGN]);
    // Every UTC hour from 2026-03-01 to 2026-10-31 local; varied, exact values; every 10th hour estimated.
    await sql(
      `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
       select ?, t, 60, ((extract(epoch from t)::bigint / 3600) % 7 + 1) * 0.111, (extract(epoch from t)::bigint / 3600) % 10 = 0
       from generate_series(timestamptz '2026-03-01 00:00 Europe/Madrid', timestamptz '2026-10-31 23:00 Europe/Madrid', interval '1 hour') t`,
      [HOURLY.id],
    );
    await sql(
      `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
       select ?, t, 15, ((extract(epoch from t)::bigint / 900) % 4 + 1) * 0.010, false
       from generate_series(timestamptz '2026-06-10 00:00 Europe/Madrid', timestamptz '2026-06-10 23:45 Europe/Madrid', interval '15 minutes') t`,
      [QUARTERLY.id],
    );
    // Both DST days in quarter hours (92 and 100 of them); varied, exact values; every 7th quarter estimated.
    await sql(
      `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
       select ?, t, 15, ((extract(epoch from t)::bigint / 900) % 13 + 1) * 0.007, (extract(epoch from t)::bigint / 900) % 7 = 0
       from unnest(array[date '2026-03-29', date '2026-10-25']) day,
            generate_series(day::timestamp at time zone 'Europe/Madrid', (day + 1)::timestamp at time zone 'Europe/Madrid' - interval '15 minutes', interval '15 minutes') t`,
      [QUARTERLY.id],
    );
    // kWh = local hour + 1 (1..24, 300 a day); on Wednesday 2026-12-09 the night hours 0..7 (36 kWh) are estimated.
    await sql(
      `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
       select sp, (day + make_interval(hours => h)) at time zone 'Europe/Madrid', 60, h + 1, day = date '2026-12-09' and h < 8
       from unnest(?::uuid[]) sp, unnest(?::date[]) day, generate_series(0, 23) h`,
      [`{${PERIODS_20.id},${PERIODS_30.id}}`, '{2026-04-15,2026-12-08,2026-12-09,2026-12-12}'],
    );
    await sql(`insert into measurement select ?, timestamptz '2026-12-09 10:00 Europe/Madrid', 60, 5.000, false`, [FOREIGN.id]);
  });

  describe('daylight saving days', () => {
    it('gives the spring day (23 hours) a bucket from local midnight holding the sum of its hours', async () => {
      const days = await series(HOURLY.cups, '2026-03-28', '2026-03-30', Granularity.DAY);
      expect(days.points.map((point) => [point.start, point.intervals])).toEqual([
        ['2026-03-27T23:00:00.000Z', 24],
        ['2026-03-28T23:00:00.000Z', 23],
        ['2026-03-29T22:00:00.000Z', 24],
      ]);
      const hours = await series(HOURLY.cups, '2026-03-29', '2026-03-29', Granularity.HOUR);
      expect(hours.points).toHaveLength(23);
      expect(hours.points.every((point) => point.intervals === 1)).toBe(true);
      expect(days.points[1]!.kWh).toBe(sumDecimals(hours.points.map((point) => point.kWh)));
      expect(days.points[1]!.kWh).toBe(await storedSum(HOURLY.id, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z'));
    });

    it('gives the autumn day (25 hours) a bucket from local midnight holding the sum of its hours', async () => {
      const days = await series(HOURLY.cups, '2026-10-24', '2026-10-26', Granularity.DAY);
      expect(days.points.map((point) => [point.start, point.intervals])).toEqual([
        ['2026-10-23T22:00:00.000Z', 24],
        ['2026-10-24T22:00:00.000Z', 25],
        ['2026-10-25T23:00:00.000Z', 24],
      ]);
      const hours = await series(HOURLY.cups, '2026-10-25', '2026-10-25', Granularity.HOUR);
      expect(hours.points).toHaveLength(25);
      // Local 02:00 happens twice: two distinct hours, not one merged bucket.
      expect(hours.points.slice(0, 4).map((point) => point.start)).toEqual([
        '2026-10-24T22:00:00.000Z',
        '2026-10-24T23:00:00.000Z',
        '2026-10-25T00:00:00.000Z',
        '2026-10-25T01:00:00.000Z',
      ]);
      expect(days.points[1]!.kWh).toBe(sumDecimals(hours.points.map((point) => point.kWh)));
      expect(days.points[1]!.kWh).toBe(await storedSum(HOURLY.id, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z'));
    });

    it('sums each month from its local first midnight, equal to the sum of its days', async () => {
      const months = await series(HOURLY.cups, '2026-03-01', '2026-04-30', Granularity.MONTH);
      expect(months.points.map((point) => [point.start, point.intervals])).toEqual([
        ['2026-02-28T23:00:00.000Z', 31 * 24 - 1],
        ['2026-03-31T22:00:00.000Z', 30 * 24],
      ]);
      const march = await series(HOURLY.cups, '2026-03-01', '2026-03-31', Granularity.DAY);
      const april = await series(HOURLY.cups, '2026-04-01', '2026-04-30', Granularity.DAY);
      expect(march.points).toHaveLength(31);
      expect(months.points[0]!.kWh).toBe(sumDecimals(march.points.map((point) => point.kWh)));
      expect(months.points[1]!.kWh).toBe(sumDecimals(april.points.map((point) => point.kWh)));
      expect(months.total).toBe(sumDecimals([march.total, april.total]));
      expect(months.total).toBe(await storedSum(HOURLY.id, '2026-02-28T23:00:00Z', '2026-04-30T22:00:00Z'));
    });
  });

  describe('against the stored rows bucketed in JavaScript by their Madrid wall clock', () => {
    type Row = { start: Date; kwh: string; estimated: boolean };

    /** What a series must answer, computed from the rows with no SQL time-zone logic. */
    function expectedSeries(rows: Row[], granularity: Granularity, tariff: AccessTariff) {
      // The instant each row's bucket starts.
      const bucketOf = (start: Date): string => {
        const local = madridLocalParts(start);
        if (granularity === Granularity.DAY) return madridMidnight(local.date).toISOString();
        if (granularity === Granularity.MONTH) return madridMidnight(`${local.date.slice(0, 7)}-01`).toISOString();
        if (granularity === Granularity.HOUR) return new Date(Math.floor(start.getTime() / 3_600_000) * 3_600_000).toISOString();
        return start.toISOString();
      };
      const buckets = new Map<string, Row[]>();
      for (const row of rows) buckets.set(bucketOf(row.start), [...(buckets.get(bucketOf(row.start)) ?? []), row]);
      const kWhOf = (some: Row[]) => sumDecimals(some.map((row) => row.kwh), 3);
      return {
        points: [...buckets].map(([start, bucket]) => ({
          start,
          kWh: kWhOf(bucket),
          estimated: bucket.some((row) => row.estimated),
          intervals: bucket.length,
        })),
        total: kWhOf(rows),
        realKWh: kWhOf(rows.filter((row) => !row.estimated)),
        estimatedKWh: kWhOf(rows.filter((row) => row.estimated)),
        totalsByPeriod: periodsOf(tariff).map((period) => ({ period, kWh: kWhOf(rows.filter((row) => tariffPeriod(tariff, row.start) === period)) })),
      };
    }

    it.each([
      ['hourly, eight months by DAY', HOURLY, '2026-03-01', '2026-10-31', Granularity.DAY],
      ['hourly, eight months by MONTH', HOURLY, '2026-03-01', '2026-10-31', Granularity.MONTH],
      ['hourly, March (spring DST) by HOUR', HOURLY, '2026-03-01', '2026-03-31', Granularity.HOUR],
      ['hourly, October (autumn DST) by HOUR', HOURLY, '2026-10-01', '2026-10-31', Granularity.HOUR],
      ['quarter-hourly DST days by DAY', QUARTERLY, '2026-03-28', '2026-10-26', Granularity.DAY],
      ['quarter-hourly DST days by MONTH', QUARTERLY, '2026-03-01', '2026-10-31', Granularity.MONTH],
      ['quarter-hourly DST days by HOUR', QUARTERLY, '2026-03-29', '2026-10-25', Granularity.HOUR],
      ['quarter-hourly autumn DST day by QUARTER_HOUR', QUARTERLY, '2026-10-25', '2026-10-25', Granularity.QUARTER_HOUR],
    ])('answers %s', async (_, point, from, to, granularity) => {
      const rows = await sql<{ start: string; kwh: string; estimated: boolean }[]>(
        `select to_char(start at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as start, kwh::text as kwh, estimated from measurement
         where supply_point_id = ? and start >= (?::date)::timestamp at time zone 'Europe/Madrid' and start < (?::date + 1)::timestamp at time zone 'Europe/Madrid'
         order by start`,
        [point.id, from, to],
      );
      expect(rows.length).toBeGreaterThan(0);
      const expected = expectedSeries(rows.map((row) => ({ ...row, start: new Date(row.start) })), granularity, point.tariff as AccessTariff);
      expect(await series(point.cups, from, to, granularity)).toMatchObject(expected);
    });
  });

  describe('quarter hours', () => {
    it('returns the stored 15-minute rows as they are', async () => {
      const quarters = await series(QUARTERLY.cups, '2026-06-10', '2026-06-10', Granularity.QUARTER_HOUR);
      expect(quarters.points).toHaveLength(96);
      expect(quarters.points.slice(0, 3)).toEqual([
        { start: '2026-06-09T22:00:00.000Z', kWh: '0.010', estimated: false, intervals: 1 },
        { start: '2026-06-09T22:15:00.000Z', kWh: '0.020', estimated: false, intervals: 1 },
        { start: '2026-06-09T22:30:00.000Z', kWh: '0.030', estimated: false, intervals: 1 },
      ]);
      expect(quarters.total).toBe('2.400'); // 24 hours × (0.01 + 0.02 + 0.03 + 0.04)
    });

    it('sums four quarters per HOUR and keeps hourly rows hourly at QUARTER_HOUR', async () => {
      const hours = await series(QUARTERLY.cups, '2026-06-10', '2026-06-10', Granularity.HOUR);
      expect(hours.points).toHaveLength(24);
      expect(hours.points[0]).toEqual({ start: '2026-06-09T22:00:00.000Z', kWh: '0.100', estimated: false, intervals: 4 });
      const hourlyRows = await series(HOURLY.cups, '2026-06-10', '2026-06-10', Granularity.QUARTER_HOUR);
      expect(hourlyRows.points).toHaveLength(24);
    });
  });

  describe('totals per tariff period', () => {
    // kWh = hour + 1. 2.0TD weekday: P1 10-14 h and 18-22 h, P2 8-10, 14-18 and 22-24 h, P3 0-8 h.
    it.each([
      ['a weekday', '2026-12-09', { P1: '132.000', P2: '132.000', P3: '36.000' }],
      ['a Saturday', '2026-12-12', { P1: '0.000', P2: '0.000', P3: '300.000' }],
      ['a national holiday (Tuesday 8 December)', '2026-12-08', { P1: '0.000', P2: '0.000', P3: '300.000' }],
    ])('splits 2.0TD on %s', async (_, day, expected) => {
      const result = await series(PERIODS_20.cups, day, day, Granularity.DAY);
      expect(result.totalsByPeriod).toEqual(Object.entries(expected).map(([period, kWh]) => ({ period, kWh })));
    });

    // 3.0TD weekday: peak 9-14 h and 18-22 h, shoulder 8-9, 14-18 and 22-24 h, P6 0-8 h; December's
    // season puts them in P1/P2, April's (low season) in P4/P5.
    it.each([
      ['a December weekday', '2026-12-09', { P1: '142.000', P2: '122.000', P6: '36.000' }],
      ['an April weekday', '2026-04-15', { P4: '142.000', P5: '122.000', P6: '36.000' }],
      ['a Saturday', '2026-12-12', { P6: '300.000' }],
      ['a national holiday', '2026-12-08', { P6: '300.000' }],
    ])('splits 3.0TD on %s', async (_, day, expected: Record<string, string>) => {
      const result = await series(PERIODS_30.cups, day, day, Granularity.DAY);
      expect(result.totalsByPeriod).toEqual(
        ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map((period) => ({ period, kWh: expected[period] ?? '0.000' })),
      );
    });

    it('adds up to the total over several months, DST days included', async () => {
      const result = await series(HOURLY.cups, '2026-03-01', '2026-10-31', Granularity.MONTH);
      expect(result.totalsByPeriod.map((total) => total.period)).toEqual(['P1', 'P2', 'P3']);
      expect(sumDecimals(result.totalsByPeriod.map((total) => total.kWh))).toBe(result.total);
    });
  });

  describe('estimated energy', () => {
    it('splits real and estimated kWh and gives the estimated share', async () => {
      const result = await series(PERIODS_20.cups, '2026-12-09', '2026-12-09', Granularity.HOUR);
      expect(result).toMatchObject({ total: '300.000', realKWh: '264.000', estimatedKWh: '36.000', estimatedShare: '0.1200' });
      expect(result.points.map((point) => point.estimated)).toEqual(Array.from({ length: 24 }, (_, hour) => hour < 8));
    });

    it('marks a bucket estimated when any interval inside is', async () => {
      const result = await series(PERIODS_20.cups, '2026-12-08', '2026-12-09', Granularity.DAY);
      expect(result.points.map((point) => [point.kWh, point.estimated])).toEqual([
        ['300.000', false],
        ['300.000', true],
      ]);
    });

    it('gives each bucket the kWh of its estimated intervals, so a chart can draw the share', async () => {
      const result = await run(
        `query ($cups: String!) { measurements(cups: $cups, from: "2026-12-08", to: "2026-12-09", granularity: DAY) { points { kWh estimatedKWh } } }`,
        { cups: PERIODS_20.cups },
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as { measurements: { points: unknown[] } }).measurements.points).toEqual([
        { kWh: '300.000', estimatedKWh: '0.000' },
        { kWh: '300.000', estimatedKWh: '36.000' },
      ]);
    });

    it('answers a range without data with zeros, every period included', async () => {
      const result = await series(PERIODS_30.cups, '2025-01-01', '2025-01-31', Granularity.DAY);
      expect(result).toMatchObject({ points: [], total: '0.000', realKWh: '0.000', estimatedKWh: '0.000', estimatedShare: '0.0000' });
      expect(result.totalsByPeriod).toHaveLength(6);
      expect(result.totalsByPeriod.every((total) => total.kWh === '0.000')).toBe(true);
    });
  });

  it('normalises the CUPS as people write it and echoes the range', async () => {
    const messy = `${PERIODS_20.cups.slice(0, 6).toLowerCase()} ${PERIODS_20.cups.slice(6)}`;
    const result = await run(SERIES, { cups: messy, from: '2026-12-09', to: '2026-12-09', granularity: 'DAY' });
    expect(result.data?.measurements).toMatchObject({ cups: PERIODS_20.cups, accessTariff: '2.0TD', from: '2026-12-09', to: '2026-12-09', granularity: 'DAY', total: '300.000' });
  });

  it('serves SupplyPoint.measurements with the same series', async () => {
    const result = await run(
      `query ($cups: String!) { testSupplyPoint(cups: $cups) { measurements(from: "2026-12-09", to: "2026-12-09", granularity: DAY) { cups total points { start } totalsByPeriod { period kWh } } } }`,
      { cups: PERIODS_20.cups },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.testSupplyPoint).toEqual({
      measurements: {
        cups: PERIODS_20.cups,
        total: '300.000',
        points: [{ start: '2026-12-08T23:00:00.000Z' }],
        totalsByPeriod: [{ period: 'P1', kWh: '132.000' }, { period: 'P2', kWh: '132.000' }, { period: 'P3', kWh: '36.000' }],
      },
    });
  });

  describe('bad input', () => {
    const valid = { cups: HOURLY.cups, from: '2026-03-01', to: '2026-03-31', granularity: 'DAY' };

    it.each([
      ['to before from', { from: '2026-03-02', to: '2026-03-01' }, 'to', /must not be before from/],
      ['an HOUR range over 13 months', { from: '2025-01-01', to: '2026-02-01', granularity: 'HOUR' }, 'from', /longer than 13 months/],
      ['a QUARTER_HOUR range over 13 months', { from: '2025-01-31', to: '2026-03-01', granularity: 'QUARTER_HOUR' }, 'from', /longer than 13 months/],
      ['a DAY range over 10 years', { from: '2016-01-01', to: '2026-01-01' }, 'from', /longer than 120 months/],
      ['a MONTH range over 10 years', { from: '2016-03-01', to: '2026-03-01', granularity: 'MONTH' }, 'from', /longer than 120 months/],
      // Year 0 itself never gets here: the Date scalar refuses it (test/hostile-input.test.ts).
      ['a date before 1900', { from: '1899-12-31', to: '1900-01-31', granularity: 'MONTH' }, 'from', /1900-01-01 or later/],
      ['a malformed CUPS', { cups: 'ES0021' }, 'cups', /a CUPS has 20 or 22 characters/],
      ['wrong CUPS control letters', { cups: 'ES0021000000000001KR' }, 'cups', /control letters should be RK/],
      ['an unknown CUPS', { cups: buildCups('0099000000000009') }, 'cups', /no supply point with this CUPS/],
    ])('rejects %s as BAD_USER_INPUT on its argument', async (_, override, argument, message) => {
      const result = await run(SERIES, { ...valid, ...override });
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(result.errors![0]!.message).toMatch(message);
    });

    it('accepts the longest ranges: 13 months of hours, 10 years of days', async () => {
      expect((await run(SERIES, { ...valid, from: '2025-01-01', to: '2026-01-31', granularity: 'HOUR' })).errors).toBeUndefined();
      expect((await run(SERIES, { ...valid, from: '2016-01-01', to: '2025-12-31' })).errors).toBeUndefined();
    });

    it('answers a CUPS outside the viewer scope exactly like one that does not exist', async () => {
      // The viewer's row scope: ACCOUNT and its supply points, not FOREIGN.
      const scoped: RowScope = {
        kind: 'customer',
        accountIds: [ACCOUNT],
        supplyPointIds: [HOURLY.id, QUARTERLY.id, PERIODS_20.id, PERIODS_30.id],
      };
      const outOfScope = await run(SERIES, { ...valid, cups: FOREIGN.cups }, scoped);
      const unknown = await run(SERIES, { ...valid, cups: buildCups('0031000000000099') }, scoped);
      expect(outOfScope.errors).toHaveLength(1);
      expect(outOfScope.data).toEqual(unknown.data);
      expect(outOfScope.errors!.map((error) => error.toJSON())).toEqual(unknown.errors!.map((error) => error.toJSON()));
      // ...while without the scope the same CUPS has data: the filter, not a missing row, hid it.
      expect((await series(FOREIGN.cups, '2026-12-09', '2026-12-09', Granularity.DAY)).total).toBe('5.000');
    });
  });

  it('batches SupplyPoint.measurements of a list, each alias answering as the measurements query', async () => {
    const fields = 'cups accessTariff from to granularity total realKWh estimatedKWh estimatedShare points { start kWh estimated intervals } totalsByPeriod { period kWh }';
    const result = await run(
      `{ testSupplyPoints { cups
          december: measurements(from: "2026-12-08", to: "2026-12-12", granularity: DAY) { ${fields} }
          spring: measurements(from: "2026-04-01", to: "2026-06-30", granularity: MONTH) { ${fields} } } }`,
      {},
    );
    expect(result.errors).toBeUndefined();
    const roots = (result.data as { testSupplyPoints: { cups: string; december: Series; spring: Series }[] }).testSupplyPoints;
    expect(roots.map((root) => root.cups)).toEqual([HOURLY, QUARTERLY, PERIODS_20, PERIODS_30, FOREIGN].map((point) => point.cups).sort());
    for (const root of roots) {
      expect(root.december).toEqual(await series(root.cups, '2026-12-08', '2026-12-12', Granularity.DAY));
      expect(root.spring).toEqual(await series(root.cups, '2026-04-01', '2026-06-30', Granularity.MONTH));
    }
    // CUPS without intervals in the range: zeros at the usual scales, every period of their tariff.
    const empty = roots.find((root) => root.cups === HOURLY.cups)!.december;
    expect(empty).toMatchObject({ total: '0.000', realKWh: '0.000', estimatedKWh: '0.000', estimatedShare: '0.0000', points: [] });
    expect(empty.totalsByPeriod.map((total) => total.kWh)).toEqual(['0.000', '0.000', '0.000']);
  });

  it('batches through the service in the given order, a tariff the rules do not know getting no periods', async () => {
    const service = new MeasurementService(scopedEntityManager(db.orm.em, ALL_ROWS));
    const request = { from: '2026-12-12', to: '2026-12-12', granularity: Granularity.DAY };
    const [unknown, known] = await service.seriesOfMany(
      [
        { id: PERIODS_20.id, cups: PERIODS_20.cups, accessTariff: '9.9XX' },
        { id: PERIODS_30.id, cups: PERIODS_30.cups, accessTariff: '3.0TD' },
      ],
      request,
    );
    expect(unknown).toMatchObject({ cups: PERIODS_20.cups, total: '300.000', totalsByPeriod: [] });
    expect(known).toEqual(await service.series({ id: PERIODS_30.id, cups: PERIODS_30.cups, accessTariff: '3.0TD' }, request));
    expect(await service.seriesOfMany([], request)).toEqual([]);
  });

  it('reads through the service with the root of a field resolver', async () => {
    const result = await new MeasurementService(scopedEntityManager(db.orm.em, ALL_ROWS)).series(
      { id: PERIODS_30.id, cups: PERIODS_30.cups, accessTariff: '3.0TD' },
      { from: '2026-12-12', to: '2026-12-12', granularity: Granularity.DAY },
    );
    expect(result.points).toEqual([{ start: new Date('2026-12-11T23:00:00Z'), kWh: '300.000', estimated: false, estimatedKWh: '0.000', intervals: 24 }]);
  });
});
