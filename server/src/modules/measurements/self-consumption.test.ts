import { randomUUID } from 'node:crypto';
import { buildCups } from '@portal/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertAccounts, insertSupplyPoints, useResolvers } from '../../../test/resolvers.js';
import type { RowScope } from '../../core/permissions/row-scope.js';
import { SelfConsumptionResolver } from './self-consumption.resolver.js';

const ACCOUNT = randomUUID();
const OTHER_ACCOUNT = randomUUID();
/** Hourly, with solar columns, on 2026-03-28..30 (spring DST day 29) and 2026-10-24..26 (autumn DST day 25). */
const SOLAR = { id: randomUUID(), cups: buildCups('0021000000000011') };
/** Hourly, without solar columns (an older curve). */
const PLAIN = { id: randomUUID(), cups: buildCups('0021000000000012') };
/** Another customer's self-consumer. */
const FOREIGN = { id: randomUUID(), cups: buildCups('0031000000000013') };

const FLOWS = 'importedKWh exportedKWh generatedKWh selfConsumedKWh selfSufficiency selfConsumptionShare intervals solarIntervals';
const SERIES = `query ($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
  selfConsumption(cups: $cups, from: $from, to: $to, granularity: $granularity) {
    cups from to granularity
    points { start estimated ${FLOWS} }
    total { estimatedShare ${FLOWS} }
  }
}`;

type Flows = {
  importedKWh: string;
  exportedKWh: string;
  generatedKWh: string;
  selfConsumedKWh: string;
  selfSufficiency: string | null;
  selfConsumptionShare: string | null;
  intervals: number;
  solarIntervals: number;
};
type Series = { cups: string; points: (Flows & { start: string; estimated: boolean })[]; total: Flows & { estimatedShare: string } };

