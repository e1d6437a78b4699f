import { localHourStarts, madridDateOf, solarProduction, tariffPeriod, toScaled, formatScaled, divRound } from '@portal/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContract, createInstallation, createSupplyPoint } from '../../../test/factories.js';
import { SEVILLE, sevilleDrawing } from '../../../test/seville-roof.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import type { Installation } from '../installations/installation.entity.js';
import { estimateRange } from './solar-estimate.service.js';

const world = useSolarWorld();


const SAVE = /* GraphQL */ `mutation ($id: ID!, $input: RoofDrawingInput!) { saveRoofDrawing(installationId: $id, input: $input) { peakPowerKwp faces { azimuthDegrees tiltDegrees peakPowerKwp } } }`;
const ESTIMATE = /* GraphQL */ `query ($id: ID!) { solarEstimate(installationId: $id) {
  from to peakPowerKwp irradiationSite irradiationZone productionKWh cups measuredHours filledHours consumptionKWh selfConsumedKWh importedKWh surplusKWh
  selfConsumptionPercent selfSufficiencyPercent avoidedPurchaseEuros compensationEuros savingsEuros savingsMissing
  months { month productionKWh consumptionKWh selfConsumedKWh surplusKWh savingsEuros }
} }`;

/** The home uses 0.2 kWh every hour; one week of the year is not measured. */
const HOURLY_WH = 200;
const PRICE = { P1: '0.200000', P2: '0.150000', P3: '0.100000' };
const COMPENSATION = '0.050000';

const euros = (kWh: string, price: string) => formatScaled(divRound(toScaled(kWh, 3) * toScaled(price, 6), 10n ** 7n), 2);
const kWh = (wh: number) => formatScaled(wh, 3);

describe('solarEstimate', () => {
  let installation: Installation;
  let cups: string;
  const range = estimateRange(new Date());
  const hours = localHourStarts(range.from, range.to);

  beforeAll(async () => {
    const em = world.em();
    installation = await createInstallation(em, world.account, 'Dibujo de cubierta');
    const supplyPoint = await createSupplyPoint(em, world.account);
    cups = supplyPoint.cups;
    await createContract(em, supplyPoint, { startDate: '2020-01-01', energyPrices: PRICE, compensationPrice: COMPENSATION });
    await em.getConnection().execute(
      `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
       select ?, t, 60, ?, false
       from generate_series((?::date)::timestamp at time zone 'Europe/Madrid', (?::date + 1)::timestamp at time zone 'Europe/Madrid' - interval '1 hour', interval '1 hour') t
       where not (t >= (?::date)::timestamp at time zone 'Europe/Madrid' and t < (?::date + 7)::timestamp at time zone 'Europe/Madrid')`,
      [supplyPoint.id, HOURLY_WH / 1000, range.from, range.to, `${range.from.slice(0, 8)}10`, `${range.from.slice(0, 8)}10`],
    );
  });

  it('is null until a roof is drawn, and NOT_FOUND for another customer', async () => {
    const before = await world.api.graphql<any>(ESTIMATE, { id: installation.id }, { cookie: world.cookies.solar });
    expect(before.errors).toBeUndefined();
    expect(before.data.solarEstimate).toBeNull();
    const foreign = await world.api.graphql<any>(ESTIMATE, { id: installation.id }, { cookie: world.cookies.otherSolar });
    const missing = await world.api.graphql<any>(ESTIMATE, { id: '00000000-0000-4000-8000-000000000000' }, { cookie: world.cookies.otherSolar });
    expect(foreign.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(foreign.errors![0]!.message).toBe(missing.errors![0]!.message);
    const webClient = await world.api.graphql<any>(ESTIMATE, { id: installation.id }, { cookie: world.cookies.webClient });
    expect(webClient.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('matches the drawn faces hour by hour with the measured curve, and values it with the savings rules', async () => {
    const saved = await world.api.graphql<any>(
      SAVE,
      { id: installation.id, input: sevilleDrawing(200) },
      { cookie: world.cookies.solar },
    );
    expect(saved.errors).toBeUndefined();
    const face = saved.data.saveRoofDrawing.faces[0];

    const body = await world.api.graphql<any>(ESTIMATE, { id: installation.id }, { cookie: world.cookies.solar });
    expect(body.errors).toBeUndefined();
    const estimate = body.data.solarEstimate;

    // The oracle: the shared model for the same hours, then min(consumption, production) each hour.
    const production = solarProduction(SEVILLE, [{ peakPowerKWp: face.peakPowerKwp, azimuthDegrees: 200, tiltDegrees: 30 }], hours).map((v) => Math.round(v * 1000));
    const self = production.map((wh) => Math.min(wh, HOURLY_WH));
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(estimate).toMatchObject({
      from: range.from,
      to: range.to,
      irradiationSite: 'Sevilla',
      irradiationZone: 'B4',
      cups,
      measuredHours: hours.length - 7 * 24,
      filledHours: 7 * 24,
      productionKWh: kWh(sum(production)),
      // The unmeasured week is filled with the same hours' mean: 0.2 kWh.
      consumptionKWh: kWh(HOURLY_WH * hours.length),
      selfConsumedKWh: kWh(sum(self)),
      surplusKWh: kWh(sum(production) - sum(self)),
      importedKWh: kWh(HOURLY_WH * hours.length - sum(self)),
      savingsMissing: [],
    });
    expect(estimate.months).toHaveLength(12);

    // Savings per month, by hand: self-consumed kWh × the period's price; surplus × 0.05 capped at
    // the month's energy term (imported kWh × price per period), each line rounded to cents.
    const months = new Map<string, { self: Record<string, number>; imported: Record<string, number>; surplus: number }>();
    hours.forEach((hour, index) => {
      const month = `${madridDateOf(hour).slice(0, 7)}-01`;
      const entry = months.get(month) ?? { self: { P1: 0, P2: 0, P3: 0 }, imported: { P1: 0, P2: 0, P3: 0 }, surplus: 0 };
      const period = tariffPeriod('2.0TD', hour);
      entry.self[period]! += self[index]!;
      entry.imported[period]! += HOURLY_WH - self[index]!;
      entry.surplus += production[index]! - self[index]!;
      months.set(month, entry);
    });
    let total = 0n;
    for (const [month, entry] of months) {
      const cents = (value: string) => toScaled(value, 2);
      const avoided = (['P1', 'P2', 'P3'] as const).reduce((a, p) => a + cents(euros(kWh(entry.self[p]!), PRICE[p])), 0n);
      const cap = (['P1', 'P2', 'P3'] as const).reduce((a, p) => a + cents(euros(kWh(entry.imported[p]!), PRICE[p])), 0n);
      const compensation = cents(euros(kWh(entry.surplus), COMPENSATION));
      const expected = avoided + (compensation < cap ? compensation : cap);
      total += expected;
      expect(estimate.months.find((m: { month: string }) => m.month === month).savingsEuros).toBe(formatScaled(expected, 2));
    }
    expect(estimate.savingsEuros).toBe(formatScaled(total, 2));
    expect(Number(estimate.selfConsumptionPercent)).toBeCloseTo((100 * sum(self)) / sum(production), 1);
  });

  it('the admin sees the same estimate', async () => {
    const customer = await world.api.graphql<any>(ESTIMATE, { id: installation.id }, { cookie: world.cookies.solar });
    const admin = await world.api.graphql<any>(ESTIMATE, { id: installation.id }, { cookie: world.cookies.admin });
    expect(admin.errors).toBeUndefined();
    expect(admin.data.solarEstimate).toEqual(customer.data.solarEstimate);
  });
});
