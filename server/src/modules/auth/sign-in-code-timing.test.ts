import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/api.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createUser } from '../../../test/factories.js';

// Issue 13, finding 10: requestSignInCode must not tell a registered e-mail from an unknown one by
// its timing. Proven without a clock: both run exactly the same SQL statements (same kind, same
// tables, same order; only the values differ), and nothing per user happens before the answer.

let db: TestDatabase;
let api: TestApi;
let log: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (line) => log.push(line) });
  api = await startTestApi(db.orm);
});
afterAll(async () => {
  await api?.stop();
  await db?.drop();
});

/** The statements one request ran, with every literal value blanked out. */
async function statementsOf(email: string): Promise<string[]> {
  log = [];
  const answer = await api.graphql(`mutation ($e: String!) { requestSignInCode(email: $e) { retryAfterSeconds } }`, { e: email });
  expect(answer.errors).toBeUndefined();
  return log
    .map((line) => line.replace(/\u001b\[[0-9;]*m/g, ''))
    .filter((line) => line.startsWith('[query] '))
    .map((line) =>
      line
        .replace(/ \[took .*$/, '')
        .replace(/'(?:[^']|'')*'/g, "'…'")
        .replace(/\b\d+\b/g, 'N'),
    );
}

describe('requestSignInCode', () => {
  it('runs the same statements for a registered and an unknown e-mail', async () => {
    const user = await createUser(db.orm.em.fork(), { email: 'registrada@example.com' });
    const registered = await statementsOf(user.email);
    const unknown = await statementsOf('desconocida@example.com');
    expect(registered.length).toBeGreaterThan(0); // the log is wired: an empty list would prove nothing
    expect(unknown).toEqual(registered);
    // No user is looked up while answering: that is the worker's job.
    expect(registered.join('\n')).not.toMatch(/app_user|sign_in_code"? |outbox_email/);
  });
});
