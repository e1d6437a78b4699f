import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { captureLog } from '../src/core/log.js';
import { signInCookie, startTestApi, type TestApi } from './api.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createAdmin } from './factories.js';
import { postGraphql } from './http.js';

/**
 * `pnpm start` runs NODE_ENV=development: an unexpected fault there shows the client a code, a
 * generic message and a reference, never a stack or SQL; the detail goes to the log under the
 * same reference. The explorers and introspection stay.
 */

const development = loadConfig({ NODE_ENV: 'development', DATA_DIR: '/tmp/portal-test-unused' });

let db: TestDatabase;
let api: TestApi;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestApi(db.orm, { config: development });
  cookie = await signInCookie(db.orm, await createAdmin(db.orm.em.fork()), development);
});

afterAll(async () => {
  await api.stop();
  await db.drop();
});

describe('internal errors in development', () => {
  it('carry no stack and no SQL; the log has both under the reference the client got', async () => {
    const logged: string[] = [];
    const stopCapture = captureLog({ write: (line: string) => void logged.push(line) });
    // A real database fault: the table the query reads is gone.
    await db.orm.em.getConnection().execute('alter table invoice rename to invoice_away');
    try {
      const answer = await postGraphql(api.url, '{ invoices { totalCount } }', {}, cookie);
      const error = answer.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.message).toMatch(/^Internal server error \(ref [0-9a-f]{12}\)$/);
      expect(Object.keys(error?.extensions ?? {}).sort()).toEqual(['code', 'errorId']);
      expect(JSON.stringify(answer)).not.toMatch(/invoice_away|select|stacktrace|\.ts:\d+/i);
      const line = logged.find((entry) => entry.includes(String(error?.extensions?.errorId)));
      expect(line).toMatch(/select/i);
      expect(line).toMatch(/\binvoice\b/);
    } finally {
      await db.orm.em.getConnection().execute('alter table invoice_away rename to invoice');
      stopCapture();
    }
  });

  it('keep introspection and the offline explorer', async () => {
    const introspection = await postGraphql<any>(api.url, '{ __schema { queryType { name } } }');
    expect(introspection.data?.__schema.queryType.name).toBe('Query');
    expect((await fetch(`${api.url}/explorer`)).status).toBe(200);
  });
});
