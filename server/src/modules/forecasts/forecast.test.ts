import { randomUUID } from 'node:crypto';
import { buildCups } from '@portal/shared';
import type { ExecutionResult } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertAccounts, insertSupplyPoints, useResolvers } from '../../../test/resolvers.js';
import { DeviationResolver } from './deviation.resolver.js';
import { ForecastResolver } from './forecast.resolver.js';

const ACCOUNT = randomUUID();
/** Hourly measurements and forecasts with hand-picked numbers. */
const HOURLY = { id: randomUUID(), cups: buildCups('0021000000000011') };
/** Quarter-hour measurements against an hourly forecast. */
const QUARTERLY = { id: randomUUID(), cups: buildCups('0021000000000012') };

const FORECASTS = `query ($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
  forecasts(cups: $cups, from: $from, to: $to, granularity: $granularity) { cups from to granularity total points { start kWh } }
}`;

const DEVIATIONS = `query ($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
  deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {
    cups granularity
    points { start measuredKWh forecastKWh deviationKWh deviationPercent }
    summary {
      measuredKWh forecastKWh deviationKWh absoluteDeviationKWh deviationPercent
      worstIntervals { start measuredKWh forecastKWh deviationKWh deviationPercent }
    }
  }
}`;

const point = (start: string, measuredKWh: string, forecastKWh: string, deviationKWh: string, deviationPercent: string | null) => ({
  start,
  measuredKWh,
  forecastKWh,
  deviationKWh,
  deviationPercent,
});

