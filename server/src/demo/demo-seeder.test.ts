import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseCups, parseFiscalId } from '@portal/shared';
import { PDFDocument } from 'pdf-lib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.js';
import { LocalDiskStorage, type StoredFile } from '../core/storage/file-storage.js';
import { DEMO_ACCOUNTS, DEMO_SUPPLY_POINTS, DEMO_USER_SCOPES } from './demo-data.js';
import { seedDemoDataOnce } from './demo-seeder.js';

// Mid-November: the measured range (1 Oct 2025 → 14 Nov 2026) crosses three DST changes.
const TODAY = new Date('2026-11-15T10:00:00Z');
const MEASURED_FROM = '2025-10-01';
const MEASURED_TO = '2026-11-15'; // exclusive: measurements end with yesterday
const PRICED_TO = '2026-11-17'; // exclusive: prices run through tomorrow
const FORECAST_FROM = '2026-08-15';
const FORECAST_TO = '2026-11-23'; // exclusive: 7 days after today

const TABLES = ['customer_account', 'supply_point', 'contract', 'document', 'invoice', 'measurement', 'forecast', 'generation_settlement', 'market_price', 'app_meta'];

type Seeded = { db: TestDatabase; client: pg.Client; storageDir: string };

async function openSeeded(): Promise<Seeded> {
  const db = await createTestDatabase();
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  return { db, client, storageDir: await mkdtemp(path.join(os.tmpdir(), 'portal-demo-files-')) };
}

async function closeSeeded(seeded: Seeded | undefined): Promise<void> {
  if (!seeded) return;
  await seeded.client.end();
  await seeded.db.drop();
  await rm(seeded.storageDir, { recursive: true, force: true });
}

async function rows<T>(seeded: Seeded, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await seeded.client.query(sql, params)).rows as T[];
}

async function value<T>(seeded: Seeded, sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await rows<{ value: T }>(seeded, sql, params);
  return row!.value;
}

async function counts(seeded: Seeded): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) result[table] = Number(await value<string>(seeded, `select count(*) as value from ${table}`));
  return result;
}

async function storedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Hours between two Madrid midnights, computed by PostgreSQL rather than by the code under test. */
async function madridHours(seeded: Seeded, from: string, to: string): Promise<number> {
  return Number(
    await value<string>(
      seeded,
      `select extract(epoch from ($2::timestamp at time zone 'Europe/Madrid') - ($1::timestamp at time zone 'Europe/Madrid')) / 3600 as value`,
      [from, to],
    ),
  );
}

/** A storage that breaks on the n-th file, as a full disk would. */
class FailingStorage extends LocalDiskStorage {
  private puts = 0;
  constructor(root: string, private readonly failOnPut: number) {
    super(root);
  }
  override async put(folder: string, content: Buffer): Promise<StoredFile> {
    if (++this.puts === this.failOnPut) throw new Error('injected storage failure');
    return super.put(folder, content);
  }
}

