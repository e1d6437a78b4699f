import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext } from '../../../test/context.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import type { Context } from '../../core/context.js';
import { MarketPriceResolver } from './market-price.resolver.js';

const PRICES = `query ($from: Date!, $to: Date!) {
  marketPrices(from: $from, to: $to) {
    from to
    points { start intervalMinutes priceEs pricePt }
    days { date averageEs minEs maxEs averagePt minPt maxPt }
  }
}`;

type Prices = {
  points: { start: string; intervalMinutes: number; priceEs: string; pricePt: string }[];
  days: Record<string, string>[];
};

describe('marketPrices', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;

  const run = (variableValues: Record<string, unknown>): Promise<ExecutionResult & { data?: { marketPrices: Prices } | null }> => {
    const contextValue: Context = testContext(db.orm);
    return graphql({ schema, source: PRICES, variableValues, contextValue }) as Promise<ExecutionResult & { data?: { marketPrices: Prices } | null }>;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await buildSchema({ resolvers: [MarketPriceResolver], validate: false });
    const sql = (text: string): Promise<unknown> => db.orm.em.getConnection().execute(text);
    // Sunday 29 March 2026 has 23 hours: ES 10.00, 11.00 … 32.00 (avg 21.00); PT 100.00 down to 78.00 (avg 89.00).
    await sql(`insert into market_price select t, 60, 9 + i, 101 - i
               from generate_series(timestamptz '2026-03-29 00:00 Europe/Madrid', timestamptz '2026-03-29 23:00 Europe/Madrid', interval '1 hour')
               with ordinality as hours(t, i)`);
    // Monday 30 March: ES 50.00 except one hour at 60.01 (avg 1210.01 / 24 = 50.417…); PT 20.00 except one 21.00 (avg 20.041…).
    await sql(`insert into market_price select t, 60, case when extract(hour from t at time zone 'Europe/Madrid') = 20 then 60.01 else 50 end,
                      case when extract(hour from t at time zone 'Europe/Madrid') = 3 then 21 else 20 end
               from generate_series(timestamptz '2026-03-30 00:00 Europe/Madrid', timestamptz '2026-03-30 23:00 Europe/Madrid', interval '1 hour') t`);
    // Outside the range asked for below.
    await sql(`insert into market_price values (timestamptz '2026-03-31 00:00 Europe/Madrid', 60, 999, 999)`);
  });
  afterAll(() => db.drop());

  it('returns every interval of the local days and a min/max/avg summary per local day', async () => {
    const result = await run({ from: '2026-03-29', to: '2026-03-30' });
    expect(result.errors).toBeUndefined();
    const { points, days } = result.data!.marketPrices;
    expect(points).toHaveLength(23 + 24);
    expect(points[0]).toEqual({ start: '2026-03-28T23:00:00.000Z', intervalMinutes: 60, priceEs: '10.00', pricePt: '100.00' });
    expect(points[1]!.start).toBe('2026-03-29T00:00:00.000Z');
    expect(points[2]!.start).toBe('2026-03-29T01:00:00.000Z'); // 03:00 local: 02:00 does not exist that day
    expect(points.at(-1)!.start).toBe('2026-03-30T21:00:00.000Z');
    expect(days).toEqual([
      { date: '2026-03-29', averageEs: '21.00', minEs: '10.00', maxEs: '32.00', averagePt: '89.00', minPt: '78.00', maxPt: '100.00' },
      { date: '2026-03-30', averageEs: '50.42', minEs: '50.00', maxEs: '60.01', averagePt: '20.04', minPt: '20.00', maxPt: '21.00' },
    ]);
  });

  it('answers days without prices with empty lists', async () => {
    const result = await run({ from: '2026-01-01', to: '2026-01-31' });
    expect(result.data?.marketPrices).toEqual({ from: '2026-01-01', to: '2026-01-31', points: [], days: [] });
  });

  it.each([
    ['to before from', { from: '2026-03-30', to: '2026-03-29' }, 'to'],
    ['a range over 13 months', { from: '2025-01-01', to: '2026-02-01' }, 'from'],
    // Year 0 itself never gets here: the Date scalar refuses it (test/hostile-input.test.ts).
    ['a date before 1900', { from: '1899-12-31', to: '1900-01-01' }, 'from'],
  ])('rejects %s as BAD_USER_INPUT', async (_, variables, argument) => {
    const result = await run(variables);
    expect(result.data).toBeNull();
    expect(result.errors?.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', argument })]);
  });

  it('accepts 13 months', async () => {
    expect((await run({ from: '2025-01-01', to: '2026-01-31' })).errors).toBeUndefined();
  });
});
