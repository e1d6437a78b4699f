import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { captureLog, createLogger, log } from '../src/core/log.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { startTestApi, type TestApi } from './api.js';
import { testConfig } from './context.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createUser } from './factories.js';
import { postGraphql } from './http.js';

// Finding 5: whatever a request carries, its secrets reach neither the log nor the answer.
// Everything the process writes is captured: the logger's stream and, for anything that
// bypasses it (Express's default handler, a stray console.error), stdout and stderr.

const SECRET = 'Hunter2-Secret';
const PASSWORD = 'tejado-soleado-42';

const productionConfig = loadConfig({
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://portal.example',
  DATA_DIR: '/tmp/portal-test-unused',
  SECRET_KEY: 'k'.repeat(32),
});

let db: TestDatabase;
let apis: Record<'development' | 'production', TestApi>;
let written: string[];
let restore: (() => void)[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  apis = {
    development: await startTestApi(db.orm, { config: testConfig }),
    production: await startTestApi(db.orm, { config: productionConfig }),
  };
  await createUser(db.orm.em.fork(), { email: 'cliente@example.com', passwordHash: await hashPassword(PASSWORD), userTypes: ['WEB_CLIENT_MEASUREMENTS'] });
});

afterAll(async () => {
  await apis?.development.stop();
  await apis?.production.stop();
  await db?.drop();
});

beforeEach(() => {
  written = [];
  restore = [captureLog({ write: (line: string) => void written.push(line) })];
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      written.push(chunk.toString());
      return original(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = original;
    });
  }
});

afterEach(() => {
  for (const undo of restore.reverse()) undo();
});

function post(api: TestApi, body: string): Promise<Response> {
  return fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

/** Lets the log streams flush what the request wrote. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const MALFORMED_BODIES = {
  // The reproduction of the issue: cut off inside the password.
  'cut off in a string': `{"query":"mutation{signIn(email:\\"a@b.c\\",password:\\"${SECRET}`,
  // V8 quotes the text around an unexpected token in its message: the password, here.
  'an unquoted value': `{"query":"mutation($p:String!){signIn(email:\\"a@b.c\\",password:$p){id}}","variables":{"p":${SECRET}}}`,
};

describe.each(['development', 'production'] as const)('a malformed JSON body (%s)', (mode) => {
  it.each(Object.entries(MALFORMED_BODIES))('%s: 400 with a GraphQL-shaped error that echoes nothing, logged without the body', async (_name, body) => {
    const response = await post(apis[mode], body);
    const text = await response.text();
    await settle();

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(text).not.toContain('Hunter2');
    // It is logged (an operator sees refused requests), without what was in the body.
    expect(written.join('')).toContain('entity.parse.failed');
    expect(written.join('')).not.toContain('Hunter2');
  });
});

describe('sign-in', () => {
  it('with a wrong password logs nothing containing it', async () => {
    const answer = await postGraphql(apis.production.url, 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }', {
      email: 'cliente@example.com',
      password: SECRET,
    });
    await settle();
    expect(answer.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(written.join('')).not.toContain('Hunter2');
  });

  it('with a NUL in the e-mail (a fault inside the server today) logs nothing containing the password', async () => {
    // A NUL in the e-mail reaches PostgreSQL, which refuses it: an unexpected fault, logged in full.
    const answer = await postGraphql(apis.development.url, 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }', {
      email: 'cliente\u0000@example.com',
      password: SECRET,
    });
    await settle();
    expect(answer.errors).toBeDefined();
    expect(written.join('')).not.toContain('Hunter2');
  });
});

describe('request lines (LOG_REQUESTS, on in production)', () => {
  it("name the path but never a query string's token, nor the metrics token sent", async () => {
    await fetch(`${apis.production.url}/auth/link?token=${SECRET}`, { headers: { 'x-request-id': 'secret-test-request-1' } });
    await fetch(`${apis.production.url}/metrics?token=${SECRET}`, { headers: { authorization: `Bearer ${SECRET}-metrics-token` } });
    await settle();
    const lines = written.join('').split('\n').filter((line) => line.includes('"msg":"request"'));
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ requestId: 'secret-test-request-1', method: 'GET', path: '/auth/link' }),
      expect.objectContaining({ method: 'GET', path: '/metrics', status: 404 }),
    ]);
    expect(written.join('')).not.toContain('Hunter2');
  });

  it('carry the request id of an answered GraphQL error, never its variables', async () => {
    const response = await fetch(`${apis.production.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'secret-test-request-2' },
      body: JSON.stringify({ query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }', variables: { email: 'cliente\u0000@example.com', password: SECRET } }),
    });
    await response.text();
    await settle();
    const entries = written.join('').split('\n').filter((line) => line.includes('secret-test-request-2'));
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries.join('')).not.toContain('Hunter2');
  });
});

describe('the logger', () => {
  it('censors secrets wherever a caller puts them, and errors keep no extra fields', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (line: string) => void lines.push(line) });
    const parseError = Object.assign(new SyntaxError('Unexpected end of JSON input'), { body: `{"password":"${SECRET}"`, type: 'entity.parse.failed' });
    logger.info(
      {
        password: SECRET,
        input: { newPassword: SECRET, code: '123456' },
        req: { headers: { cookie: `portal_session=${SECRET}`, authorization: `Bearer ${SECRET}` } },
        request: { variables: { anything: SECRET }, body: SECRET },
        sessionId: SECRET,
        token: SECRET,
        config: {
          secretKey: SECRET,
          smtpUrl: `smtp://mailer:${SECRET}@smtp.example`,
          databaseUrl: `postgres://app:${SECRET}@db/portal`,
          objectStorage: { bucket: 'portal-files', credentials: { accessKeyId: 'AKIA-ID', secretAccessKey: SECRET } },
          metricsToken: SECRET,
        },
        s3: { secretAccessKey: SECRET },
        message: { sealedBody: SECRET },
        err: parseError,
      },
      'everything a careless caller could log',
    );
    const entry = JSON.parse(lines[0]!) as Record<string, any>;
    expect(lines[0]).not.toContain('Hunter2');
    expect(lines[0]).not.toContain('123456');
    expect(entry.password).toBe('[redacted]');
    expect(entry.req.headers.cookie).toBe('[redacted]');
    expect(entry.err).toMatchObject({ type: 'SyntaxError', message: 'Unexpected end of JSON input' });
    expect(entry.err.body).toBeUndefined();
  });

  it('is the process-wide logger the server writes to', () => {
    log.warn({ password: SECRET }, 'captured');
    expect(written.join('')).toContain('"msg":"captured"');
    expect(written.join('')).not.toContain('Hunter2');
  });
});