describe('selfConsumption', () => {
  const resolvers = useResolvers([SelfConsumptionResolver]);
  const { sql } = resolvers;
  const run = (variableValues: Record<string, unknown>, scope?: RowScope) => resolvers.run(SERIES, variableValues, scope);

  async function series(cups: string, from: string, to: string, granularity: string): Promise<Series> {
    const result = await run({ cups, from, to, granularity });
    expect(result.errors).toBeUndefined();
    return (result.data as { selfConsumption: Series }).selfConsumption;
  }

  beforeAll(async () => {
    await insertAccounts(sql, ACCOUNT, OTHER_ACCOUNT);
    await insertSupplyPoints(sql, ACCOUNT, [SOLAR, PLAIN]);
    await insertSupplyPoints(sql, OTHER_ACCOUNT, [FOREIGN]);
    // Local hours 10..17 (8 a day, on either DST day too): 0.5 imported, 0.2 exported, 1.0 generated,
    // 0.3 self-consumed; other hours 0.4 imported and 0 solar. The local midnight hour is estimated.
    await sql(
      `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh)
       select sp, t, 60, case when sunny then 0.5 else 0.4 end, local_hour = 0,
              case when solar then (case when sunny then 0.2 else 0 end) end,
              case when solar then (case when sunny then 1.0 else 0 end) end,
              case when solar then (case when sunny then 0.3 else 0 end) end
       from unnest(?::uuid[], ?::boolean[]) as s(sp, solar),
            unnest(array[date '2026-03-28', date '2026-10-24']) first_day,
            generate_series(first_day::timestamp at time zone 'Europe/Madrid', (first_day + 3)::timestamp at time zone 'Europe/Madrid' - interval '1 hour', interval '1 hour') t,
            lateral (select extract(hour from t at time zone 'Europe/Madrid') as local_hour) h,
            lateral (select local_hour between 10 and 17 as sunny) d`,
      [`{${SOLAR.id},${PLAIN.id},${FOREIGN.id}}`, '{true,false,true}'],
    );
  });

  it('gives the spring day (23 hours) its flows from local midnight, with both percentages', async () => {
    const days = await series(SOLAR.cups, '2026-03-28', '2026-03-30', 'DAY');
    expect(days.points.map((point) => [point.start, point.intervals])).toEqual([
      ['2026-03-27T23:00:00.000Z', 24],
      ['2026-03-28T23:00:00.000Z', 23],
      ['2026-03-29T22:00:00.000Z', 24],
    ]);
    // 8 × 0.5 + 15 × 0.4 imported; 8 × 0.3 self-consumed: 2.4 / 12.4 = 0.19354…; 2.4 / 8 = 0.3.
    expect(days.points[1]).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      estimated: true,
      importedKWh: '10.000',
      exportedKWh: '1.600',
      generatedKWh: '8.000',
      selfConsumedKWh: '2.400',
      selfSufficiency: '0.1935',
      selfConsumptionShare: '0.3000',
      intervals: 23,
      solarIntervals: 23,
    });
  });

  it('gives the autumn day (25 hours) its flows, and its two 02:00 hours apart', async () => {
    const days = await series(SOLAR.cups, '2026-10-25', '2026-10-25', 'DAY');
    // 8 × 0.5 + 17 × 0.4 = 10.8 imported; 2.4 / 13.2 = 0.18181…
    expect(days.points).toEqual([
      expect.objectContaining({ start: '2026-10-24T22:00:00.000Z', intervals: 25, importedKWh: '10.800', selfConsumedKWh: '2.400', selfSufficiency: '0.1818' }),
    ]);
    const hours = await series(SOLAR.cups, '2026-10-25', '2026-10-25', 'HOUR');
    expect(hours.points).toHaveLength(25);
    expect(hours.points.slice(2, 4).map((point) => point.start)).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T01:00:00.000Z']);
    // 10:00 local (CET, UTC+1) is the first sunny hour: everything self-consumed is 0.3 of 1.0 generated.
    expect(hours.points.find((point) => point.start === '2026-10-25T09:00:00.000Z')).toMatchObject({
      importedKWh: '0.500',
      selfConsumedKWh: '0.300',
      selfSufficiency: '0.3750',
      selfConsumptionShare: '0.3000',
    });
    // A night hour: nothing generated, so no self-consumption share (not a division by zero).
    expect(hours.points[0]).toMatchObject({ generatedKWh: '0.000', selfSufficiency: '0.0000', selfConsumptionShare: null });
  });

  it('totals a range and its months from local first midnights, with the estimated share', async () => {
    const months = await series(SOLAR.cups, '2026-03-28', '2026-10-26', 'MONTH');
    expect(months.points.map((point) => [point.start, point.intervals, point.importedKWh])).toEqual([
      ['2026-02-28T23:00:00.000Z', 71, '30.800'],
      ['2026-09-30T22:00:00.000Z', 73, '31.600'],
    ]);
    // 6 days × 8 sunny hours; imported 10.4 + 10.0 + 10.4 and 10.4 + 10.8 + 10.4; self-consumed 6 × 2.4.
    expect(months.total).toEqual({
      importedKWh: '62.400',
      exportedKWh: '9.600',
      generatedKWh: '48.000',
      selfConsumedKWh: '14.400',
      // 14.4 / (62.4 + 14.4)
      selfSufficiency: '0.1875',
      selfConsumptionShare: '0.3000',
      intervals: 144,
      solarIntervals: 144,
      // Six estimated midnight hours of 0.4 kWh: 2.4 / 76.8 = 0.03125, rounded half up.
      estimatedShare: '0.0313',
    });
  });

  it('gives each bucket the consumed kWh and share from estimated intervals, not only a flag', async () => {
    const result = await resolvers.run(`{ selfConsumption(cups: "${SOLAR.cups}", from: "2026-03-28", to: "2026-03-29", granularity: DAY) {
        points { estimated estimatedKWh estimatedShare } total { estimatedKWh estimatedShare } } }`);
    expect(result.errors).toBeUndefined();
    // One estimated midnight hour of 0.4 kWh a day: 0.4 / (10.4 + 2.4) and 0.4 / (10.0 + 2.4).
    expect((result.data as { selfConsumption: unknown }).selfConsumption).toEqual({
      points: [
        { estimated: true, estimatedKWh: '0.400', estimatedShare: '0.0313' },
        { estimated: true, estimatedKWh: '0.400', estimatedShare: '0.0323' },
      ],
      total: { estimatedKWh: '0.800', estimatedShare: '0.0317' },
    });
  });

  it('tells a curve without solar columns (no solar data) from zero production', async () => {
    const { total } = await series(PLAIN.cups, '2026-03-28', '2026-03-30', 'DAY');
    expect(total).toMatchObject({ importedKWh: '30.800', exportedKWh: '0.000', selfConsumedKWh: '0.000', intervals: 71, solarIntervals: 0 });
    expect(total.selfSufficiency).toBeNull();
    expect(total.selfConsumptionShare).toBeNull();
  });

  it('counts in the self-consumption share only intervals that know their generation', async () => {
    // 1 December: a Datadis-like day (generated and self-consumed); 2 December: an e-distribución-like
    // day (self-consumed, generation unknown). Sunny hours 10..17: 1.0 generated, 0.3 self-consumed.
    await sql(
      `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh)
       select ?::uuid, t, 60, 0.4, false, 0, case when local_day = date '2026-12-01' then (case when sunny then 1.0 else 0 end) end,
              case when sunny then 0.3 else 0 end
       from generate_series(timestamp '2026-12-01' at time zone 'Europe/Madrid', timestamp '2026-12-02 23:00' at time zone 'Europe/Madrid', interval '1 hour') t,
            lateral (select (t at time zone 'Europe/Madrid')::date as local_day, extract(hour from t at time zone 'Europe/Madrid') between 10 and 17 as sunny) l`,
      [SOLAR.id],
    );
    const { total } = await series(SOLAR.cups, '2026-12-01', '2026-12-02', 'DAY');
    // 2.4 self-consumed of 8.0 generated on the day that knows both; the second day's 2.4 has no generation to share.
    expect(total).toMatchObject({ generatedKWh: '8.000', selfConsumedKWh: '4.800', selfConsumptionShare: '0.3000' });
  });

  it('answers a range without data with no points and zero totals', async () => {
    const empty = await series(SOLAR.cups, '2026-01-01', '2026-01-31', 'DAY');
    expect(empty.points).toEqual([]);
    expect(empty.total).toMatchObject({ importedKWh: '0.000', intervals: 0, solarIntervals: 0, selfSufficiency: null, estimatedShare: '0.0000' });
  });

  it('refuses a range over its granularity cap as measurements do', async () => {
    const result = await run({ cups: SOLAR.cups, from: '2025-01-01', to: '2026-02-01', granularity: 'HOUR' });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
  });

  it('answers a CUPS outside the viewer scope exactly like one that does not exist', async () => {
    const scoped: RowScope = { kind: 'customer', accountIds: [ACCOUNT], supplyPointIds: [SOLAR.id, PLAIN.id] };
    const range = { from: '2026-03-28', to: '2026-03-30', granularity: 'DAY' };
    const outOfScope = await run({ ...range, cups: FOREIGN.cups }, scoped);
    const unknown = await run({ ...range, cups: buildCups('0031000000000099') }, scoped);
    expect(outOfScope.errors).toHaveLength(1);
    expect(outOfScope.data).toEqual(unknown.data);
    expect(outOfScope.errors!.map((error) => error.toJSON())).toEqual(unknown.errors!.map((error) => error.toJSON()));
    // Without the scope the same CUPS has solar data: the filter, not a missing row, hid it.
    expect((await series(FOREIGN.cups, range.from, range.to, 'DAY')).total.solarIntervals).toBe(71);
  });
});