describe('seedDemoDataOnce', () => {
  let main: Seeded;
  let twin: Seeded;
  let firstRun: { milliseconds: number } | null;

  beforeAll(async () => {
    [main, twin] = await Promise.all([openSeeded(), openSeeded()]);
    firstRun = await seedDemoDataOnce(main.db.orm.em.fork(), { storageDir: main.storageDir, today: TODAY });
  });
  afterAll(async () => {
    await Promise.all([closeSeeded(main), closeSeeded(twin)]);
  });

  it('seeds and reports how long it took', () => {
    expect(firstRun).not.toBeNull();
    expect(firstRun!.milliseconds).toBeGreaterThan(0);
  });

  it('creates accounts with valid fiscal IDs for every demo role', async () => {
    const accounts = await rows<{ id: string; fiscal_id: string; fiscal_id_kind: string }>(main, 'select id, fiscal_id, fiscal_id_kind from customer_account');
    expect(accounts.length).toBeGreaterThanOrEqual(6);
    for (const account of accounts) {
      const parsed = parseFiscalId(account.fiscal_id);
      expect(parsed, account.fiscal_id).toMatchObject({ ok: true, value: account.fiscal_id, kind: account.fiscal_id_kind });
    }
    expect(new Set(accounts.map((account) => account.fiscal_id_kind))).toEqual(new Set(['DNI', 'NIE', 'CIF']));
    // The exported constants are what was written.
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      expect(accounts).toContainEqual({ id: account.id, fiscal_id: account.fiscalId, fiscal_id_kind: account.fiscalIdKind });
    }
  });

  it('creates valid CUPS spread over the accounts, with one generator', async () => {
    const points = await rows<{ cups: string; access_tariff: string; is_generator: boolean; account_id: string }>(
      main,
      'select cups, access_tariff, is_generator, account_id from supply_point',
    );
    expect(points.length).toBeGreaterThanOrEqual(8);
    for (const point of points) expect(parseCups(point.cups), point.cups).toMatchObject({ ok: true, value: point.cups });
    expect(points.filter((point) => point.access_tariff === '2.0TD').length).toBeGreaterThanOrEqual(2);
    expect(points.filter((point) => point.access_tariff === '3.0TD').length).toBeGreaterThanOrEqual(2);
    expect(points.filter((point) => point.account_id === DEMO_ACCOUNTS.company.id).length).toBeGreaterThanOrEqual(3);
    expect(points.filter((point) => point.is_generator)).toEqual([expect.objectContaining({ account_id: DEMO_ACCOUNTS.generator.id })]);

    // The suggested company user scope restricts to a strict subset of its fiscal scope's CUPS.
    const scopeCups = points
      .filter((point) => [DEMO_ACCOUNTS.company.id, DEMO_ACCOUNTS.relatedCompany.id].includes(point.account_id))
      .map((point) => point.cups);
    expect(scopeCups).toEqual(expect.arrayContaining([...DEMO_USER_SCOPES.company.cupsRestriction]));
    expect(DEMO_USER_SCOPES.company.cupsRestriction.length).toBeLessThan(scopeCups.length);
  });

  it('gives every consumption CUPS one active contract with per-period power and energy prices (but the one a solar client buys for elsewhere)', async () => {
    const contracts = await rows<{
      code: string;
      access_tariff: string;
      contracted_power_kw: Record<string, string>;
      energy_prices: Record<string, string>;
      compensation_price: string | null;
      start_date: string;
      cups: string;
    }>(
      main,
      `select c.code, c.access_tariff, c.contracted_power_kw, c.energy_prices, c.compensation_price, c.start_date::text, s.cups
         from contract c join supply_point s on s.id = c.supply_point_id
        where c.status = 'ACTIVE' and c.end_date is null`,
    );
    const consumptionPoints = Number(
      await value<string>(main, 'select count(*) as value from supply_point where not is_generator and id <> $1', [DEMO_SUPPLY_POINTS.solarNewClientHome.id]),
    );
    expect(contracts.length).toBe(consumptionPoints);
    expect(new Set(contracts.map((contract) => contract.cups)).size).toBe(consumptionPoints);
    for (const contract of contracts) {
      expect(contract.code).toMatch(/^CT-\d{4}-\d{6}$/);
      expect(contract.start_date < '2025-10-01').toBe(true);
      const milliKw = Object.values(contract.contracted_power_kw).map((kw) => Number(kw!.replace('.', '')));
      expect(Object.keys(contract.contracted_power_kw)).toEqual(contract.access_tariff === '2.0TD' ? ['P1', 'P2'] : ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
      expect(milliKw).toEqual([...milliKw].sort((a, b) => a - b));
      expect(Object.keys(contract.energy_prices)).toEqual(contract.access_tariff === '2.0TD' ? ['P1', 'P2', 'P3'] : ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
      // Only the solar customer's contract values surplus at a price of its own (the rest: market price).
      expect(contract.compensation_price).toBe(contract.cups === DEMO_SUPPLY_POINTS.solarClientHome.cups ? '0.060000' : null);
    }
  });

  it('writes one measurement per UTC hour from 13 months back to the end of yesterday, some estimated', async () => {
    const expectedHours = await madridHours(main, MEASURED_FROM, MEASURED_TO);
    const days = Math.round((Date.parse(MEASURED_TO) - Date.parse(MEASURED_FROM)) / 86_400_000);
    expect(expectedHours).not.toBe(days * 24); // the range really has 23- and 25-hour days
    const perPoint = await rows<{ cups: string; n: string; first: boolean; last: boolean; estimated: string; distinct_starts: string }>(
      main,
      `select s.cups, count(*) as n, count(distinct m.start) as distinct_starts,
              min(m.start) = ($1::timestamp at time zone 'Europe/Madrid') as first,
              max(m.start) = ($2::timestamp at time zone 'Europe/Madrid') - interval '1 hour' as last,
              count(*) filter (where m.estimated) as estimated
         from supply_point s join measurement m on m.supply_point_id = s.id
        group by s.cups`,
      [MEASURED_FROM, MEASURED_TO],
    );
    const contracts = Number(await value<string>(main, "select count(*) as value from contract where status = 'ACTIVE'"));
    expect(perPoint.length).toBe(contracts);
    for (const point of perPoint) {
      expect({ cups: point.cups, n: Number(point.n), distinct: Number(point.distinct_starts), first: point.first, last: point.last }).toEqual({
        cups: point.cups,
        n: expectedHours,
        distinct: expectedHours,
        first: true,
        last: true,
      });
    }
    const estimatedShare = perPoint.reduce((sum, point) => sum + Number(point.estimated), 0) / (expectedHours * perPoint.length);
    expect(estimatedShare).toBeGreaterThan(0.001);
    expect(estimatedShare).toBeLessThan(0.02);
  });

  it('gives the solar client home a self-consumer curve and every other CUPS none', async () => {
    const perPoint = await rows<{ cups: string; solar: string; generated: string; self_consumed: string; surplus: string; unbalanced: string; night: string }>(
      main,
      `select s.cups, count(m.generated_kwh) as solar, coalesce(sum(m.generated_kwh), 0) as generated,
              coalesce(sum(m.self_consumed_kwh), 0) as self_consumed, coalesce(sum(m.surplus_kwh), 0) as surplus,
              count(*) filter (where m.generated_kwh <> m.self_consumed_kwh + m.surplus_kwh) as unbalanced,
              coalesce(sum(m.generated_kwh) filter (where extract(hour from m.start at time zone 'Europe/Madrid') in (0, 1, 2, 3, 23)), 0) as night
         from supply_point s join measurement m on m.supply_point_id = s.id group by s.cups`,
    );
    const home = perPoint.find((point) => point.cups === DEMO_SUPPLY_POINTS.solarClientHome.cups)!;
    const expectedHours = await madridHours(main, MEASURED_FROM, MEASURED_TO);
    expect(Number(home.solar)).toBe(expectedHours);
    // Generation splits into self-consumed and exported, hour by hour; both parts are real; no sun at night.
    expect(Number(home.unbalanced)).toBe(0);
    expect(Number(home.self_consumed)).toBeGreaterThan(0);
    expect(Number(home.surplus)).toBeGreaterThan(0);
    expect(Number(home.night)).toBe(0);
    expect(perPoint.filter((point) => point !== home).every((point) => Number(point.solar) === 0)).toBe(true);
  });

  it('writes day-ahead forecasts for the last 3 months through 7 days ahead', async () => {
    const expectedHours = await madridHours(main, FORECAST_FROM, FORECAST_TO);
    const perPoint = await rows<{ n: string; not_day_ahead: string }>(
      main,
      `select count(*) as n,
              count(*) filter (where (issued_at at time zone 'Europe/Madrid')::date <> (start at time zone 'Europe/Madrid')::date - 1) as not_day_ahead
         from forecast
        where start >= ($1::timestamp at time zone 'Europe/Madrid') and start < ($2::timestamp at time zone 'Europe/Madrid')
        group by supply_point_id`,
      [FORECAST_FROM, FORECAST_TO],
    );
    expect(perPoint.length).toBe(Number(await value<string>(main, "select count(*) as value from contract where status = 'ACTIVE'")));
    for (const point of perPoint) expect([Number(point.n), Number(point.not_day_ahead)]).toEqual([expectedHours, 0]);
    expect(Number(await value<string>(main, 'select count(*) as value from forecast'))).toBe(expectedHours * perPoint.length);

    // Close to what was measured: a few % over a month, though not identical.
    const deviation = Number(
      await value<string>(
        main,
        `select abs(sum(f.kwh) - sum(m.kwh)) / sum(m.kwh) as value
           from forecast f join measurement m using (supply_point_id, start)`,
      ),
    );
    expect(deviation).toBeGreaterThan(0);
    expect(deviation).toBeLessThan(0.05);
  });

  it('writes hourly market prices through tomorrow, with negative or zero hours and split zones', async () => {
    const expectedHours = await madridHours(main, MEASURED_FROM, PRICED_TO);
    const [stats] = await rows<{ n: string; non_positive: string; equal: string; apart: string }>(
      main,
      `select count(*) as n, count(*) filter (where price_es <= 0) as non_positive,
              count(*) filter (where price_es = price_pt) as equal, count(*) filter (where price_es <> price_pt) as apart
         from market_price
        where start >= ($1::timestamp at time zone 'Europe/Madrid') and start < ($2::timestamp at time zone 'Europe/Madrid')`,
      [MEASURED_FROM, PRICED_TO],
    );
    expect(Number(stats!.n)).toBe(expectedHours);
    expect(Number(await value<string>(main, 'select count(*) as value from market_price'))).toBe(expectedHours);
    expect(Number(stats!.non_positive)).toBeGreaterThan(0);
    expect(Number(stats!.equal)).toBeGreaterThan(0);
    expect(Number(stats!.apart)).toBeGreaterThan(0);
  });

  it('bills the last 12 complete months of every contract with exact amounts', async () => {
    const perContract = await rows<{ n: string; months: string[]; statuses: string[] }>(
      main,
      `select count(*) as n, array_agg(period_start::text order by period_start) as months, array_agg(status::text order by period_start) as statuses
         from invoice group by contract_id`,
    );
    expect(perContract.length).toBe(Number(await value<string>(main, "select count(*) as value from contract where status = 'ACTIVE'")));
    const months = Array.from({ length: 12 }, (_, index) => `${index < 2 ? 2025 : 2026}-${String(((index + 10) % 12) + 1).padStart(2, '0')}-01`);
    for (const contract of perContract) {
      expect(Number(contract.n)).toBe(12);
      expect(contract.months).toEqual(months);
      expect(contract.statuses.at(-1)).toBe('ISSUED');
      expect(contract.statuses.slice(0, 10).every((status) => status === 'PAID')).toBe(true);
    }
    expect(perContract.flatMap((contract) => contract.statuses)).toContain('OVERDUE');

    const problems = await rows<{ number: string; problem: string }>(
      main,
      `select number, 'total is not the sum of the lines' as problem from invoice i
        where total_amount <> (select sum((line->>'amount')::numeric) from jsonb_array_elements(i.lines) line)
           or total_amount <> tax_base + tax_amount
       union all
       select number, 'a line amount is not round(quantity × unit price, 2)' from invoice i, jsonb_array_elements(i.lines) line
        where (line->>'amount')::numeric <> round((line->>'quantity')::numeric * (line->>'unitPrice')::numeric, 2)
       union all
       select number, 'energy is not the measured kWh of the local month' from invoice i
        where energy_kwh <> (select coalesce(sum(kwh), 0) from measurement m
                              where m.supply_point_id = i.supply_point_id
                                and m.start >= (i.period_start::timestamp at time zone 'Europe/Madrid')
                                and m.start < ((i.period_end + 1)::timestamp at time zone 'Europe/Madrid'))
       union all
       select number, 'dates out of order' from invoice
        where not (issue_date > period_end and issue_date <= $1::date and due_date = issue_date + 20)
           or number !~ '^FE-[0-9]{4}-[0-9]{6}$'`,
      [MEASURED_TO],
    );
    expect(problems).toEqual([]);
  });

  it('settles 12 months of the generating CUPS, net = revenue - charges', async () => {
    const settlements = await rows<{ status: string; consistent: boolean; captured_in_range: boolean; has_document: boolean }>(
      main,
      `select g.status, g.net_amount = g.market_revenue - g.charges and g.exported_kwh > 0 and g.charges > 0 as consistent,
              g.market_revenue * 1000 / g.exported_kwh between
                (select min(price_es) from market_price p where (p.start at time zone 'Europe/Madrid')::date between g.month and (g.month + interval '1 month' - interval '1 day')::date)
                and (select max(price_es) from market_price p where (p.start at time zone 'Europe/Madrid')::date between g.month and (g.month + interval '1 month' - interval '1 day')::date)
                as captured_in_range,
              d.category = 'SETTLEMENT' and d.folder = 'Liquidaciones' and d.account_id = g.account_id and d.supply_point_id = g.supply_point_id as has_document
         from generation_settlement g left join document d on d.id = g.document_id
        order by g.month`,
    );
    expect(settlements.map((settlement) => settlement.status)).toEqual([...Array(10).fill('PAID'), 'FINAL', 'PROVISIONAL']);
    expect(settlements.every((settlement) => settlement.consistent && settlement.captured_in_range && settlement.has_document)).toBe(true);
  });

  it('stores a real PDF for every invoice, contract and settlement, matching its document row', async () => {
    const documents = await rows<{ category: string; folder: string; storage_key: string; size_bytes: number; sha256: string; title: string; account_id: string | null; supply_point_id: string | null; media_type: string }>(
      main,
      'select category, folder, storage_key, size_bytes, sha256, title, account_id, supply_point_id, media_type from document',
    );
    const invoicesWithDocument = Number(
      await value<string>(
        main,
        `select count(*) as value from invoice i join document d on d.id = i.document_id
          where d.category = 'INVOICE' and d.folder = 'Facturas' and d.account_id = i.account_id and d.supply_point_id = i.supply_point_id
            and d.storage_key like 'accounts/' || i.account_id || '/invoices/%' and d.title = 'Factura ' || i.number`,
      ),
    );
    expect(invoicesWithDocument).toBe(Number(await value<string>(main, 'select count(*) as value from invoice')));
    expect(documents.filter((document) => document.category === 'CONTRACT' && document.folder === 'Contratos').length).toBe(
      Number(await value<string>(main, "select count(*) as value from contract where status = 'ACTIVE'")),
    );

    for (const document of documents) {
      expect(document.media_type).toBe('application/pdf');
      expect(document.account_id).not.toBeNull();
      // Energy documents belong to a CUPS; installation documents (offers, contracts to sign) to the account.
      if (!document.storage_key.startsWith('installations/')) expect(document.supply_point_id).not.toBeNull();
      const bytes = await readFile(path.join(main.storageDir, document.storage_key));
      expect(bytes.length).toBe(document.size_bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBeGreaterThan(0);
      expect(pdf.getTitle()).toBe(document.title);
    }
    expect((await storedFiles(main.storageDir)).length).toBe(documents.length);
  });

  it('does nothing on a second run', async () => {
    const before = await counts(main);
    const files = (await storedFiles(main.storageDir)).length;
    expect(await seedDemoDataOnce(main.db.orm.em.fork(), { storageDir: main.storageDir, today: new Date() })).toBeNull();
    expect(await counts(main)).toEqual(before);
    expect((await storedFiles(main.storageDir)).length).toBe(files);
  });

  it('leaves no rows and no files when a step fails midway, then seeds once under concurrent starts', async () => {
    const failing = new FailingStorage(twin.storageDir, 40);
    await expect(seedDemoDataOnce(twin.db.orm.em.fork(), { storageDir: twin.storageDir, today: TODAY, storage: failing })).rejects.toThrow(
      'injected storage failure',
    );
    expect(Object.values(await counts(twin)).every((count) => count === 0)).toBe(true);
    expect(await storedFiles(twin.storageDir)).toEqual([]);

    // Two processes starting together: the advisory lock lets exactly one of them seed.
    const results = await Promise.all([
      seedDemoDataOnce(twin.db.orm.em.fork(), { storageDir: twin.storageDir, today: TODAY }),
      seedDemoDataOnce(twin.db.orm.em.fork(), { storageDir: twin.storageDir, today: TODAY }),
    ]);
    expect(results.filter((result) => result !== null)).toHaveLength(1);
  });

  it('writes identical data for the same today (checked against the twin database)', async () => {
    const checksums = async (seeded: Seeded) => ({
      measurement: await value<string>(seeded, `select md5(string_agg(supply_point_id || start::text || kwh::text || estimated::text, ',' order by supply_point_id, start)) as value from measurement`),
      measuredKwh: await value<string>(seeded, 'select sum(kwh)::text as value from measurement'),
      forecast: await value<string>(seeded, `select md5(string_agg(supply_point_id || start::text || kwh::text || issued_at::text, ',' order by supply_point_id, start)) as value from forecast`),
      prices: await value<string>(seeded, `select md5(string_agg(start::text || price_es::text || price_pt::text, ',' order by start)) as value from market_price`),
      invoices: await value<string>(seeded, `select md5(string_agg(number || total_amount::text || status || lines::text, ',' order by number)) as value from invoice`),
      settlements: await value<string>(seeded, `select md5(string_agg(month::text || net_amount::text || status, ',' order by month)) as value from generation_settlement`),
      pdfs: await value<string>(seeded, `select md5(string_agg(id || sha256 || size_bytes::text, ',' order by id)) as value from document`),
    });
    const [first, second] = await Promise.all([checksums(main), checksums(twin)]);
    expect(second).toEqual(first);
  });
});
