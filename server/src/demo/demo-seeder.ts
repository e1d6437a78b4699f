import { formatScaled, madridMidnight } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { LocalDiskStorage, type FileStorage, type StoredFile } from '../core/storage/file-storage.js';
import { HOUR_MS } from './demo-calendar.js';
import { DEMO_ACCOUNTS } from './demo-data.js';
import { insertDemoDocuments, renderDemoDocuments } from './demo-documents.js';
import { buildDemoPlan, type DemoPlan } from './demo-plan.js';
import { chunked, copyText, insertRows } from './pg-bulk.js';
import { insertDemoInstallations } from './demo-installations.js';
import { insertDemoDraftContract } from './demo-accounts-admin.js';
import { insertDemoOffersVisits } from './demo-offers-visits.js';
import { insertDemoInstallationDocuments } from './demo-installation-documents.js';

export const DEMO_SEED_MARKER = 'demo_seed';
// Any fixed key: concurrent starts (several server processes) queue on it instead of seeding twice.
const DEMO_SEED_LOCK = 0x5eed_de40;

export type SeedDemoOptions = {
  /** The day the data is anchored on (default: now); the same day always gives the same data. */
  today?: Date;
} & (
  | { /** Where the documents are written (the server's own; tests inject failures through it). */ storage: FileStorage }
  | { /** Root of a local disk storage the documents are written to. */ storageDir: string }
);

/**
 * Seeds the demo data unless it is already there: one connection, one transaction, bulk writes.
 * Returns null when the marker exists. On failure nothing is committed and the files written so
 * far are removed again.
 */