describe('forecasts and deviations', () => {
  const { sql, run } = useResolvers([ForecastResolver, DeviationResolver]);

  async function query<T>(source: string, variableValues: Record<string, unknown>): Promise<ExecutionResult & { data?: T | null }> {
    return (await run(source, variableValues)) as ExecutionResult & { data?: T | null };
  }

  /** Rows at local wall-clock times ('2026-12-09T00:00' in Europe/Madrid). */
  async function insert(table: 'measurement' | 'forecast', supplyPointId: string, minutes: number, rows: [string, string][]): Promise<void> {
    const extra = table === 'measurement' ? 'false' : 'now()';
    await sql(
      `insert into ${table} select ?, local::timestamp at time zone 'Europe/Madrid', ?, kwh, ${extra}
       from unnest(?::text[], ?::numeric[]) as r(local, kwh)`,
      [supplyPointId, minutes, `{${rows.map(([local]) => local).join(',')}}`, `{${rows.map(([, kwh]) => kwh).join(',')}}`],
    );
  }

  beforeAll(async () => {
    await insertAccounts(sql, ACCOUNT);
    await insertSupplyPoints(sql, ACCOUNT, [HOURLY, QUARTERLY]);
    // 00 h: +2 (25 %), 01 h: +5 on a zero forecast, 02 h: -1 (-25 %), 03 h: -2.5 (-25 %), 04 h: 0, 05 h: +0.5 (33.33 %),
    // 06 h: measured only, 07 h: forecast only; next day 00 h: -1 (-20 %).
    await insert('measurement', HOURLY.id, 60, [
      ['2026-12-09T00:00', '10.000'], ['2026-12-09T01:00', '5.000'], ['2026-12-09T02:00', '3.000'], ['2026-12-09T03:00', '7.500'],
      ['2026-12-09T04:00', '1.000'], ['2026-12-09T05:00', '2.000'], ['2026-12-09T06:00', '9.000'], ['2026-12-10T00:00', '4.000'],
    ]);
    await insert('forecast', HOURLY.id, 60, [
      ['2026-12-09T00:00', '8.000'], ['2026-12-09T01:00', '0.000'], ['2026-12-09T02:00', '4.000'], ['2026-12-09T03:00', '10.000'],
      ['2026-12-09T04:00', '1.000'], ['2026-12-09T05:00', '1.500'], ['2026-12-09T07:00', '6.000'], ['2026-12-10T00:00', '5.000'],
    ]);
    // Four quarters of 1 kWh against a 3 kWh hour; and 2 kWh against a zero forecast the next day.
    await insert('measurement', QUARTERLY.id, 15, [
      ['2026-12-09T10:00', '1.000'], ['2026-12-09T10:15', '1.000'], ['2026-12-09T10:30', '1.000'], ['2026-12-09T10:45', '1.000'],
      ['2026-12-10T00:00', '2.000'],
    ]);
    await insert('forecast', QUARTERLY.id, 60, [['2026-12-09T10:00', '3.000'], ['2026-12-10T00:00', '0.000']]);
  });

  describe('forecasts', () => {
    it('sums forecasts per local day, hours without a measurement included', async () => {
      const result = await query<{ forecasts: unknown }>(FORECASTS, { cups: HOURLY.cups, from: '2026-12-09', to: '2026-12-10', granularity: 'DAY' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.forecasts).toEqual({
        cups: HOURLY.cups,
        from: '2026-12-09',
        to: '2026-12-10',
        granularity: 'DAY',
        total: '35.500',
        points: [
          { start: '2026-12-08T23:00:00.000Z', kWh: '30.500' },
          { start: '2026-12-09T23:00:00.000Z', kWh: '5.000' },
        ],
      });
    });

    it('gives one point per forecast hour at HOUR', async () => {
      const result = await query<{ forecasts: { points: unknown[] } }>(FORECASTS, { cups: HOURLY.cups, from: '2026-12-09', to: '2026-12-10', granularity: 'HOUR' });
      expect(result.data?.forecasts.points).toHaveLength(8);
    });
  });

  describe('deviations', () => {
    /** `cups`' deviations from `from` to `to` (local dates) at `granularity`. */
    const deviations = (cups: string, from: string, to: string, granularity: string) =>
      query<{ deviations: { points: unknown[]; summary: { deviationPercent: string | null } } }>(DEVIATIONS, { cups, from, to, granularity });

    it('pairs hours that have both values and gives kWh and %, null % on a zero forecast', async () => {
      const result = await deviations(HOURLY.cups, '2026-12-09', '2026-12-10', 'HOUR');
      expect(result.errors).toBeUndefined();
      expect(result.data?.deviations.points).toEqual([
        point('2026-12-08T23:00:00.000Z', '10.000', '8.000', '2.000', '25.00'),
        point('2026-12-09T00:00:00.000Z', '5.000', '0.000', '5.000', null),
        point('2026-12-09T01:00:00.000Z', '3.000', '4.000', '-1.000', '-25.00'),
        point('2026-12-09T02:00:00.000Z', '7.500', '10.000', '-2.500', '-25.00'),
        point('2026-12-09T03:00:00.000Z', '1.000', '1.000', '0.000', '0.00'),
        point('2026-12-09T04:00:00.000Z', '2.000', '1.500', '0.500', '33.33'),
        point('2026-12-09T23:00:00.000Z', '4.000', '5.000', '-1.000', '-20.00'),
      ]);
    });

    it('buckets paired hours per local day and summarises the range with its worst hours', async () => {
      const result = await deviations(HOURLY.cups, '2026-12-09', '2026-12-10', 'DAY');
      expect(result.data?.deviations).toEqual({
        cups: HOURLY.cups,
        granularity: 'DAY',
        points: [
          point('2026-12-08T23:00:00.000Z', '28.500', '24.500', '4.000', '16.33'),
          point('2026-12-09T23:00:00.000Z', '4.000', '5.000', '-1.000', '-20.00'),
        ],
        summary: {
          measuredKWh: '32.500',
          forecastKWh: '29.500',
          deviationKWh: '3.000',
          absoluteDeviationKWh: '12.000',
          deviationPercent: '10.17',
          // Largest |deviation| first; the two of 1 kWh in time order.
          worstIntervals: [
            point('2026-12-09T00:00:00.000Z', '5.000', '0.000', '5.000', null),
            point('2026-12-09T02:00:00.000Z', '7.500', '10.000', '-2.500', '-25.00'),
            point('2026-12-08T23:00:00.000Z', '10.000', '8.000', '2.000', '25.00'),
            point('2026-12-09T01:00:00.000Z', '3.000', '4.000', '-1.000', '-25.00'),
            point('2026-12-09T23:00:00.000Z', '4.000', '5.000', '-1.000', '-20.00'),
          ],
        },
      });
    });

    it('compares quarter-hour readings with the hourly forecast per hour', async () => {
      const result = await deviations(QUARTERLY.cups, '2026-12-09', '2026-12-09', 'QUARTER_HOUR');
      expect(result.data?.deviations.points).toEqual([point('2026-12-09T09:00:00.000Z', '4.000', '3.000', '1.000', '33.33')]);
    });

    it('gives a null % to a day and a summary whose forecast is zero', async () => {
      const result = await deviations(QUARTERLY.cups, '2026-12-10', '2026-12-10', 'DAY');
      expect(result.data?.deviations.points).toEqual([point('2026-12-09T23:00:00.000Z', '2.000', '0.000', '2.000', null)]);
      expect(result.data?.deviations.summary.deviationPercent).toBeNull();
    });

    it('answers a range without pairs with zeros and no worst hours', async () => {
      const result = await deviations(HOURLY.cups, '2026-01-01', '2026-01-31', 'DAY');
      expect(result.data?.deviations).toMatchObject({
        points: [],
        summary: { measuredKWh: '0.000', forecastKWh: '0.000', deviationKWh: '0.000', absoluteDeviationKWh: '0.000', deviationPercent: null, worstIntervals: [] },
      });
    });
  });

  describe.each([
    ['forecasts', FORECASTS],
    ['deviations', DEVIATIONS],
  ])('bad input to %s', (_, source) => {
    const valid = { cups: HOURLY.cups, from: '2026-12-01', to: '2026-12-31', granularity: 'HOUR' };
    it.each([
      ['to before from', { to: '2026-11-30' }, 'to'],
      ['an HOUR range over 13 months', { from: '2025-11-30' }, 'from'],
      ['a malformed CUPS', { cups: 'ES00210000000000011X' }, 'cups'],
      ['an unknown CUPS', { cups: buildCups('0099000000000019') }, 'cups'],
    ])('rejects %s as BAD_USER_INPUT', async (__, override, argument) => {
      const result = await query(source, { ...valid, ...override });
      expect(result.data).toBeNull();
      expect(result.errors?.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', argument })]);
    });
  });
});
