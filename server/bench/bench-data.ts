/**
 * pnpm bench:data --scale quick|small|large
 *
 * (Re)creates portal_bench_<scale> on the bench's own embedded PostgreSQL (bench/data/postgres),
 * migrates it with the server's migrations and fills it: small tables (accounts, CUPS, users)
 * generated here with the shared validators and COPYed; contracts, invoices, measurements,
 * forecasts and prices generated inside PostgreSQL with generate_series (no row crosses the
 * socket). See bench/README.md for the shapes and the measured generation rates.
 */
import { randomUUID } from 'node:crypto';
import { MOD23_LETTERS, addDays, addMonths, buildCups, firstOfMonth, madridMidnight, parseCups, parseFiscalId, type UserType } from '@portal/shared';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ormConfig } from '../src/app/orm-config.js';
import { MEASUREMENT_DAY_BACKFILL, MEASUREMENT_DAY_TRIGGERS } from '../src/core/db/migrations/Migration20261208040400_measurement_day.js';
import { chunked, copyText } from '../src/demo/pg-bulk.js';
import { Rng } from '../src/demo/random.js';
import {
  SCALE,
  benchDatabaseName,
  databaseUrl,
  formatCount,
  madridToday,
  parseArgs,
  parseScale,
  seconds,
  startBenchCluster,
  stringArg,
  BENCH_META_KEY,
  type BenchMeta,
  type Scale,
} from './common.js';

type Account = {
  id: string;
  fiscalId: string;
  kind: 'DNI' | 'NIE' | 'CIF';
  name: string;
  email: string;
  address: string;
  isCompany: boolean;
  points: Point[];
};

type Point = { id: string; cups: string; tariff: string; distributor: string; address: string; minutes: 15 | 60; scale: number; accountId: string };

type UserRow = {
  email: string;
  name: string;
  isAdmin: boolean;
  userTypes: UserType[];
  dni: string | null;
  dniKind: 'DNI' | 'NIE' | null;
  cif: string | null;
  related: string[];
  restriction: string[];
};

const FIRST_NAMES = ['Lucía', 'Hugo', 'Martina', 'Mateo', 'Sofía', 'Leo', 'Julia', 'Daniel', 'Paula', 'Pablo', 'Valeria', 'Álvaro', 'Carmen', 'Javier', 'Elena', 'Marco', 'Nerea', 'Iker', 'Ainhoa', 'Jordi'];
const LAST_NAMES = ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Etxeberria'];
const COMPANY_WORDS = ['Talleres', 'Norte', 'Sur', 'Industrias', 'Logística', 'Frigoríficos', 'Panadería', 'Hostelería', 'Solar', 'Cerámicas', 'Metalúrgica', 'Agrícola', 'Textil', 'Gráficas', 'Transportes'];
const STREETS = ['Calle Mayor', 'Avenida de la Constitución', 'Calle del Sol', 'Paseo de Gracia', 'Gran Vía', 'Calle Real', 'Polígono Industrial Asua', 'Carretera N-II'];
const CITIES = ['28013 Madrid', '08008 Barcelona', '48009 Bilbao', '41001 Sevilla', '46002 València', '50001 Zaragoza', '15001 A Coruña'];
const DISTRIBUTORS: Record<string, string> = { '0021': 'i-DE Redes Eléctricas Inteligentes', '0022': 'UFD Distribución Electricidad', '0031': 'e-distribución Redes Digitales' };

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)]!;
}

function checked(value: string, kind: 'DNI' | 'NIE' | 'CIF'): string {
  const parsed = parseFiscalId(value, kind);
  if (!parsed.ok) throw new Error(`generated an invalid ${kind} ${value}: ${parsed.message}`);
  return parsed.value;
}

function dni(n: number): string {
  const digits = String(n).padStart(8, '0');
  return checked(`${digits}${MOD23_LETTERS[n % 23]}`, 'DNI');
}

function nie(n: number): string {
  const prefix = ['X', 'Y', 'Z'][n % 3]!;
  const digits = String(n % 10_000_000).padStart(7, '0');
  return checked(`${prefix}${digits}${MOD23_LETTERS[Number(`${n % 3}${digits}`) % 23]}`, 'NIE');
}

function cif(n: number): string {
  const body = `B${String(n % 10_000_000).padStart(7, '0')}`;
  for (let control = 0; control <= 9; control++) {
    if (parseFiscalId(`${body}${control}`, 'CIF').ok) return checked(`${body}${control}`, 'CIF');
  }
  throw new Error(`no CIF control digit for ${body}`);
}