export async function seedDemoDataOnce(em: EntityManager, options: SeedDemoOptions): Promise<{ milliseconds: number } | null> {
  const started = performance.now();
  const storage = 'storage' in options ? options.storage : new LocalDiskStorage(options.storageDir);
  const writtenKeys: string[] = [];
  const tracked: FileStorage = {
    put: async (folder, content): Promise<StoredFile> => {
      const stored = await storage.put(folder, content);
      writtenKeys.push(stored.key);
      return stored;
    },
    open: (key) => storage.open(key),
    size: (key) => storage.size(key),
    remove: (key) => storage.remove(key),
  };

  const knex = em.getKnex();
  const conn = (await knex.client.acquireConnection()) as pg.ClientBase;
  try {
    await conn.query('begin');
    await conn.query('select pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK]);
    const marker = await conn.query('select 1 from app_meta where key = $1', [DEMO_SEED_MARKER]);
    if (marker.rowCount) {
      await conn.query('rollback');
      return null;
    }
    const plan = buildDemoPlan(options.today ?? new Date());
    const counts = await writeDemoData(conn, tracked, plan);
    await conn.query('insert into app_meta (key, value, updated_at) values ($1, $2, now())', [
      DEMO_SEED_MARKER,
      JSON.stringify({ version: 1, today: plan.todayLocal, seededAt: new Date().toISOString(), counts }),
    ]);
    await conn.query('commit');
  } catch (error) {
    await conn.query('rollback').catch(() => undefined);
    await Promise.all(writtenKeys.map((key) => storage.remove(key).catch(() => undefined)));
    throw error;
  } finally {
    await knex.client.releaseConnection(conn);
  }
  return { milliseconds: Math.round(performance.now() - started) };
}

async function writeDemoData(conn: pg.ClientBase, storage: FileStorage, plan: DemoPlan): Promise<Record<string, number>> {
  await insertRows(
    conn,
    'customer_account',
    ['id', 'fiscal_id', 'fiscal_id_kind', 'name', 'billing_email', 'phone', 'address', 'created_at'],
    plan.accounts.map((a) => [a.id, a.fiscalId, a.fiscalIdKind, a.name, a.billingEmail, a.phone, a.address, a.createdAt.toISOString()]),
  );
  await insertRows(
    conn,
    'supply_point',
    ['id', 'cups', 'address', 'distributor', 'access_tariff', 'is_generator', 'account_id'],
    plan.supplyPoints.map((p) => [p.id, p.cups, p.address, p.distributor, p.accessTariff, p.isGenerator, DEMO_ACCOUNTS[p.accountKey].id]),
  );
  await insertRows(
    conn,
    'contract',
    ['id', 'code', 'account_id', 'supply_point_id', 'access_tariff', 'contracted_power_kw', 'energy_prices', 'compensation_price', 'product_name', 'start_date', 'end_date', 'status', 'activated_at', 'created_at'],
    plan.contracts.map((c) => [
      c.id,
      c.code,
      c.account.id,
      c.point.id,
      c.point.accessTariff,
      JSON.stringify(c.contractedPowerKw),
      JSON.stringify(c.energyPrices),
      c.compensationPrice,
      c.productName,
      c.startDate,
      null,
      'ACTIVE',
      c.activatedAt.toISOString(),
      c.createdAt.toISOString(),
    ]),
  );

  // PDFs render in this process while PostgreSQL parses the COPY data: the two overlap.
  const rendering = renderDemoDocuments(storage, plan);
  // Handled at once: a rendering failure during a COPY must not surface as an unhandled rejection.
  const renderingSettled = rendering.then(
    () => undefined,
    () => undefined,
  );
  try {
    await copyText(conn, 'copy market_price (start, interval_minutes, price_es, price_pt) from stdin', chunked(marketPriceLines(plan)));
    await copyText(
      conn,
      'copy measurement (supply_point_id, start, interval_minutes, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh) from stdin',
      chunked(measurementLines(plan)),
    );
    await copyText(conn, 'copy forecast (supply_point_id, start, interval_minutes, kwh, issued_at) from stdin', chunked(forecastLines(plan)));
  } finally {
    // Whatever happened, let every file in flight land before the caller cleans up.
    await renderingSettled;
  }
  const documentRows = await rendering;
  await insertDemoDocuments(conn, documentRows);

  await insertRows(
    conn,
    'invoice',
    [
      'id', 'number', 'contract_id', 'account_id', 'supply_point_id', 'period_start', 'period_end', 'issue_date', 'due_date',
      'energy_kwh', 'tax_base', 'tax_amount', 'total_amount', 'status', 'lines', 'document_id',
    ],
    plan.invoices.map((i) => [
      i.id, i.number, i.contract.id, i.contract.account.id, i.contract.point.id, i.periodStart, i.periodEnd, i.issueDate, i.dueDate,
      i.energyKwh, i.taxBase, i.taxAmount, i.totalAmount, i.status, JSON.stringify(i.lines), i.documentId,
    ]),
  );
  await insertRows(
    conn,
    'generation_settlement',
    ['id', 'supply_point_id', 'account_id', 'month', 'exported_kwh', 'market_revenue', 'charges', 'net_amount', 'status', 'document_id'],
    plan.settlements.map((s) => [
      s.id,
      s.point.id,
      s.account.id,
      s.month,
      formatScaled(s.amounts.exportedWh, 3),
      formatScaled(s.amounts.revenueCents, 2),
      formatScaled(s.amounts.chargesCents, 2),
      formatScaled(s.amounts.netCents, 2),
      s.status,
      s.documentId,
    ]),
  );

  const installations = await insertDemoInstallations(conn, madridMidnight(plan.todayLocal));
  await insertDemoOffersVisits(conn, storage, installations, plan.todayLocal);
  await insertDemoInstallationDocuments(conn, storage, installations, madridMidnight(plan.todayLocal));
  await insertDemoDraftContract(conn, plan.todayLocal, madridMidnight(plan.todayLocal));

  return {
    accounts: plan.accounts.length,
    supplyPoints: plan.supplyPoints.length,
    contracts: plan.contracts.length,
    invoices: plan.invoices.length,
    settlements: plan.settlements.length,
    documents: documentRows.length,
    measurementHours: plan.measuredHours,
    installations: installations.length,
  };
}

// COPY text format: tab-separated columns, one row per line.

function* marketPriceLines(plan: DemoPlan): Generator<string> {
  const { hours, prices } = plan;
  for (let i = 0; i < plan.pricedHours; i++) {
    yield `${hours.startText[i]}\t60\t${formatScaled(prices.esCents[i]!, 2)}\t${formatScaled(prices.ptCents[i]!, 2)}\n`;
  }
}

function* measurementLines(plan: DemoPlan): Generator<string> {
  for (const contract of plan.contracts) {
    const series = plan.consumption.get(contract.point.key)!;
    const { solar } = series;
    for (let i = 0; i < plan.measuredHours; i++) {
      // \N: COPY's null, for curves without solar columns.
      const flows = solar ? [solar.surplusWh[i]!, solar.generatedWh[i]!, solar.selfConsumedWh[i]!].map((wh) => formatScaled(wh, 3)).join('\t') : '\\N\t\\N\t\\N';
      yield `${contract.point.id}\t${plan.hours.startText[i]}\t60\t${formatScaled(series.measuredWh[i]!, 3)}\t${series.estimated[i] ? 't' : 'f'}\t${flows}\n`;
    }
  }
}

function* forecastLines(plan: DemoPlan): Generator<string> {
  const { hours } = plan;
  for (const contract of plan.contracts) {
    const series = plan.consumption.get(contract.point.key)!;
    let issuedAt = '';
    for (let i = plan.forecastFrom; i < hours.count; i++) {
      // Day-ahead: each local day's forecast is issued at 12:00 the day before (midnight - 12 h).
      if (i === plan.forecastFrom || hours.dayIndex[i] !== hours.dayIndex[i - 1]) {
        issuedAt = new Date(hours.startMs[i]! - 12 * HOUR_MS).toISOString();
      }
      yield `${contract.point.id}\t${hours.startText[i]}\t60\t${formatScaled(series.forecastWh[i]!, 3)}\t${issuedAt}\n`;
    }
  }
}
