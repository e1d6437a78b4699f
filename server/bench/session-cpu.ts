/**
 * `pnpm bench:session` / `pnpm bench:cpu`: the server CPU one request costs, from /proc/<pid>/stat
 * of the server process: `{ __typename }` with a session cookie (cookie -> viewer and row scope)
 * and without one, and (bench:cpu, `--queries`) the bench's invoices page and home query
 * (scenarios.ts, the SPA's documents) for a customer with 2 CUPS, 48 invoices and a year of hours.
 * Its own throwaway PostgreSQL (port BENCH_PG_PORT) and database; the server runs from source (tsx).
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ormConfig } from '../src/app/orm-config.js';
import { startEmbeddedPostgres } from '../src/core/db/embedded-postgres.js';
import { useSecretKey } from '../src/core/secrets.js';
import { startSession } from '../src/modules/auth/session.service.js';
import { addDays, addMonths } from '@portal/shared';
import { InvoiceStatus } from '../src/modules/invoices/invoice.entity.js';
import { createAccount, createContract, createInvoice, createSupplyPoint, createUser } from '../test/factories.js';
import { BENCH_PG_PORT, BENCH_SECRET_KEY, SERVER_DIR, databaseUrl, parseArgs, processCpuMs, productionServerEnv, stringArg } from './common.js';
import { startProcess } from './load.js';
import { SCENARIOS } from './scenarios.js';

const args = parseArgs(process.argv.slice(2));
const requests = Number(stringArg(args, 'requests') ?? 2_000);
const withQueries = args.has('queries');
// --only <substring>: just the cases whose name contains it (e.g. a profile of the invoices page alone).
const only = stringArg(args, 'only');
const rounds = Number(stringArg(args, 'rounds') ?? 3);
const PORT = Number(stringArg(args, 'port') ?? 54_390);
const COOKIE = '__Host-portal_session'; // NODE_ENV=production (app/context.ts sessionCookieName)


type Case = { name: string; cookie: boolean; body: string };

/** Server CPU per request (ms) over `count` sequential requests. */
async function cpuPerRequest(pid: number, count: number, cookie: string | null, body: string): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  const before = processCpuMs(pid);
  for (let i = 0; i < count; i++) {
    const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, { method: 'POST', headers, body });
    const json = (await res.json()) as { data?: unknown; errors?: unknown };
    if (!json.data || json.errors) throw new Error(`unexpected answer ${JSON.stringify(json)}`);
  }
  return (processCpuMs(pid) - before) / count;
}

function scenarioBody(name: 'home' | 'invoices', today: string): string {
  const scenario = SCENARIOS.find((s) => s.name === name)!;
  return JSON.stringify({ query: scenario.query, variables: scenario.variables({ today, measuredFrom: addMonths(today, -12) }, { index: 0 }) });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'portal-session-cpu-'));
const pgDir = await mkdtemp(path.join(os.tmpdir(), 'portal-session-cpu-pg-'));
const cluster = await startEmbeddedPostgres({ dataDir: pgDir, port: BENCH_PG_PORT, database: 'postgres', log: () => {} });
try {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('create database portal_session_cpu');
  await admin.end();
  const url = databaseUrl(cluster.url, 'portal_session_cpu');
  const orm = await MikroORM.init({ ...ormConfig(url), logger: () => {} });
  await orm.getMigrator().up();
  useSecretKey(BENCH_SECRET_KEY);
  // A customer with two CUPS: the scope read has rows to return.
  const em = orm.em.fork();
  const account = await createAccount(em, { fiscalId: '12345678Z', fiscalIdKind: 'DNI' });
  const today = new Date().toISOString().slice(0, 10);
  for (let p = 0; p < 2; p++) {
    const contract = await createContract(em, await createSupplyPoint(em, account), { startDate: addMonths(today, -30) });
    for (let month = 1; month <= 24; month++) {
      const periodStart = addMonths(today, -month);
      await createInvoice(em, contract, {
        periodStart,
        periodEnd: addDays(addMonths(periodStart, 1), -1),
        issueDate: addDays(addMonths(periodStart, 1), 3),
        status: month === 1 ? InvoiceStatus.ISSUED : month === 5 ? InvoiceStatus.OVERDUE : InvoiceStatus.PAID,
      });
    }
  }
  // A year and a month of hourly measurements per CUPS: home sums this month and last year's.
  await em.execute(`insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
    select sp.id, t, 60, 0.25, false from supply_point sp,
      generate_series(date_trunc('hour', now()) - interval '400 days', date_trunc('hour', now()) - interval '1 hour', interval '1 hour') t`);
  const user = await createUser(em, { userTypes: ['WEB_CLIENT_FORECAST'], personalFiscalId: '12345678Z', personalFiscalIdKind: 'DNI' });
  const { token } = await startSession(em, user, { idleMs: 3_600_000, maxAgeMs: 12 * 3_600_000 }, { now: new Date() });
  await orm.close(true);

  // --cpu-prof <dir>: a V8 CPU profile of the server, written when it stops (where a request's CPU goes).
  const profileDir = stringArg(args, 'cpu-prof');
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(profileDir)] : [];
  const server = await startProcess(process.execPath, [...profile, '--import', 'tsx', '--conditions', 'source', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: productionServerEnv({ databaseUrl: url, port: PORT, dataDir: path.join(dataDir, 'server-data') }),
    ready: /is running at/,
    timeoutMs: 300_000, // from source, on shared cores
  });
  try {
    const pid = server.child.pid!;
    const cookie = `${COOKIE}=${token}`;
    const typename = JSON.stringify({ query: '{ __typename }' });
    const cases: Case[] = [
      { name: '{ __typename } with a session cookie', cookie: true, body: typename },
      { name: '{ __typename } without a cookie', cookie: false, body: typename },
      ...(withQueries
        ? [
            { name: 'invoices page (20 + totalCount)', cookie: true, body: scenarioBody('invoices', today) },
            { name: 'home', cookie: true, body: scenarioBody('home', today) },
          ]
        : []),
    ];
    if (only) cases.splice(0, cases.length, ...cases.filter((c) => c.name.includes(only)));
    for (const c of cases) await cpuPerRequest(pid, 500, c.cookie ? cookie : null, c.body); // warm-up: JIT, pools, prepared plans
    const results = cases.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) {
      for (const [i, c] of cases.entries()) results[i]!.push(await cpuPerRequest(pid, requests, c.cookie ? cookie : null, c.body));
    }
    const fmt = (values: number[]) => `${median(values).toFixed(3)} ms (rounds: ${values.map((v) => v.toFixed(3)).join(', ')})`;
    console.log(`server CPU per request, ${requests} sequential requests x ${rounds} rounds, medians:`);
    for (const [i, c] of cases.entries()) console.log(`  ${c.name.padEnd(40)} ${fmt(results[i]!)}`);
    if (!only) console.log(`  the session's share:                     ${(median(results[0]!) - median(results[1]!)).toFixed(3)} ms`);
  } finally {
    await server.stop();
  }
} finally {
  await cluster.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(pgDir, { recursive: true, force: true });
}