/** Accounts, their CUPS and one user each (plus extra users and an admin), deterministic per scale. */
export function planAccounts(scale: Scale): { accounts: Account[]; users: UserRow[]; quarterHourCups: string[] } {
  const rng = new Rng(`bench:${scale.name}`);
  const companies = Math.max(2, Math.round(scale.accounts * 0.2));
  const persons = scale.accounts - companies;
  const accounts: Account[] = [];
  let pointSeq = 0;
  const newPoint = (account: Account, tariff: string): Point => {
    pointSeq++;
    const distributor = pick(rng, Object.keys(DISTRIBUTORS));
    const digits = `${distributor}${String(7_000_000_000 + pointSeq * 7919).padStart(12, '0')}`;
    const cups = buildCups(digits);
    if (!parseCups(cups).ok) throw new Error(`generated an invalid CUPS ${cups}`);
    const scaleKwh = tariff === '2.0TD' ? rng.between(0.25, 0.7) : tariff === '3.0TD' ? rng.between(6, 30) : rng.between(80, 250);
    return {
      id: randomUUID(),
      cups,
      tariff,
      distributor: DISTRIBUTORS[distributor]!,
      address: `${pick(rng, STREETS)} ${rng.integer(1, 240)}, ${pick(rng, CITIES)}`,
      minutes: 60,
      scale: Math.round(scaleKwh * 1000) / 1000,
      accountId: account.id,
    };
  };

  for (let i = 0; i < persons; i++) {
    const first = pick(rng, FIRST_NAMES);
    const last = `${pick(rng, LAST_NAMES)} ${pick(rng, LAST_NAMES)}`;
    const foreign = i % 9 === 4;
    accounts.push({
      id: randomUUID(),
      fiscalId: foreign ? nie(1_000_000 + i * 37) : dni(10_000_000 + i * 104_729),
      kind: foreign ? 'NIE' : 'DNI',
      name: `${first} ${last}`,
      email: `cliente${i + 1}@bench.example`,
      address: `${pick(rng, STREETS)} ${rng.integer(1, 240)}, ${pick(rng, CITIES)}`,
      isCompany: false,
      points: [],
    });
  }
  for (let i = 0; i < companies; i++) {
    accounts.push({
      id: randomUUID(),
      fiscalId: cif(3_000_000 + i * 7_919),
      kind: 'CIF',
      name: `${pick(rng, COMPANY_WORDS)} ${pick(rng, COMPANY_WORDS)} ${i % 3 === 0 ? 'SA' : 'SL'}`,
      email: `empresa${i + 1}@bench.example`,
      address: `${pick(rng, STREETS)} ${rng.integer(1, 240)}, ${pick(rng, CITIES)}`,
      isCompany: true,
      points: [],
    });
  }

  // Persons: one home, a quarter of them a second one. Companies share the rest; the first is big.
  for (const account of accounts.filter((a) => !a.isCompany)) {
    const homes = rng.chance(0.25) ? 2 : 1;
    for (let h = 0; h < homes && pointSeq < scale.supplyPoints - companies; h++) account.points.push(newPoint(account, '2.0TD'));
  }
  const companyAccounts = accounts.filter((a) => a.isCompany);
  const remaining = scale.supplyPoints - pointSeq;
  const big = Math.max(2, Math.min(60, Math.round(remaining * 0.1)));
  const companyTariff = () => (rng.chance(0.1) ? '6.1TD' : rng.chance(0.25) ? '2.0TD' : '3.0TD');
  for (let k = 0; k < big; k++) companyAccounts[0]!.points.push(newPoint(companyAccounts[0]!, companyTariff()));
  for (let c = 1; c < companyAccounts.length; c++) companyAccounts[c]!.points.push(newPoint(companyAccounts[c]!, companyTariff()));
  while (pointSeq < scale.supplyPoints) {
    const account = companyAccounts[1 + Math.floor(rng.next() * (companyAccounts.length - 1))]!;
    account.points.push(newPoint(account, companyTariff()));
  }

  // One user per account; companies every third with the next company as a related fiscal ID,
  // every fourth restricted to half its CUPS.
  const users: UserRow[] = [{ email: 'admin@bench.example', name: 'Administración', isAdmin: true, userTypes: [], dni: null, dniKind: null, cif: null, related: [], restriction: [] }];
  const personTypes: UserType[][] = [['WEB_CLIENT_FORECAST'], ['WEB_CLIENT_MEASUREMENTS'], ['WEB_CLIENT'], ['WEB_CLIENT_FORECAST'], ['WEB_CLIENT_MEASUREMENTS', 'SOLAR_CLIENT']];
  const companyTypes: UserType[][] = [['WEB_CLIENT_FORECAST'], ['WEB_CLIENT_MEASUREMENTS'], ['WEB_CLIENT_MEASUREMENTS'], ['WEB_CLIENT_GENERATOR'], ['WEB_CLIENT']];
  accounts.forEach((account, index) => {
    if (!account.isCompany) {
      users.push({
        email: account.email,
        name: account.name,
        isAdmin: false,
        userTypes: personTypes[index % personTypes.length]!,
        dni: account.fiscalId,
        dniKind: account.kind as 'DNI' | 'NIE',
        cif: null,
        related: [],
        restriction: [],
      });
      return;
    }
    const c = companyAccounts.indexOf(account);
    const next = companyAccounts[c + 1];
    const restricted = c % 4 === 3 && account.points.length >= 2;
    users.push({
      email: account.email,
      name: account.name,
      isAdmin: false,
      userTypes: c === 0 ? ['WEB_CLIENT_FORECAST'] : companyTypes[c % companyTypes.length]!,
      dni: null,
      dniKind: null,
      cif: account.fiscalId,
      related: c % 3 === 1 && next ? [next.fiscalId] : [],
      restriction: restricted ? account.points.slice(0, Math.ceil(account.points.length / 2)).map((p) => p.cups) : [],
    });
  });
  for (let i = 0; i < scale.extraUsers; i++) {
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    users.push({
      email: `${first}.${last}.${i + 1}@bench.example`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
      name: `${first} ${last} ${pick(rng, LAST_NAMES)}`,
      isAdmin: false,
      userTypes: ['WEB_CLIENT'],
      dni: dni(60_000_000 + i * 7_727),
      dniKind: 'DNI',
      cif: null,
      related: [],
      restriction: [],
    });
  }

  // Quarter-hour curves: 3.0TD/6.1TD CUPS of companies whose user sees measurements, unrestricted.
  const measuring = new Set(users.filter((u) => u.cif && u.restriction.length === 0 && u.userTypes.some((t) => t === 'WEB_CLIENT_MEASUREMENTS' || t === 'WEB_CLIENT_FORECAST')).map((u) => u.cif));
  const candidates = companyAccounts.filter((a) => measuring.has(a.fiscalId)).flatMap((a) => a.points.filter((p) => p.tariff !== '2.0TD'));
  const wanted = Math.max(2, Math.round(scale.supplyPoints * scale.quarterHourShare));
  const quarterHourCups: string[] = [];
  for (let i = 0; i < candidates.length && quarterHourCups.length < wanted; i += Math.max(1, Math.floor(candidates.length / wanted))) {
    candidates[i]!.minutes = 15;
    quarterHourCups.push(candidates[i]!.cups);
  }
  return { accounts, users, quarterHourCups };
}

