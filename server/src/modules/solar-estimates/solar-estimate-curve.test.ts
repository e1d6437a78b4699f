import { addDays, buildCups, formatScaled, localHourStarts } from '@portal/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContract, createInstallation, createSupplyPoint } from '../../../test/factories.js';
import { sevilleDrawing } from '../../../test/seville-roof.js';
import { useSolarWorld, type SolarCustomer } from '../../../test/solar-world.js';
import type { Installation } from '../installations/installation.entity.js';
import type { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { MIN_MEASURED_HOURS } from './consumption-curve.js';
import { estimateRange } from './solar-estimate.service.js';

/**
 * Issue 16 §3: a solar customer without Medidas (SOLAR_CLIENT only) uploads the hourly curve of
 * their own CUPS in the roof step, through the import route, follows the job, and the estimate then
 * sets the roof's production against it. Another account's CUPS in the file is as unknown as one
 * that does not exist.
 */

const world = useSolarWorld();

const DRAWING = sevilleDrawing(180);

const SAVE = /* GraphQL */ `mutation ($id: ID!, $input: RoofDrawingInput!) { saveRoofDrawing(installationId: $id, input: $input) { peakPowerKwp } }`;
const ESTIMATE = /* GraphQL */ `query ($id: ID!) { solarEstimate(installationId: $id) {
  productionKWh cups accountCups measuredHours filledHours consumptionKWh selfConsumedKWh surplusKWh selfConsumptionPercent savingsEuros savingsMissing
} }`;
const JOB = /* GraphQL */ `query ($id: ID!) { importJob(id: $id) { status rowsRead rowsImported rowsRejected errors { line column reason value } } }`;

const HEADER = 'cups;fecha;hora;consumo_kWh;metodoObtencion';
/** The home uses 0.4 kWh every hour it is measured. */
const HOURLY_WH = 400;
const UNKNOWN = buildCups('0021999999999999');

/**
 * Datadis rows of `cups` for the 24-hour local days from `from` on, `days` of them (a DST day is
 * skipped: its hour labels are another test's business), and how many rows that is.
 */
function datadisRows(cups: string, from: string, days: number): string[] {
  const rows: string[] = [];
  for (let day = 0; rows.length < days * 24; day++) {
    const date = addDays(from, day);
    if (localHourStarts(date, date).length !== 24) continue;
    for (let label = 1; label <= 24; label++) rows.push(`${cups};${date.replaceAll('-', '/')};${label}:00;0,4;Real`);
  }
  return rows;
}

type Answer = { jobId: string; status: string; rowsRead: number; rowsImported: number; rowsRejected: number; errorCount: number };

async function upload(kind: string, text: string, cookie: string): Promise<{ status: number; body: Answer }> {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), 'mi-curva.csv');
  const response = await fetch(`${world.api.url}/uploads/imports/${kind}`, { method: 'POST', body: form, headers: { cookie } });
  return { status: response.status, body: (await response.json()) as Answer };
}

async function estimateOf(installation: Installation, cookie: string) {
  const body = await world.api.graphql<{ solarEstimate: Record<string, any> }>(ESTIMATE, { id: installation.id }, { cookie });
  expect(body.errors).toBeUndefined();
  return body.data!.solarEstimate;
}

async function storedRows(supplyPoint: SupplyPoint): Promise<number> {
  const [row] = await world.em().getConnection().execute<{ n: string }[]>('select count(*) as n from measurement where supply_point_id = ?', [supplyPoint.id]);
  return Number(row!.n);
}

