import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors.js';
import { startTestApi, type TestApi } from '../../../test/api.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createUser } from '../../../test/factories.js';
import { SignInCode } from './sign-in-code.entity.js';
import { signInWithCode, SIGN_IN_CODE_VALID_MS } from './sign-in-code.service.js';

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
async function statementsOf(email: string, mutation: 'requestSignInCode' | 'requestSignInLink' = 'requestSignInCode'): Promise<string[]> {
  log = [];
  const answer = await api.graphql(`mutation ($e: String!) { ${mutation}(email: $e) { retryAfterSeconds } }`, { e: email });
  expect(answer.errors).toBeUndefined();
  return blanked(log);
}

/** The statements one wrong code ran (CODE_INVALID), blanked the same way. */
async function wrongCodeStatementsOf(email: string): Promise<string[]> {
  log = [];
  const answer = await api.graphql(`mutation ($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { email } }`, {
    e: email,
    c: '000000',
  });
  expect(answer.errors?.[0]?.extensions?.code).toBe('CODE_INVALID');
  return blanked(log);
}

function blanked(lines: string[]): string[] {
  return lines
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

describe('requestSignInLink', () => {
  it('runs the same statements for a registered and an unknown e-mail, and the same as a code request', async () => {
    const user = await createUser(db.orm.em.fork(), { email: 'enlace-registrada@example.com' });
    const registered = await statementsOf(user.email, 'requestSignInLink');
    const unknown = await statementsOf('enlace-desconocida@example.com', 'requestSignInLink');
    expect(registered.length).toBeGreaterThan(0);
    expect(unknown).toEqual(registered);
    expect(registered).toEqual(await statementsOf('otra-desconocida@example.com'));
    expect(registered.join('\n')).not.toMatch(/app_user|sign_in_token|outbox_email/);
  });
});

describe('signInWithCode', () => {
  it('runs the same statements for a wrong code whether or not the address has a live code', async () => {
    const em = db.orm.em.fork();
    const holder = await createUser(em, { email: 'con-codigo@example.com' });
    await createUser(em, { email: 'sin-codigo@example.com' });
    const now = Date.now();
    // A live code whose hash no submitted code can match: every guess below is wrong.
    const live = em.create(SignInCode, {
      id: randomUUID(),
      user: holder,
      codeHash: 'f'.repeat(64),
      createdAt: new Date(now),
      expiresAt: new Date(now + SIGN_IN_CODE_VALID_MS),
    });
    await em.flush();

    const withCode = await wrongCodeStatementsOf(holder.email);
    const withoutCode = await wrongCodeStatementsOf('sin-codigo@example.com');
    const unknown = await wrongCodeStatementsOf('nadie@example.com');
    expect(withCode.join('\n')).toMatch(/update "?sign_in_code"? set failed_attempts/); // the live path was taken
    expect(withoutCode).toEqual(withCode);
    expect(unknown).toEqual(withCode);
    // ...and it really was the live code that spent a try.
    expect((await db.orm.em.fork().findOneOrFail(SignInCode, { id: live.id })).failedAttempts).toBe(1);
  });

  it('limits wrong codes per IP, whatever the addresses', async () => {
    const at = { ip: '203.0.113.9', now: new Date() };
    const outcomes: string[] = [];
    for (let i = 0; i < 51; i++) {
      try {
        await signInWithCode(db.orm.em.fork(), `guess-${i}@example.com`, '123456', at);
        outcomes.push('OK');
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcomes.push(error.code);
      }
    }
    expect(outcomes.slice(0, 50).every((code) => code === 'CODE_INVALID')).toBe(true);
    expect(outcomes[50]).toBe('TOO_MANY_ATTEMPTS');
    // Another IP is not affected.
    await expect(signInWithCode(db.orm.em.fork(), 'guess-0@example.com', '123456', { ...at, ip: '198.51.100.1' })).rejects.toMatchObject({
      code: 'CODE_INVALID',
    });
  });
});
