import { buildCups } from '@portal/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createContract, createSupplyPoint } from '../../../test/factories.js';
import { useResolvers } from '../../../test/resolvers.js';
import type { RowScope } from '../../core/permissions/row-scope.js';
import { ContractStatus } from '../contracts/contract.entity.js';
import type { CustomerAccount } from '../customers/customer-account.entity.js';
import type { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { SelfConsumptionResolver } from './self-consumption.resolver.js';

/** Wednesdays 2026-05-13, 06-10, 07-15 and 08-12 (2.0TD, no holiday), hourly with solar columns. */
let solar: SupplyPoint;
/** The same curve; its contract states only a P1 price. */
let partlyPriced: SupplyPoint;
/** Another customer's self-consumer. */
let foreign: SupplyPoint;
let account: CustomerAccount;

const SAVINGS = `query ($cups: String!, $from: Date!, $to: Date!) {
  selfConsumptionSavings(cups: $cups, from: $from, to: $to) {
    cups from to
    months {
      month surplusKWh compensationSource compensationPrice avoidedPurchaseEuros compensationBeforeCapEuros
      compensationCapEuros compensationEuros savingsEuros missing
      periods { period energyPrice selfConsumedKWh importedKWh avoidedEuros energyTermEuros }
    }
  }
}`;

type Month = Record<string, unknown> & { month: string; periods: Record<string, unknown>[] };
type Savings = { cups: string; months: Month[] };

/**
 * Each day: local hours 10..13 (P1) import 0.1 kWh and self-consume 1 kWh, exporting 10 kWh in June and
 * 1 kWh in other months; every other hour imports 0.5 kWh. Per day, by 2.0TD period:
 * P1 self-consumed 4, imported 4 × 0.1 + 4 × 0.5 (18..21) = 2.4; P2 (8, 9, 14..17, 22, 23) imported 4; P3 (0..7) imported 4.
 * At 0.20 / 0.15 / 0.10 €/kWh: avoided 4 × 0.20 = 0.80 €; energy term (the cap) 0.48 + 0.60 + 0.40 = 1.48 €.
 */
const PERIODS = [
  { period: 'P1', energyPrice: '0.200000', selfConsumedKWh: '4.000', importedKWh: '2.400', avoidedEuros: '0.80', energyTermEuros: '0.48' },
  { period: 'P2', energyPrice: '0.150000', selfConsumedKWh: '0.000', importedKWh: '4.000', avoidedEuros: '0.00', energyTermEuros: '0.60' },
  { period: 'P3', energyPrice: '0.100000', selfConsumedKWh: '0.000', importedKWh: '4.000', avoidedEuros: '0.00', energyTermEuros: '0.40' },
];

describe('selfConsumptionSavings', () => {
  const resolvers = useResolvers([SelfConsumptionResolver]);
  const { db, sql } = resolvers;
  const run = (variableValues: Record<string, unknown>, scope?: RowScope) => resolvers.run(SAVINGS, variableValues, scope);

  async function savings(cups: string, from = '2026-05-01', to = '2026-08-31'): Promise<Savings> {
    const result = await run({ cups, from, to });
    expect(result.errors).toBeUndefined();
    return (result.data as { selfConsumptionSavings: Savings }).selfConsumptionSavings;
  }

  beforeAll(async () => {
    const em = db.orm.em.fork();
    account = await createAccount(em);
    const otherAccount = await createAccount(em);
    [solar, partlyPriced, foreign] = [
      await createSupplyPoint(em, account),
      await createSupplyPoint(em, account),
      await createSupplyPoint(em, otherAccount),
    ];
    const prices = { P1: '0.200000', P2: '0.150000', P3: '0.100000' };
    // solar: no contract in May; June with a compensation price of 0.06 €/kWh; from July without one (market price).
    await createContract(em, solar, { code: 'CT-JUNE', startDate: '2026-06-01', endDate: '2026-06-30', status: ContractStatus.TERMINATED, energyPrices: prices, compensationPrice: '0.060000' });
    await createContract(em, solar, { code: 'CT-JULY', startDate: '2026-07-01', energyPrices: prices });
    // A draft never counts, even where nothing else is in force.
    await createContract(em, solar, { startDate: '2026-05-01', status: ContractStatus.DRAFT, energyPrices: prices, compensationPrice: '0.900000' });
    await createContract(em, partlyPriced, { startDate: '2026-01-01', energyPrices: { P1: '0.200000' }, compensationPrice: '0.060000' });
    await createContract(em, foreign, { startDate: '2026-01-01', energyPrices: prices, compensationPrice: '0.060000' });
    await sql(
      `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh)
       select sp, t, 60, case when sunny then 0.1 else 0.5 end, false,
              case when not sunny then 0 when extract(month from day) = 6 then 10 else 1 end,
              case when not sunny then 0 when extract(month from day) = 6 then 11 else 2 end,
              case when sunny then 1 else 0 end
       from unnest(?::uuid[]) as sp,
            unnest(array[date '2026-05-13', date '2026-06-10', date '2026-07-15', date '2026-08-12']) day,
            generate_series(day::timestamp at time zone 'Europe/Madrid', (day + 1)::timestamp at time zone 'Europe/Madrid' - interval '1 hour', interval '1 hour') t,
            lateral (select extract(hour from t at time zone 'Europe/Madrid') between 10 and 13 as sunny) s`,
      [`{${solar.id},${partlyPriced.id},${foreign.id}}`],
    );
    // Market prices: every hour of July 15 (120 €/MWh at 10:00 and 11:00, 50 otherwise); August 12 only up to 11:59.
    await sql(
      `insert into market_price (start, interval_minutes, price_es, price_pt)
       select t, 60, p, p from (
         select t, case when extract(hour from t at time zone 'Europe/Madrid') in (10, 11) then 120 else 50 end as p
         from generate_series(timestamptz '2026-07-15 00:00 Europe/Madrid', timestamptz '2026-07-15 23:00 Europe/Madrid', interval '1 hour') t
         union all
         select t, 50 from generate_series(timestamptz '2026-08-12 00:00 Europe/Madrid', timestamptz '2026-08-12 11:00 Europe/Madrid', interval '1 hour') t) prices`,
    );
  });

  it("caps the contract-priced compensation at the month's energy term (June)", async () => {
    const june = (await savings(solar.cups)).months.find((month) => month.month === '2026-06-01');
    // 40 kWh × 0.06 = 2.40 € exceeds the energy term 1.48 €: compensated 1.48; savings 0.80 + 1.48.
    expect(june).toEqual({
      month: '2026-06-01',
      surplusKWh: '40.000',
      compensationSource: 'CONTRACT',
      compensationPrice: '0.060000',
      avoidedPurchaseEuros: '0.80',
      compensationBeforeCapEuros: '2.40',
      compensationCapEuros: '1.48',
      compensationEuros: '1.48',
      savingsEuros: '2.28',
      missing: [],
      periods: PERIODS,
    });
  });

  it('values surplus at the hourly market price where the contract has no compensation price (July)', async () => {
    const july = (await savings(solar.cups)).months.find((month) => month.month === '2026-07-01');
    // 1 kWh at 10, 11 (120 €/MWh) and 12, 13 (50 €/MWh): 340 / 1000 = 0.34 €, under the cap; 0.34 / 4 kWh = 0.085 €/kWh.
    expect(july).toEqual({
      month: '2026-07-01',
      surplusKWh: '4.000',
      compensationSource: 'MARKET',
      compensationPrice: '0.085000',
      avoidedPurchaseEuros: '0.80',
      compensationBeforeCapEuros: '0.34',
      compensationCapEuros: '1.48',
      compensationEuros: '0.34',
      savingsEuros: '1.14',
      missing: [],
      periods: PERIODS,
    });
  });

  it('says which price is missing instead of inventing one (May without contract, August without all market prices)', async () => {
    const { months } = await savings(solar.cups);
    expect(months.map((month) => month.month)).toEqual(['2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01']);
    // A draft contract is not in force: May has no energy prices, no cap, and no market prices either.
    expect(months[0]).toMatchObject({
      compensationSource: 'MARKET',
      avoidedPurchaseEuros: null,
      compensationCapEuros: null,
      compensationBeforeCapEuros: null,
      compensationEuros: null,
      savingsEuros: null,
      missing: ['NO_CONTRACT', 'NO_MARKET_PRICE'],
    });
    expect(months[0]!.periods.map((period) => period.energyPrice)).toEqual([null, null, null]);
    // August: 12:00 and 13:00 exported without a market price.
    expect(months[3]).toMatchObject({
      avoidedPurchaseEuros: '0.80',
      compensationCapEuros: '1.48',
      compensationPrice: null,
      compensationBeforeCapEuros: null,
      compensationEuros: null,
      savingsEuros: null,
      missing: ['NO_MARKET_PRICE'],
    });
  });

  it('names the contract whose prices each month used, none where no contract was in force', async () => {
    const result = await resolvers.run(`{ selfConsumptionSavings(cups: "${solar.cups}", from: "2026-05-01", to: "2026-08-31") { months { month contractCode compensationSource } } }`);
    expect(result.errors).toBeUndefined();
    expect((result.data as { selfConsumptionSavings: unknown }).selfConsumptionSavings).toEqual({
      months: [
        { month: '2026-05-01', contractCode: null, compensationSource: 'MARKET' },
        { month: '2026-06-01', contractCode: 'CT-JUNE', compensationSource: 'CONTRACT' },
        { month: '2026-07-01', contractCode: 'CT-JULY', compensationSource: 'MARKET' },
        { month: '2026-08-01', contractCode: 'CT-JULY', compensationSource: 'MARKET' },
      ],
    });
  });

  it('gives no avoided purchase nor cap when the contract lacks a period price', async () => {
    const { months } = await savings(partlyPriced.cups, '2026-06-01', '2026-06-30');
    expect(months).toEqual([
      expect.objectContaining({
        avoidedPurchaseEuros: null,
        compensationBeforeCapEuros: '2.40',
        compensationCapEuros: null,
        compensationEuros: null,
        savingsEuros: null,
        missing: ['NO_ENERGY_PRICES'],
      }),
    ]);
    expect(months[0]!.periods.map((period) => [period.energyPrice, period.avoidedEuros])).toEqual([['0.200000', '0.80'], [null, null], [null, null]]);
  });

  it('answers a CUPS outside the viewer scope exactly like one that does not exist', async () => {
    const scoped: RowScope = { kind: 'customer', accountIds: [account.id], supplyPointIds: [solar.id, partlyPriced.id] };
    const range = { from: '2026-06-01', to: '2026-06-30' };
    const outOfScope = await run({ ...range, cups: foreign.cups }, scoped);
    const unknown = await run({ ...range, cups: buildCups('0031000000000099') }, scoped);
    expect(outOfScope.errors).toHaveLength(1);
    expect(outOfScope.data).toEqual(unknown.data);
    expect(outOfScope.errors!.map((error) => error.toJSON())).toEqual(unknown.errors!.map((error) => error.toJSON()));
    // Without the scope the same CUPS has savings: the filter, not a missing row, hid it.
    expect((await savings(foreign.cups, range.from, range.to)).months[0]!.savingsEuros).toBe('2.28');
  });

  it('refuses a malformed range as series do', async () => {
    const result = await run({ cups: solar.cups, from: '2026-08-01', to: '2026-06-01' });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
  });
});