describe('a solar customer brings their own curve to the estimate', () => {
  const range = estimateRange(new Date());
  const hours = localHourStarts(range.from, range.to);
  // Five weeks: past the four the estimate needs.
  const DAYS = 35;
  let customer: SolarCustomer;
  let own: SupplyPoint;
  let foreign: SupplyPoint;
  let installation: Installation;

  beforeAll(async () => {
    const em = world.em();
    customer = await world.newCustomer();
    own = await createSupplyPoint(em, customer.account);
    await createContract(em, own, { startDate: '2020-01-01', energyPrices: { P1: '0.200000', P2: '0.150000', P3: '0.100000' }, compensationPrice: '0.050000' });
    foreign = await createSupplyPoint(em, world.otherAccount);
    installation = await createInstallation(em, customer.account, 'Dibujo de cubierta');
    const saved = await world.api.graphql(SAVE, { id: installation.id, input: DRAWING }, { cookie: customer.cookie });
    expect(saved.errors).toBeUndefined();
  });

  it('is a solar customer only, and before any curve the estimate names the CUPS a file may be of', async () => {
    expect(customer.user.userTypes).toEqual(['SOLAR_CLIENT']);
    expect(DAYS * 24).toBeGreaterThanOrEqual(MIN_MEASURED_HOURS);
    expect(await estimateOf(installation, customer.cookie)).toMatchObject({ cups: null, accountCups: [own.cups], consumptionKWh: null, selfConsumedKWh: null, measuredHours: 0 });
  });

  it('may not import prices', async () => {
    expect((await upload('omie', 'MARGINALPDBC;\n*\n', customer.cookie)).status).toBe(403);
  });

  it('another account’s CUPS in the file is refused as unknown, like one that does not exist, and nothing is written', async () => {
    const lines = [HEADER, ...datadisRows(own.cups, range.from, DAYS), `${foreign.cups};${range.from.replaceAll('-', '/')};1:00;1;Real`, `${UNKNOWN};${range.from.replaceAll('-', '/')};1:00;1;Real`];
    const { status, body } = await upload('datadis', lines.join('\n'), customer.cookie);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'REJECTED', rowsRead: DAYS * 24 + 2, rowsImported: 0, rowsRejected: 2 });
    // The customer follows their own job: which lines and columns, and why.
    const job = await world.api.graphql<{ importJob: Record<string, any> }>(JOB, { id: body.jobId }, { cookie: customer.cookie });
    expect(job.errors).toBeUndefined();
    expect(job.data!.importJob).toMatchObject({ status: 'REJECTED', rowsImported: 0 });
    expect(job.data!.importJob.errors).toEqual([
      { line: DAYS * 24 + 2, column: 'cups', reason: 'UNKNOWN_CUPS', value: foreign.cups },
      { line: DAYS * 24 + 3, column: 'cups', reason: 'UNKNOWN_CUPS', value: UNKNOWN },
    ]);
    // Nobody else's job, though: the other account's customer finds none.
    const theirs = await world.api.graphql<{ importJob: unknown }>(JOB, { id: body.jobId }, { cookie: world.cookies.otherSolar });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.importJob).toBeNull();
    expect(await storedRows(own)).toBe(0);
    expect(await storedRows(foreign)).toBe(0);
    expect((await estimateOf(installation, customer.cookie)).consumptionKWh).toBeNull();
  });

  it('a file of their own CUPS is imported, and the estimate then has consumption, self-consumption, surplus and savings', async () => {
    const { status, body } = await upload('datadis', [HEADER, ...datadisRows(own.cups, range.from, DAYS)].join('\n'), customer.cookie);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'SUCCEEDED', rowsImported: DAYS * 24, rowsRejected: 0 });
    const job = await world.api.graphql<{ importJob: Record<string, any> }>(JOB, { id: body.jobId }, { cookie: customer.cookie });
    expect(job.data!.importJob).toMatchObject({ status: 'SUCCEEDED', rowsImported: DAYS * 24, errors: [] });
    expect(await storedRows(own)).toBe(DAYS * 24);

    const estimate = await estimateOf(installation, customer.cookie);
    expect(estimate).toMatchObject({
      cups: own.cups,
      accountCups: [own.cups],
      measuredHours: DAYS * 24,
      filledHours: hours.length - DAYS * 24,
      // Every unmeasured hour is filled with the measured hours' mean: 0.4 kWh.
      consumptionKWh: formatScaled(HOURLY_WH * hours.length, 3),
      savingsMissing: [],
    });
    const production = Number(estimate.productionKWh);
    const selfConsumed = Number(estimate.selfConsumedKWh);
    expect(selfConsumed).toBeGreaterThan(0);
    expect(selfConsumed).toBeLessThan(production);
    expect(selfConsumed + Number(estimate.surplusKWh)).toBeCloseTo(production, 2);
    expect(estimate.selfConsumptionPercent).toBeGreaterThan(0);
    expect(Number(estimate.savingsEuros)).toBeGreaterThan(0);
    // The staff see the same figures.
    expect(await estimateOf(installation, world.cookies.admin)).toEqual(estimate);
  });

  it('an account without a supply point: no CUPS to upload a curve for, and the estimate says so', async () => {
    const newcomer = await world.newCustomer();
    const home = await createInstallation(world.em(), newcomer.account, 'Dibujo de cubierta');
    expect((await world.api.graphql(SAVE, { id: home.id, input: DRAWING }, { cookie: newcomer.cookie })).errors).toBeUndefined();
    expect(await estimateOf(home, newcomer.cookie)).toMatchObject({ cups: null, accountCups: [], consumptionKWh: null });
    // A file naming a CUPS, theirs or not, finds none of it.
    const { body } = await upload('datadis', [HEADER, ...datadisRows(own.cups, range.from, 1)].join('\n'), newcomer.cookie);
    expect(body).toMatchObject({ status: 'REJECTED', rowsImported: 0, rowsRejected: 24 });
  });
});