const tsv = (value: string | number | boolean | null): string =>
  value === null ? '\\N' : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
const pgArray = (values: string[]): string => `{${values.map((v) => `"${v}"`).join(',')}}`;
const line = (values: (string | number | boolean | null)[]): string => `${values.map(tsv).join('\t')}\n`;

type Timing = { rows: number; seconds: number };

async function timed(byTable: Record<string, Timing>, name: string, work: () => Promise<number>): Promise<void> {
  const started = performance.now();
  const rows = await work();
  const elapsed = (performance.now() - started) / 1000;
  byTable[name] = { rows, seconds: elapsed };
  console.log(`  ${name.padEnd(34)} ${formatCount(rows).padStart(12)} rows  ${elapsed.toFixed(1).padStart(6)} s  ${formatCount(rows / Math.max(elapsed, 0.001)).padStart(11)} rows/s`);
}

/** Constraints and indexes of a big table, dropped for the load and rebuilt once after it. */
async function withoutIndexes(client: pg.Client, table: string, load: () => Promise<void>): Promise<void> {
  const constraints = (
    await client.query<{ name: string; def: string; contype: string }>(
      `select conname as name, pg_get_constraintdef(oid) as def, contype from pg_constraint where conrelid = $1::text::regclass and contype in ('p', 'f', 'u')`,
      [table],
    )
  ).rows;
  const indexes = (
    await client.query<{ name: string; def: string }>(
      `select indexname as name, indexdef as def from pg_indexes where tablename = $1::text and indexname not in (select conname from pg_constraint where conrelid = $1::text::regclass)`,
      [table],
    )
  ).rows;
  for (const index of indexes) await client.query(`drop index "${index.name}"`);
  for (const constraint of constraints) await client.query(`alter table "${table}" drop constraint "${constraint.name}"`);
  const loaded = performance.now();
  await load();
  const rebuilt = performance.now();
  // Primary and unique keys first: foreign keys of other tables may need them.
  const order = (c: { contype: string }) => (c.contype === 'f' ? 1 : 0);
  for (const constraint of [...constraints].sort((a, b) => order(a) - order(b))) {
    await client.query(`alter table "${table}" add constraint "${constraint.name}" ${constraint.def}`);
  }
  for (const index of indexes) await client.query(index.def);
  console.log(`    ${table}: rows in ${seconds(rebuilt - loaded)}, keys and indexes rebuilt in ${seconds(performance.now() - rebuilt)}`);
}

