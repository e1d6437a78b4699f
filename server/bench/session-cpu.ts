/**
 * `pnpm bench:session`: the server CPU one `{ __typename }` request costs with a session cookie
 * (cookie -> viewer and row scope) and without one, from /proc/<pid>/stat of the server process.
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
import { createAccount, createSupplyPoint, createUser } from '../test/factories.js';
import { BENCH_PG_PORT, BENCH_SECRET_KEY, SERVER_DIR, databaseUrl, parseArgs, processCpuMs, productionServerEnv, stringArg } from './common.js';
import { startProcess } from './load.js';

const args = parseArgs(process.argv.slice(2));
const requests = Number(stringArg(args, 'requests') ?? 2_000);
const rounds = Number(stringArg(args, 'rounds') ?? 3);
const PORT = 54_390;
const COOKIE = '__Host-portal_session'; // NODE_ENV=production (app/context.ts sessionCookieName)


/** Server CPU per request (ms) over `count` sequential requests. */
async function cpuPerRequest(pid: number, count: number, cookie: string | null): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  const body = JSON.stringify({ query: '{ __typename }' });
  const before = processCpuMs(pid);
  for (let i = 0; i < count; i++) {
    const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, { method: 'POST', headers, body });
    const json = (await res.json()) as { data?: unknown };
    if (!json.data) throw new Error(`unexpected answer ${JSON.stringify(json)}`);
  }
  return (processCpuMs(pid) - before) / count;
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
  await createSupplyPoint(em, account);
  await createSupplyPoint(em, account);
  const user = await createUser(em, { userTypes: ['WEB_CLIENT_FORECAST'], personalFiscalId: '12345678Z', personalFiscalIdKind: 'DNI' });
  const { token } = await startSession(em, user, { idleMs: 3_600_000, maxAgeMs: 12 * 3_600_000 }, { now: new Date() });
  await orm.close(true);

  const server = await startProcess(process.execPath, ['--import', 'tsx', '--conditions', 'source', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: productionServerEnv({ databaseUrl: url, port: PORT, dataDir: path.join(dataDir, 'server-data') }),
    ready: /is running at/,
  });
  try {
    const pid = server.child.pid!;
    const cookie = `${COOKIE}=${token}`;
    await cpuPerRequest(pid, 500, cookie); // warm-up: JIT, pools, prepared plans
    await cpuPerRequest(pid, 500, null);
    const signedIn: number[] = [];
    const signedOut: number[] = [];
    for (let round = 0; round < rounds; round++) {
      signedIn.push(await cpuPerRequest(pid, requests, cookie));
      signedOut.push(await cpuPerRequest(pid, requests, null));
    }
    const fmt = (values: number[]) => `${median(values).toFixed(3)} ms (rounds: ${values.map((v) => v.toFixed(3)).join(', ')})`;
    console.log(`server CPU per { __typename }, ${requests} sequential requests x ${rounds} rounds, medians:`);
    console.log(`  with a session cookie: ${fmt(signedIn)}`);
    console.log(`  without a cookie:      ${fmt(signedOut)}`);
    console.log(`  the session's share:   ${(median(signedIn) - median(signedOut)).toFixed(3)} ms`);
  } finally {
    await server.stop();
  }
} finally {
  await cluster.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(pgDir, { recursive: true, force: true });
}
