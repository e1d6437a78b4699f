import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors.js';
import { testConfig } from '../../../test/context.js';
import { useTestDatabase } from '../../../test/database.js';
import { testClock } from '../../../test/clock.js';
import { createUser } from '../../../test/factories.js';
import type { User } from '../users/user.entity.js';
import { hashPassword } from './password.js';
import { signInWithPassword } from './password-sign-in.service.js';
import { BACKOFF_CAP_MS, FREE_FAILURES } from './password-throttle.service.js';
import { startSession } from './session.service.js';

// Issue 13, finding 9: no one can lock a customer out by failing their password; guessing stays
// bounded per source with growing delays (NIST SP 800-63B §5.2.2).

const PASSWORD = 'tejado-soleado-42';
const ATTACKER = '203.0.113.66';
const CUSTOMER = '198.51.100.7';
const HOUR = 3_600_000;

const clock = testClock('2026-05-04T09:00:00.000Z');

const db = useTestDatabase();
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
// Every test a week after the previous one: no counter carries over.
beforeEach(() => clock.advance(7 * 24 * HOUR));

const customer = (email: string): Promise<User> => createUser(db.orm.em.fork(), { email, passwordHash, userTypes: ['WEB_CLIENT'] });

/** The outcome of one sign-in: OK, or the error code (with retryAfterSeconds when throttled). */
async function signIn(email: string, password: string, ip: string): Promise<{ code: string; retryAfterSeconds?: number }> {
  try {
    await signInWithPassword(db.orm.em.fork(), email, password, { ip, now: clock.at });
    return { code: 'OK' };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, retryAfterSeconds: error.details.retryAfterSeconds as number | undefined };
  }
}

describe('password throttling per account and source', () => {
  it('an attacker failing many times from one IP does not keep the customer at another IP out', async () => {
    await customer('victima@example.com');
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await signIn('victima@example.com', `guess-${i}`, ATTACKER));
    expect(answers.slice(0, FREE_FAILURES).every((a) => a.code === 'INVALID_CREDENTIALS')).toBe(true);
    expect(answers.slice(FREE_FAILURES).every((a) => a.code === 'TOO_MANY_ATTEMPTS')).toBe(true);
    // At once, from elsewhere, the right password works (today: TOO_MANY_ATTEMPTS for 15 minutes).
    expect(await signIn('victima@example.com', PASSWORD, CUSTOMER)).toEqual({ code: 'OK' });
    // The attacker is still throttled, even with the right password: the delay is per source.
    expect((await signIn('victima@example.com', PASSWORD, ATTACKER)).code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('bounds the guesses of one source with a delay that doubles after each failure, up to an hour', async () => {
    await customer('paciente@example.com');
    for (let i = 0; i < FREE_FAILURES; i++) expect((await signIn('paciente@example.com', `guess-${i}`, ATTACKER)).code).toBe('INVALID_CREDENTIALS');
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const throttled = await signIn('paciente@example.com', 'guess', ATTACKER);
      expect(throttled.code).toBe('TOO_MANY_ATTEMPTS');
      waits.push(throttled.retryAfterSeconds!);
      clock.advance(throttled.retryAfterSeconds! * 1000); // waits exactly as told, then guesses wrong again
      expect((await signIn('paciente@example.com', 'guess', ATTACKER)).code).toBe('INVALID_CREDENTIALS');
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 3600, 3600]);
    expect(BACKOFF_CAP_MS).toBe(HOUR);
    // A success from that source starts it afresh.
    clock.advance(HOUR);
    expect(await signIn('paciente@example.com', PASSWORD, ATTACKER)).toEqual({ code: 'OK' });
    expect((await signIn('paciente@example.com', 'guess', ATTACKER)).code).toBe('INVALID_CREDENTIALS');
  });

  it('answers an unknown e-mail exactly like a registered one', async () => {
    await customer('conocida@example.com');
    for (const email of ['conocida@example.com', 'desconocida@example.com']) {
      const answers = [];
      for (let i = 0; i < FREE_FAILURES + 1; i++) answers.push(await signIn(email, 'guess', ATTACKER));
      expect(answers.map((a) => a.code)).toEqual([...Array(FREE_FAILURES).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
      expect(answers.at(-1)!.retryAfterSeconds).toBe(1);
    }
  });

  it('bounds a botnet at 100 failures a day per account; a source that signed in before is exempt', async () => {
    const user = await customer('asediada@example.com');
    const em = db.orm.em.fork();
    await startSession(em, em.merge(user), testConfig.session, { now: clock.at, ip: CUSTOMER }); // the customer's own device
    for (let i = 0; i < 100; i++) {
      expect((await signIn('asediada@example.com', 'guess', `192.0.2.${i}`)).code).toBe('INVALID_CREDENTIALS');
    }
    const fresh = await signIn('asediada@example.com', PASSWORD, '192.0.2.200');
    expect(fresh.code).toBe('TOO_MANY_ATTEMPTS');
    expect(fresh.retryAfterSeconds).toBeGreaterThan(0);
    expect(await signIn('asediada@example.com', PASSWORD, CUSTOMER)).toEqual({ code: 'OK' });
  });

  it('bounds password spraying: 50 failures in 15 minutes per IP, whatever the accounts', async () => {
    await customer('rociada@example.com');
    for (let i = 0; i < 50; i++) expect((await signIn(`spray${i}@example.com`, 'guess', ATTACKER)).code).toBe('INVALID_CREDENTIALS');
    expect((await signIn('rociada@example.com', PASSWORD, ATTACKER)).code).toBe('TOO_MANY_ATTEMPTS');
    expect(await signIn('rociada@example.com', PASSWORD, CUSTOMER)).toEqual({ code: 'OK' });
  });

  it('never lets parallel guesses from one source overshoot the free failures', async () => {
    await customer('paralela@example.com');
    const answers = await Promise.all(Array.from({ length: 20 }, () => signIn('paralela@example.com', 'guess', ATTACKER)));
    expect(answers.filter((a) => a.code === 'INVALID_CREDENTIALS')).toHaveLength(FREE_FAILURES);
    expect(answers.filter((a) => a.code === 'TOO_MANY_ATTEMPTS')).toHaveLength(20 - FREE_FAILURES);
  });
});
