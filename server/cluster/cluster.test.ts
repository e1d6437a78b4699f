import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROWS, scopedEntityManager } from '../src/core/permissions/row-scope.js';
import { hashPassword } from '../src/modules/auth/index.js';
import { outboxMessageId } from '../src/modules/notifications/outbox-worker.js';
import { createTestDatabase, type TestDatabase } from '../test/database.js';
import { createAccount, createAdmin, createInstallation } from '../test/factories.js';
import { freePort } from '../test/free-port.js';
import { startSmtpPeer, type SmtpPeer } from '../test/smtp.js';
import { haproxyConfig } from './haproxy-config.js';

/**
 * Issue 18, item 2: three production servers on one PostgreSQL behind HAProxy, loaded through
 * the balancer by signed-in sessions that read, queue e-mails and upload files; one server is
 * killed with SIGKILL mid-load. Sessions must keep working on the survivors, each queued e-mail
 * reach the SMTP peer once (by Message-ID), no upload be half-stored, and once the balancer has
 * taken the dead server out, no request fail.
 */

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_MAIN = path.join(SERVER_DIR, 'dist', 'main.js');
const CLIENT_INDEX = path.join(SERVER_DIR, '..', 'client', 'dist', 'index.html');
const SECRET_KEY = randomBytes(32).toString('base64url');
const PASSWORD = 'cluster-test-password-2026';
const SESSIONS = 6;
const MARK = 'cluster-';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type AppServer = { name: string; port: number; child: ChildProcess | null; logs: string[] };
type Phase = 'before' | 'during' | 'after';
type Tally = { requests: number; errors: number };

let db: TestDatabase;
let smtp: SmtpPeer;
let dataDir: string;
let haproxy: ChildProcess;
const haproxyLogs: string[] = [];
let balancer: string;
let statsUrl: string;
const servers: AppServer[] = [];
const cookies: string[] = [];
let installationId: string;

function serverEnv(server: AppServer): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(server.port),
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    SECRET_KEY,
    SMTP_URL: smtp.url,
    PUBLIC_URL: balancer,
    SEED_DEMO_DATA: 'false',
  };
  return env;
}

async function startServer(server: AppServer): Promise<void> {
  server.logs = [];
  const child = spawn(process.execPath, [SERVER_MAIN], { cwd: SERVER_DIR, env: serverEnv(server), stdio: ['ignore', 'pipe', 'pipe'] });
  server.child = child;
  child.stdout!.on('data', (chunk: Buffer) => server.logs.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => server.logs.push(chunk.toString()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${server.name} exited (${child.exitCode}):\n${server.logs.join('')}`);
    if (await fetch(`http://127.0.0.1:${server.port}/readyz`).then((r) => r.ok, () => false)) return;
    await sleep(200);
  }
}

async function stopServer(server: AppServer, signal: NodeJS.Signals): Promise<void> {
  const child = server.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** The balancer's view of each server (UP, DOWN, …), from its stats page. */
async function balancerStatus(): Promise<Record<string, string>> {
  const csv = await (await fetch(`${statsUrl};csv`)).text();
  const status: Record<string, string> = {};
  for (const line of csv.split('\n')) {
    const [proxy, name, ...rest] = line.split(',');
    if (proxy === 'app_servers' && name && name !== 'BACKEND') status[name] = rest[15]!;
  }
  return status;
}

async function waitForBalancer(name: string, wanted: 'UP' | 'DOWN'): Promise<void> {
  while (!(await balancerStatus())[name]?.startsWith(wanted)) await sleep(100);
}

async function graphql(cookie: string, query: string, variables?: unknown): Promise<{ data?: Record<string, unknown> | null; errors?: unknown[] }> {
  const res = await fetch(`${balancer}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}

async function signedIn(cookie: string): Promise<boolean> {
  const answer = await graphql(cookie, '{ viewer { email } }');
  return typeof (answer.data?.viewer as { email?: unknown } | null)?.email === 'string';
}

/** What the load sent and what failed, by phase; e-mail subjects and upload titles that were answered OK. */
const actions: Record<Phase, Tally> = { before: { requests: 0, errors: 0 }, during: { requests: 0, errors: 0 }, after: { requests: 0, errors: 0 } };
const reads: Record<Phase, Tally> = { before: { requests: 0, errors: 0 }, during: { requests: 0, errors: 0 }, after: { requests: 0, errors: 0 } };
const confirmedEmails: string[] = [];
const confirmedUploads: string[] = [];
let failedUploads = 0;
let sequence = 0;

/** One session's loop of e-mail-producing and uploading actions, until the phase is stopped. */
async function actionLoop(cookie: string, phase: () => Phase, stopped: () => boolean): Promise<void> {
  while (!stopped()) {
    const n = sequence++;
    const at = phase();
    actions[at].requests++;
    try {
      if (n % 2 === 0) {
        const subject = `${MARK}${n}`;
        const answer = await graphql(cookie, 'mutation ($input: EmailTemplatePreviewInput!) { sendTestEmail(input: $input) }', {
          input: { subject, body: `Prueba de carga ${n}` },
        });
        if (typeof answer.data?.sendTestEmail !== 'string') throw new Error(JSON.stringify(answer.errors));
        confirmedEmails.push(`[Prueba] ${subject}`);
      } else {
        const title = `${MARK}${n}`;
        const form = new FormData();
        form.set('title', title);
        form.set('file', new Blob([`%PDF-1.4\n${'%'.repeat(64 * 1024)}\n${n}\n`], { type: 'application/pdf' }), 'contrato.pdf');
        const res = await fetch(`${balancer}/uploads/installations/${installationId}/signing-documents`, {
          method: 'POST',
          headers: { cookie, origin: balancer },
          body: form,
        });
        if (!res.ok) throw new Error(`upload HTTP ${res.status}`);
        confirmedUploads.push(title);
      }
    } catch {
      if (n % 2 === 1) failedUploads++;
      actions[at].errors++;
    }
  }
}

/** Signed-in reads through the balancer with autocannon for `seconds`, every session in turn. */
function readLoad(seconds: number): Promise<Tally> {
  let next = 0;
  let bodyErrors = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${balancer}/graphql`,
        connections: 8,
        duration: seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => ({
              ...request,
              headers: { 'content-type': 'application/json', cookie: cookies[next++ % cookies.length]! },
              body: JSON.stringify({ query: '{ viewer { email } }' }),
            }),
            onResponse: (status, body) => {
              if (status === 200 && !body.includes('"email":')) bodyErrors++;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ requests: result.requests.total, errors: result.non2xx + result.errors + result.timeouts + bodyErrors });
      },
    );
  });
}

