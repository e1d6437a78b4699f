import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { captureLog } from '../src/core/log.js';
import { ALL_ROWS, scopedEntityManager } from '../src/core/permissions/row-scope.js';
import { requestIdFor } from '../src/core/request-context.js';
import { signInCookie, startTestApi, useTestApi } from './api.js';
import { createAdmin, createUser } from './factories.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const { db, api } = useTestApi({ config: loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/portal-test-unused', LOG_REQUESTS: 'true' }) });
const undo: (() => unknown)[] = [];

afterEach(async () => {
  while (undo.length > 0) await undo.pop()!();
});

function ping(headers: Record<string, string> = {}, variables: Record<string, unknown> = {}): Promise<Response> {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ ping }', variables }),
  });
}

/** The JSON log lines written until the returned array is read (after the request). */
function logLines(): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  undo.push(captureLog({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }));
  return lines;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A connection of its own holding, in a transaction left open, the lock `statement` takes; ended after the test. */
async function lockElsewhere(statement: string): Promise<pg.Client> {
  const locker = new pg.Client({ connectionString: db.url });
  await locker.connect();
  undo.push(() => locker.end());
  await locker.query('begin');
  await locker.query(statement);
  return locker;
}

/** The text of a statement of request `id` waiting for a lock, as pg_stat_activity shows it (or undefined after 10 s). */
async function waitingStatement(id: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < 400; attempt++) {
    // Not on the locker: pg_stat_activity is read once per transaction, and its transaction is open.
    const rows = await db.orm.em.getConnection().execute<{ query: string }[]>(
      "select query from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like ?",
      [`%request_id=${id}%`],
    );
    if (rows[0]) return rows[0].query;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return undefined;
}

describe('the request id', () => {
  it('is made for a request without one and echoed in X-Request-Id', async () => {
    const first = (await ping()).headers.get('x-request-id');
    const second = (await ping()).headers.get('x-request-id');
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(second).not.toBe(first);
    // Every route, not only /graphql.
    expect((await fetch(`${api.url}/healthz`)).headers.get('x-request-id')).toMatch(UUID);
  });

  it("keeps the balancer's id when it is sane", async () => {
    for (const id of ['0123456789abcdef0123456789abcdef', '7F000001:8B2C_5A2B3C4D:0050:63C1A2B4:0001', 'f47ac10b-58cc-4372-a567-0e02b2c3d479']) {
      expect((await ping({ 'x-request-id': id })).headers.get('x-request-id')).toBe(id);
    }
  });

  it('replaces an id that could break a log line or an SQL comment, or is too short or too long', async () => {
    const bad = ['abc', 'x'.repeat(129), 'abcdefgh */ drop table users; --', 'abcdefgh" "level":60', 'abcdefgh\tnext', '-leading-dash-x', 'ñandú-12345678', '../../etc/passwd'];
    for (const id of bad) {
      const answered = (await ping({ 'x-request-id': id })).headers.get('x-request-id');
      expect(answered, id).toMatch(UUID);
    }
    // Lines breaks cannot even be sent in a header; the check itself refuses them too.
    expect(requestIdFor('abcdefgh\nINFO forged line')).toMatch(UUID);
  });

  it('is in the JSON log lines the request writes', async () => {
    const lines = logLines();
    const id = 'balancer-id-0001';
    await ping({ 'x-request-id': id });
    await settle();
    const access = lines.find((line) => line.msg === 'request' && line.requestId === id);
    expect(access).toMatchObject({ method: 'POST', path: '/graphql', status: 200, level: 30 });
    expect(typeof access!.durationMs).toBe('number');
  });

  it('keeps an incoming id only from a trusted proxy', async () => {
    const direct = await startTestApi(db.orm, { config: loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/portal-test-unused', TRUST_PROXY: '10.0.0.1' }) });
    undo.push(() => direct.stop());
    const answer = await fetch(`${direct.url}/healthz`, { headers: { 'x-request-id': 'someone-elses-id-0004' } });
    expect(answer.headers.get('x-request-id')).toMatch(UUID);
  });

  it('leaves the balancer\'s health checks out of the request lines', async () => {
    const lines = logLines();
    for (const path of ['/healthz', '/readyz']) expect((await fetch(`${api.url}${path}`)).status).toBe(200);
    await ping({ 'x-request-id': 'after-health-0003' });
    await settle();
    expect(lines.some((line) => line.msg === 'request' && line.requestId === 'after-health-0003')).toBe(true);
    expect(lines.filter((line) => line.msg === 'request' && ['/healthz', '/readyz'].includes(line.path as string))).toEqual([]);
  });

  it("is in the comment of the request's SQL statements as PostgreSQL sees them (pg_stat_activity)", async () => {
    // A session last seen minutes ago is touched by the request's session read (its update part);
    // its row, locked elsewhere, holds that statement where pg_stat_activity shows it.
    const cookie = await signInCookie(db.orm, await createUser(db.orm.em.fork()));
    await db.orm.em.getConnection().execute("update session set last_seen_at = now() - interval '10 minutes'");
    const locker = await lockElsewhere('select id from session for update');
    const id = 'sql-comment-id-0002';
    // A body of many network chunks: the statements run after it has been read from the stream.
    const answer = ping({ 'x-request-id': id, cookie }, { unused: Array.from({ length: 20 }, () => 'x'.repeat(40_000)) });

    const seen = await waitingStatement(id);
    await locker.query('rollback');
    expect((await answer).status).toBe(200);
    expect(seen).toMatch(new RegExp(`^/\\* request_id=${id} \\*/\\s`));
    expect(seen).toContain('update session set last_seen_at');
  });

  it("is in the comment of an upload's statements, started from the body stream's events (an import)", async () => {
    const admin = await signInCookie(db.orm, await createAdmin(scopedEntityManager(db.orm.em.fork(), ALL_ROWS)));
    // Imports into one table run one at a time: the held lock makes this import wait where it shows.
    const locker = await lockElsewhere("select pg_advisory_xact_lock(hashtextextended('import-target:market_price', 0))");
    const id = 'sql-comment-id-0003';
    const form = new FormData();
    const periods = Array.from({ length: 24 }, (_, i) => `2025;02;01;${i + 1};1.5;1.6;`);
    form.append('file', new Blob([['MARGINALPDBC;', ...periods, '*', ''].join('\n')]), 'marginalpdbc_20250201.1');
    const answer = fetch(`${api.url}/uploads/imports/omie`, { method: 'POST', body: form, headers: { cookie: admin, 'x-request-id': id } });

    const seen = await waitingStatement(id);
    await locker.query('rollback');
    expect((await answer).status).toBe(200);
    expect(seen).toMatch(new RegExp(`^/\\* request_id=${id} \\*/ select pg_advisory_xact_lock`));
  });

  it('leaves statements outside a request as they are', async () => {
    const [own] = await db.orm.em.getConnection().execute<{ query: string }[]>('select query from pg_stat_activity where pid = pg_backend_pid()');
    expect(own!.query).toMatch(/^select query from pg_stat_activity/);
  });
});