/** One big INSERT … SELECT per slice of supply points, `workers` slices at a time on their own connections. */
async function parallelSlices(url: string, workers: number, points: Point[], sql: string, params: (slice: Point[]) => unknown[]): Promise<number> {
  const slices: Point[][] = Array.from({ length: workers }, () => []);
  points.forEach((point, i) => slices[i % workers]!.push(point));
  const counts = await Promise.all(
    slices.map(async (slice) => {
      if (slice.length === 0) return 0;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('set synchronous_commit = off');
        let rows = 0;
        // Batches keep each statement's sort and memory small.
        for (let offset = 0; offset < slice.length; offset += 50) {
          const result = await client.query(sql, params(slice.slice(offset, offset + 50)));
          rows += result.rowCount ?? 0;
        }
        return rows;
      } finally {
        await client.end();
      }
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

// Consumption per interval: a daily shape (low at night, high in the afternoon), a seasonal term
// (winter and summer peaks), computed once per instant, times a per-CUPS scale and ±15 % noise.
// Quarter-hours get a quarter of the hourly energy. $1 ids, $2 scales, $3 from, $4 until, $5 minutes.
const SHAPED_TIMES = `times as materialized (
    select t, (0.35 + 0.65 * greatest(0, sin(pi() * (extract(hour from t at time zone 'Europe/Madrid') - 6) / 17.0)))
              * (1 + 0.25 * cos(4 * pi() * extract(doy from t at time zone 'Europe/Madrid') / 365.0)) as shape
    from generate_series($3::timestamptz, $4::timestamptz - make_interval(mins => $5::int), make_interval(mins => $5::int)) as t
  )`;

const MEASUREMENT_INSERT = `
  with ${SHAPED_TIMES}
  insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
  select p.id, times.t, $5::int, round((p.scale * $5::int / 60.0 * times.shape * (0.85 + 0.3 * random()))::numeric, 3), random() < 0.03
  from unnest($1::uuid[], $2::float8[]) as p(id, scale) cross join times`;

// Forecasts are hourly, issued day-ahead at 12:00 local the day before.
const FORECAST_INSERT = `
  with ${SHAPED_TIMES}
  insert into forecast (supply_point_id, start, interval_minutes, kwh, issued_at)
  select p.id, times.t, 60, round((p.scale * times.shape * (0.9 + 0.2 * random()))::numeric, 3),
         date_trunc('day', times.t, 'Europe/Madrid') - interval '12 hours'
  from unnest($1::uuid[], $2::float8[]) as p(id, scale) cross join times`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = SCALE[parseScale(stringArg(args, 'scale'), 'small')];
  const workers = Number(stringArg(args, 'workers') ?? 2);
  const database = benchDatabaseName(scale.name);
  const started = performance.now();
  console.log(`bench:data --scale ${scale.name}: ${formatCount(scale.accounts)} accounts, ${formatCount(scale.supplyPoints)} CUPS → ${database}`);

  const cluster = await startBenchCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.query(`create database "${database}"`);
    await admin.end();
    const url = databaseUrl(cluster.url, database);

    const orm = await MikroORM.init({ ...ormConfig(url), logger: () => {} });
    const migrations = await orm.getMigrator().up();
    await orm.close(true);
    console.log(`  migrated (${migrations.length} migrations)`);

    const today = madridToday();
    const measuredFrom = addDays(today, -365);
    const from = madridMidnight(measuredFrom).toISOString();
    const until = madridMidnight(today).toISOString();
    const forecastFrom = madridMidnight(firstOfMonth(addMonths(today, -3))).toISOString();
    const forecastUntil = madridMidnight(addDays(today, 8)).toISOString();
    const pricesUntil = madridMidnight(addDays(today, 2)).toISOString();
    const invoicesFrom = firstOfMonth(addMonths(today, -scale.invoiceMonths));

    const { accounts, users, quarterHourCups } = planAccounts(scale);
    const points = accounts.flatMap((a) => a.points);
    const byTable: Record<string, Timing> = {};
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('set synchronous_commit = off');
    const now = new Date().toISOString();

    await timed(byTable, 'customer_account (COPY)', async () => {
      await copyText(
        client,
        'copy customer_account (id, fiscal_id, fiscal_id_kind, name, billing_email, phone, address, created_at) from stdin',
        chunked(accounts.map((a) => line([a.id, a.fiscalId, a.kind, a.name, a.email, '+34 600 000 000', a.address, now]))),
      );
      return accounts.length;
    });
    await timed(byTable, 'supply_point (COPY)', async () => {
      await copyText(
        client,
        'copy supply_point (id, cups, address, distributor, access_tariff, is_generator, account_id) from stdin',
        chunked(points.map((p) => line([p.id, p.cups, p.address, p.distributor, p.tariff, false, p.accountId]))),
      );
      return points.length;
    });
    await timed(byTable, 'app_user (COPY)', async () => {
      await copyText(
        client,
        `copy app_user (id, email, name, language, status, is_admin, user_types, personal_fiscal_id, personal_fiscal_id_kind,
           company_fiscal_id, related_fiscal_ids, cups_restriction, password_hash, created_at) from stdin`,
        chunked(
          users.map((u) =>
            line([randomUUID(), u.email, u.name, 'es', 'ACTIVE', u.isAdmin, pgArray(u.userTypes), u.dni, u.dniKind, u.cif, pgArray(u.related), pgArray(u.restriction), null, now]),
          ),
        ),
      );
      return users.length;
    });
    await timed(byTable, 'contract (SQL)', async () => {
      const result = await client.query(
        `insert into contract (id, code, account_id, supply_point_id, access_tariff, contracted_power_kw, product_name, start_date, end_date, status, activated_at, created_at)
         select gen_random_uuid(), 'CT-BENCH-' || lpad(row_number() over (order by cups)::text, 7, '0'), account_id, id, access_tariff,
                case access_tariff when '2.0TD' then '{"P1": "4.600", "P2": "4.600"}'::jsonb
                     else '{"P1": "45.000", "P2": "45.000", "P3": "45.000", "P4": "45.000", "P5": "45.000", "P6": "50.000"}'::jsonb end,
                case access_tariff when '2.0TD' then 'Hogar Tres Periodos' else 'Empresa Seis Periodos' end,
                $1::date, null, 'ACTIVE', $1::date + time '09:00', $1::date - 10
         from supply_point`,
        [addMonths(invoicesFrom, -1)],
      );
      return result.rowCount ?? 0;
    });
    await timed(byTable, 'invoice (SQL)', async () => {
      // One invoice a month per contract; the latest ISSUED, about 2 % OVERDUE, the rest PAID.
      const result = await client.query(
        `insert into invoice (id, number, contract_id, account_id, supply_point_id, period_start, period_end, issue_date, due_date,
                              energy_kwh, tax_base, tax_amount, total_amount, status, lines, document_id)
         select gen_random_uuid(), 'FE-' || to_char(issue, 'YYYY') || '-' || lpad((row_number() over (order by issue, c.code))::text, 8, '0'),
                c.id, c.account_id, c.supply_point_id, month, period_end, issue, issue + 20,
                energy, base, round(base * 0.26, 2), base + round(base * 0.26, 2),
                case when month = max(month) over () then 'ISSUED' when random() < 0.02 then 'OVERDUE' else 'PAID' end,
                jsonb_build_array(
                  jsonb_build_object('description', 'Energía consumida P1', 'quantity', energy::text, 'unit', 'kWh', 'unitPrice', '0.145900', 'amount', round(energy * 0.1459, 2)::text),
                  jsonb_build_object('description', 'Potencia contratada P1', 'quantity', '138.000', 'unit', 'kW·día', 'unitPrice', '0.082192', 'amount', '11.34'),
                  jsonb_build_object('description', 'Alquiler de equipos de medida', 'quantity', '30', 'unit', 'días', 'unitPrice', '0.026630', 'amount', '0.80')),
                null
         from contract c
         cross join lateral generate_series($1::date::timestamp, $2::date::timestamp, interval '1 month') as m(month_ts)
         cross join lateral (select m.month_ts::date as month, (m.month_ts + interval '1 month - 1 day')::date as period_end,
                                    (m.month_ts + interval '1 month 3 days')::date as issue) d
         cross join lateral (select round((50 + random() * case c.access_tariff when '2.0TD' then 400 else 9000 end)::numeric, 3) as energy) e
         cross join lateral (select round(e.energy * 0.1459 + 12.14, 2) as base) b`,
        [invoicesFrom, addMonths(firstOfMonth(today), -1)],
      );
      return result.rowCount ?? 0;
    });

    const pointArrays = (slice: Point[]) => [slice.map((p) => p.id), slice.map((p) => p.scale)];
    await timed(byTable, 'measurement (SQL, parallel)', async () => {
      let rows = 0;
      // The daily rollup's triggers would rebuild days per statement without the key index:
      // off for the load, then one back-fill.
      for (const name of MEASUREMENT_DAY_TRIGGERS) await client.query(`alter table measurement disable trigger ${name}`);
      await withoutIndexes(client, 'measurement', async () => {
        for (const minutes of [60, 15]) {
          const group = points.filter((p) => p.minutes === minutes);
          rows += await parallelSlices(url, workers, group, MEASUREMENT_INSERT, (slice) => [...pointArrays(slice), from, until, minutes]);
        }
      });
      for (const name of MEASUREMENT_DAY_TRIGGERS) await client.query(`alter table measurement enable always trigger ${name}`);
      return rows;
    });
    await timed(byTable, 'measurement_day (rollup back-fill)', async () => {
      await client.query(MEASUREMENT_DAY_BACKFILL);
      return Number((await client.query<{ days: string }>('select count(*) as days from measurement_day')).rows[0]!.days);
    });
    await timed(byTable, 'forecast (SQL, parallel)', async () => {
      let rows = 0;
      await withoutIndexes(client, 'forecast', async () => {
        rows = await parallelSlices(url, workers, points, FORECAST_INSERT, (slice) => [...pointArrays(slice), forecastFrom, forecastUntil, 60]);
      });
      return rows;
    });
    await timed(byTable, 'market_price (SQL)', async () => {
      // Hourly until OMIE's switch to quarter-hours (1 October 2025), quarter-hours after it.
      const result = await client.query(
        `insert into market_price (start, interval_minutes, price_es, price_pt)
         select t, minutes, price, price + round((random() * 2 - 1)::numeric, 2)
         from (
           select t, case when t < '2025-09-30 22:00:00+00' then 60 else 15 end as minutes
           from generate_series($1::timestamptz, $2::timestamptz - interval '15 minutes', interval '15 minutes') t
         ) s
         cross join lateral (select round((60 + 40 * sin(pi() * extract(hour from t at time zone 'Europe/Madrid') / 24.0) + random() * 20)::numeric, 2) as price) p
         where minutes = 15 or extract(minute from t) = 0`,
        [from, pricesUntil],
      );
      return result.rowCount ?? 0;
    });

    const vacuumStarted = performance.now();
    await client.query('vacuum (analyze)');
    console.log(`  vacuum analyze                     ${seconds(performance.now() - vacuumStarted)}`);

    const totalRows = Object.values(byTable).reduce((sum, t) => sum + t.rows, 0);
    const totalSeconds = (performance.now() - started) / 1000;
    const meta: BenchMeta = {
      scale: scale.name,
      today,
      measuredFrom,
      quarterHourCups,
      counts: Object.fromEntries(Object.entries(byTable).map(([name, t]) => [name.split(' ')[0]!, t.rows])),
      generation: { seconds: totalSeconds, rowsPerSecond: totalRows / totalSeconds, byTable: Object.entries(byTable).map(([name, t]) => ({ name, ...t })) },
    };
    await client.query(`insert into app_meta (key, value, updated_at) values ($1, $2, now())`, [BENCH_META_KEY, JSON.stringify(meta)]);
    const size = (await client.query<{ size: string }>('select pg_size_pretty(pg_database_size(current_database())) as size')).rows[0]!.size;
    await client.end();
    console.log(
      `Done: ${formatCount(totalRows)} rows in ${totalSeconds.toFixed(1)} s (${formatCount(totalRows / totalSeconds)} rows/s overall, ` +
        `indexes, vacuum and migrations included); database ${database} is ${size}.`,
    );
  } finally {
    await cluster.stop();
  }
}

await main();
