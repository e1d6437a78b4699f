import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ALL_ROWS, scopedEntityManager } from '../src/core/permissions/row-scope.js';
import { OutboxEmail } from '../src/modules/notifications/outbox-email.entity.js';
import { signInCookie, startTestApi, useTestApi, type TestApi } from './api.js';
import { testConfig } from './context.js';
import { createTestDatabase } from './database.js';
import { createAdmin } from './factories.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const PRODUCTION = { NODE_ENV: 'production', PUBLIC_URL: 'https://portal.example', DATA_DIR: '/tmp/portal-test-unused', SECRET_KEY: 'k'.repeat(32) };

const { db, api } = useTestApi();
let admin: string;

beforeAll(async () => {
  admin = await signInCookie(db.orm, await createAdmin(scopedEntityManager(db.orm.em.fork(), ALL_ROWS)));
});

async function scrape(target: TestApi = api, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${target.url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of the sample `name` whose labels include `labels` (label order as prom-client writes it), or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

/** The label values `label` takes among the samples of `name`. */
function labelValues(text: string, name: string, label: string): Set<string> {
  const values = new Set<string>();
  for (const match of text.matchAll(new RegExp(`^${name}\\{[^}]*\\b${label}="([^"]*)"`, 'gm'))) values.add(match[1]!);
  return values;
}

describe('GET /metrics after real requests', () => {
  it('counts GraphQL requests by operation name and errors by code', async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i++) expect((await api.graphql('query PingForMetrics { ping }')).data).toEqual({ ping: 'ok' });
    await api.graphql('{ ping }');
    // Signed out, an admin-only field: one UNAUTHENTICATED error.
    expect((await api.graphql('query OutboxForMetrics { outboxEmails(first: 1) { totalCount } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await api.graphql('query Broken { noSuchField }');
    const after = await scrape();

    const count = (text: string, labels: Record<string, string>) => sample(text, 'portal_graphql_request_duration_seconds_count', labels) ?? 0;
    expect(count(after, { operation: 'PingForMetrics', type: 'query' }) - count(before, { operation: 'PingForMetrics', type: 'query' })).toBe(3);
    expect(count(after, { operation: '(anonymous)', type: 'query' }) - count(before, { operation: '(anonymous)', type: 'query' })).toBe(1);
    // A document that does not validate never resolves an operation: its name is not taken as a label.
    expect(labelValues(after, 'portal_graphql_request_duration_seconds_count', 'operation').has('Broken')).toBe(false);
    expect(count(after, { operation: '(unresolved)' }) - count(before, { operation: '(unresolved)' })).toBe(1);
    expect(sample(after, 'portal_graphql_errors_total', { operation: 'OutboxForMetrics', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(sample(after, 'portal_graphql_errors_total', { operation: '(unresolved)', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(after, 'portal_graphql_request_duration_seconds_bucket', { operation: 'PingForMetrics', le: '+Inf' })).toBeGreaterThanOrEqual(3);
  });

  it('counts HTTP requests by route group and status, never by raw path', async () => {
    const before = await scrape();
    await fetch(`${api.url}/healthz`);
    await fetch(`${api.url}/files/00000000-0000-4000-8000-000000000000`);
    const after = await scrape();
    const count = (text: string, labels: Record<string, string>) => sample(text, 'portal_http_request_duration_seconds_count', labels) ?? 0;
    expect(count(after, { route: '/healthz', method: 'GET', status: '200' }) - count(before, { route: '/healthz', method: 'GET', status: '200' })).toBe(1);
    expect(count(after, { route: '/files', method: 'GET', status: '401' }) - count(before, { route: '/files', method: 'GET', status: '401' })).toBe(1);
    expect([...labelValues(after, 'portal_http_request_duration_seconds_count', 'route')].every((route) => route === 'spa' || /^\/[a-z]+$/.test(route))).toBe(true);
  });

  it('shows the database pool in use', async () => {
    const text = await scrape();
    expect(sample(text, 'portal_db_pool_connections_max')).toBe(10);
    // The scrape's own outbox query took a connection and gave it back.
    expect(sample(text, 'portal_db_pool_connections_used')).toBeGreaterThanOrEqual(0);
    expect((sample(text, 'portal_db_pool_connections_used') ?? 0) + (sample(text, 'portal_db_pool_connections_free') ?? 0)).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'portal_db_pool_acquires_pending')).toBe(0);
  });

  it('shows the outbox depth and the age of the oldest pending e-mail', async () => {
    const empty = await scrape();
    expect(sample(empty, 'portal_outbox_pending_emails')).toBe(0);
    expect(sample(empty, 'portal_outbox_oldest_pending_age_seconds')).toBe(0);

    const em = db.orm.em.fork();
    const hourAgo = new Date(Date.now() - 3_600_000);
    const email = (createdAt: Date, status?: 'SENT') =>
      em.create(OutboxEmail, { to: 'a@example.com', subject: 's', text: 't', templateKey: 'welcome', createdAt, nextAttemptAt: new Date(Date.now() + 3_600_000), ...(status ? { status: status as never } : {}) });
    email(hourAgo);
    email(new Date());
    email(new Date(Date.now() - 86_400_000), 'SENT'); // delivered: neither counted nor the oldest
    await em.flush();

    const text = await scrape();
    expect(sample(text, 'portal_outbox_pending_emails')).toBe(2);
    expect(sample(text, 'portal_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(3600);
    expect(sample(text, 'portal_outbox_oldest_pending_age_seconds')).toBeLessThan(86_400);
  });

  it('still answers when the database does not: the outbox state reads as missing, the rest is there', async () => {
    const lost = await createTestDatabase();
    const lostApi = await startTestApi(lost.orm);
    try {
      expect(sample(await scrape(lostApi), 'portal_outbox_state_ok')).toBe(1);
      await lost.orm.close(true); // every pooled connection gone: the outbox query fails
      const text = await scrape(lostApi);
      expect(sample(text, 'portal_outbox_state_ok')).toBe(0);
      expect(sample(text, 'portal_outbox_pending_emails')).toBe(0); // the last value read
      expect(sample(text, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    } finally {
      await lostApi.stop();
      await lost.drop();
    }
  });

  it('counts the rows of finished imports by kind', async () => {
    const before = sample(await scrape(), 'portal_import_rows_total', { kind: 'OMIE' }) ?? 0;
    const periods = Array.from({ length: 24 }, (_, i) => `2025;01;15;${i + 1};${i}.5;${i}.6;`);
    const form = new FormData();
    form.append('file', new Blob([['MARGINALPDBC;', ...periods, '*', ''].join('\n')], { type: 'text/plain' }), 'marginalpdbc_20250115.1');
    const upload = await fetch(`${api.url}/uploads/imports/omie`, { method: 'POST', body: form, headers: { cookie: admin } });
    expect(await upload.json()).toMatchObject({ status: 'SUCCEEDED', rowsImported: 24 });

    const after = await scrape();
    expect((sample(after, 'portal_import_rows_total', { kind: 'OMIE' }) ?? 0) - before).toBe(24);
    expect(sample(after, 'portal_import_jobs_total', { kind: 'OMIE', status: 'SUCCEEDED' })).toBeGreaterThanOrEqual(1);
  });

  it('has the process metrics', async () => {
    const text = await scrape();
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeDefined();
  });
});

describe('who may read /metrics', () => {
  const started: TestApi[] = [];
  afterAll(async () => {
    for (const server of started) await server.stop();
  });
  const start = async (env: Record<string, string>) => {
    const server = await startTestApi(db.orm, { config: loadConfig(env) });
    started.push(server);
    return server;
  };

  it('in production without METRICS_TOKEN: nobody (404, not the SPA)', async () => {
    const production = await start(PRODUCTION);
    const response = await fetch(`${production.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('portal_');
  });

  it('in production with METRICS_TOKEN: only a request with that bearer token', async () => {
    const production = await start({ ...PRODUCTION, METRICS_TOKEN: TOKEN });
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, `Basic ${TOKEN}`, 'Bearer ']) {
      const response = await fetch(`${production.url}/metrics`, { headers: authorization === undefined ? {} : { authorization } });
      expect(response.status, String(authorization)).toBe(401);
      expect(await response.text()).not.toContain('portal_');
    }
    expect(sample(await scrape(production, { authorization: `Bearer ${TOKEN}` }), 'portal_db_pool_connections_max')).toBe(10);
  });

  it('in development: open, unless a token is set', async () => {
    expect(testConfig.metricsToken).toBeUndefined();
    await scrape(api);
    const guarded = await start({ NODE_ENV: 'development', DATA_DIR: '/tmp/portal-test-unused', METRICS_TOKEN: TOKEN });
    expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
    await scrape(guarded, { authorization: `Bearer ${TOKEN}` });
  });

  it('refuses a token too short to be one', () => {
    expect(() => loadConfig({ ...PRODUCTION, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});