/** Reads and actions together for one phase; `during` also runs alongside the phase. */
async function runPhase(phase: Phase, seconds: number, during?: () => Promise<void>): Promise<void> {
  let stopped = false;
  const loops = cookies.map((cookie) => actionLoop(cookie, () => phase, () => stopped));
  const [tally] = await Promise.all([readLoad(seconds), during?.()]);
  stopped = true;
  await Promise.all(loops);
  reads[phase] = tally!;
}

beforeAll(async () => {
  if (!existsSync(SERVER_MAIN) || !existsSync(CLIENT_INDEX)) throw new Error('The cluster suite runs the production build: run `pnpm build` first.');
  db = await createTestDatabase();
  smtp = await startSmtpPeer();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'portal-cluster-'));
  await chmod(dataDir, 0o755);
  const listenPort = await freePort();
  const statsPort = await freePort();
  balancer = `http://127.0.0.1:${listenPort}`;
  statsUrl = `http://127.0.0.1:${statsPort}/stats`;

  const em = scopedEntityManager(db.orm.em.fork(), ALL_ROWS);
  const passwordHash = await hashPassword(PASSWORD);
  const admins = [];
  for (let i = 0; i < SESSIONS; i++) admins.push(await createAdmin(em, { email: `admin${i}@cluster.example`, passwordHash }));
  installationId = (await createInstallation(em, await createAccount(em))).id;

  for (const name of ['app1', 'app2', 'app3']) servers.push({ name, port: await freePort(), child: null, logs: [] });
  await Promise.all(servers.map((server) => startServer(server)));

  const configFile = path.join(dataDir, 'haproxy.cfg');
  await writeFile(configFile, haproxyConfig({ listenPort, statsPort, servers }));
  haproxy = spawn('haproxy', ['-db', '-f', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  haproxy.stdout!.on('data', (chunk: Buffer) => haproxyLogs.push(chunk.toString()));
  haproxy.stderr!.on('data', (chunk: Buffer) => haproxyLogs.push(chunk.toString()));
  for (;;) {
    if (haproxy.exitCode !== null) throw new Error(`HAProxy exited:\n${haproxyLogs.join('')}`);
    const status = await balancerStatus().catch(() => ({}) as Record<string, string>);
    if (servers.every((server) => status[server.name]?.startsWith('UP'))) break;
    await sleep(200);
  }

  // Signed in through the balancer: each session is created on whichever server answered.
  for (const admin of admins) {
    const res = await fetch(`${balancer}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }', variables: { e: admin.email, p: PASSWORD } }),
    });
    const cookie = res.headers.getSetCookie().find((value) => value.includes('session='));
    if (!cookie) throw new Error(`No session cookie for ${admin.email}: ${await res.text()}`);
    cookies.push(cookie.split(';')[0]!);
  }
});

afterAll(async () => {
  for (const server of servers) await stopServer(server, 'SIGTERM');
  if (haproxy && haproxy.exitCode === null) haproxy.kill('SIGTERM');
  await smtp?.stop();
  await db?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('three servers behind HAProxy, one killed with SIGKILL mid-load', () => {
  const victim = () => servers[1]!;
  let killedAt = 0;
  let settledAfterMs = 0;

  it('runs the load; once the balancer took the dead server out, nothing fails', async () => {
    for (const cookie of cookies) expect(await signedIn(cookie)).toBe(true);
    await runPhase('before', 4);
    await runPhase('during', 8, async () => {
      await sleep(2_000);
      killedAt = Date.now();
      await stopServer(victim(), 'SIGKILL');
      await waitForBalancer(victim().name, 'DOWN');
      settledAfterMs = Date.now() - killedAt;
    });
    await runPhase('after', 6);

    const [{ server_version: version }] = await db.orm.em.getConnection().execute<[{ server_version: string }]>('show server_version');
    console.log(
      [
        `cluster (${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded'} PostgreSQL ${version}): 3 servers behind HAProxy, ${SESSIONS} sessions, app2 killed with SIGKILL`,
        `  balancer marked it DOWN after ${settledAfterMs} ms`,
        ...(['before', 'during', 'after'] as const).map(
          (phase) =>
            `  ${phase.padEnd(6)}: reads ${reads[phase].requests} (errors ${reads[phase].errors}), actions ${actions[phase].requests} (errors ${actions[phase].errors})`,
        ),
      ].join('\n'),
    );
    expect(reads.before.errors + actions.before.errors).toBe(0);
    expect(reads.after.errors + actions.after.errors).toBe(0);
    expect(reads.after.requests).toBeGreaterThan(0);
    expect(actions.after.requests).toBeGreaterThan(0);
  });

  it('every session still works on the survivors', async () => {
    expect((await balancerStatus())[victim().name]).toMatch(/^DOWN/);
    // Round robin: each session's requests land on both survivors.
    for (const cookie of cookies) for (let i = 0; i < 4; i++) expect(await signedIn(cookie)).toBe(true);
  });

  it('each queued e-mail is delivered exactly once (by Message-ID), none lost', async () => {
    const conn = db.orm.em.getConnection();
    const pendingCount = async () =>
      Number((await conn.execute<{ n: string }[]>(`select count(*) as n from outbox_email where status = 'PENDING'`))[0]!.n);
    while ((await pendingCount()) > 0) await sleep(250);
    const queued = await conn.execute<{ id: string; subject: string; status: string }[]>(
      `select id, subject, status from outbox_email where subject like ?`,
      [`[Prueba] ${MARK}%`],
    );
    expect(queued.every((row) => row.status === 'SENT')).toBe(true);
    // Every mutation answered OK left its e-mail in the outbox (one killed mid-request may have too).
    const queuedSubjects = new Set(queued.map((row) => row.subject));
    expect(confirmedEmails.filter((subject) => !queuedSubjects.has(subject))).toEqual([]);

    const received = new Map<string, number>();
    for (const message of smtp.messages) if (message.messageId) received.set(message.messageId, (received.get(message.messageId) ?? 0) + 1);
    const expected = queued.map((row) => outboxMessageId(row.id));
    expect(expected.filter((id) => !received.has(id))).toEqual([]);
    expect([...received.keys()].filter((id) => !expected.includes(id))).toEqual([]);
    // SMTP has no two-phase commit: only the one message the killed server may have been
    // sending at the instant of SIGKILL can arrive twice, with the same Message-ID.
    const resent = [...received.values()].filter((count) => count > 1).length;
    expect(resent).toBeLessThanOrEqual(1);
    console.log(`  e-mails: ${queued.length} queued, ${received.size} delivered (distinct Message-IDs), ${resent} resent with the same Message-ID`);
  });

  it('no upload is half-stored: rows and stored files match, once the killed server is back', async () => {
    // Partial files of a dead writer are cleared when a server starts on that storage.
    await startServer(victim());
    await waitForBalancer(victim().name, 'UP');
    const rows = await db.orm.em
      .getConnection()
      .execute<{ title: string; storage_key: string; size_bytes: number }[]>(`select title, storage_key, size_bytes from document where title like ?`, [`${MARK}%`]);
    const filesDir = path.join(dataDir, 'files');
    for (const row of rows) expect((await stat(path.join(filesDir, row.storage_key))).size).toBe(row.size_bytes);
    const stored = (await readdir(filesDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    const keys = new Set(rows.map((row) => path.join(filesDir, row.storage_key)));
    const files = stored.map((entry) => path.join(entry.parentPath, entry.name));
    expect(files.filter((file) => file.endsWith('.partial'))).toEqual([]);
    // A complete file without its row can only be an upload the killed server had stored but not
    // yet recorded (it answered no one OK): never more of them than uploads that failed.
    const unrecorded = files.filter((file) => !keys.has(file));
    expect(unrecorded.length).toBeLessThanOrEqual(failedUploads);
    const titles = new Set(rows.map((row) => row.title));
    expect(confirmedUploads.filter((title) => !titles.has(title))).toEqual([]);
    // And the rejoined server serves the sessions too.
    for (const cookie of cookies) for (let i = 0; i < 3; i++) expect(await signedIn(cookie)).toBe(true);
    console.log(
      `  uploads: ${confirmedUploads.length} answered OK, ${failedUploads} failed, ${rows.length} rows, ${stored.length} files (${unrecorded.length} without a row)`,
    );
  });
});
