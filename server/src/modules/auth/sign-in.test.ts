import { SECTIONS, sectionsFor } from '@portal/shared';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestApi } from '../../../test/api.js';
import { testClock } from '../../../test/clock.js';
import { testConfig } from '../../../test/context.js';
import { createAdmin, createUser } from '../../../test/factories.js';
import { sessionCookieName } from '../../app/context.js';
import { User, UserStatus } from '../users/user.entity.js';
import { cookieAttributes, cookiePair, postGraphql, VIEWER_FIELDS, type HttpAnswer } from '../../../test/http.js';
import { hashPassword } from './password.js';
import { revokeAllSessions } from './session.service.js';
import { Session } from './session.entity.js';

const PASSWORD = 'tejado-soleado-42';
const COOKIE = sessionCookieName(testConfig);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Every test starts a day after the previous one: rate-limit windows never carry over.
const clock = testClock('2026-03-02T09:00:00.000Z');

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { ${VIEWER_FIELDS} } }`;
const VIEWER = `{ viewer { ${VIEWER_FIELDS} } }`;

const { db, api } = useTestApi({ clock });
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

beforeEach(() => clock.advance(24 * HOUR));

function customer(fields: Partial<User> = {}): Promise<User> {
  return createUser(db.orm.em.fork(), { passwordHash, userTypes: ['WEB_CLIENT_MEASUREMENTS'], ...fields });
}

function call<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<HttpAnswer<T>> {
  return postGraphql<T>(api.url, query, variables, cookie);
}

function signIn(email: string, password = PASSWORD): Promise<HttpAnswer> {
  return call(SIGN_IN, { email, password });
}

/** Signs in and returns the Cookie header to send back. */
async function sessionOf(email: string, password = PASSWORD): Promise<string> {
  const answer = await signIn(email, password);
  expect(answer.errors).toBeUndefined();
  const cookie = cookiePair(answer.setCookies, COOKIE);
  expect(cookie).toBeDefined();
  return cookie!;
}

async function viewerEmail(cookie: string): Promise<string | null> {
  const answer = await call<{ viewer: { email: string } | null }>(VIEWER, {}, cookie);
  expect(answer.errors).toBeUndefined();
  return answer.data!.viewer?.email ?? null;
}

function errorOf(answer: HttpAnswer): { message: string; extensions?: Record<string, unknown> } {
  expect(answer.errors).toHaveLength(1);
  return answer.errors![0]!;
}

describe('password sign-in', () => {
  it('answers viewer null when signed out', async () => {
    const answer = await call(VIEWER);
    expect(answer).toMatchObject({ data: { viewer: null } });
    expect(answer.errors).toBeUndefined();
  });

  it('sets an HttpOnly, SameSite=Lax session cookie expiring with the session, and viewer then answers', async () => {
    const user = await customer({ email: 'ana@example.com', name: 'Ana' });
    const answer = await signIn('  ANA@Example.com ');
    expect(answer.errors).toBeUndefined();
    const expected = {
      id: user.id,
      email: 'ana@example.com',
      name: 'Ana',
      language: 'ES',
      userTypes: ['WEB_CLIENT_MEASUREMENTS'],
      sections: sectionsFor(['WEB_CLIENT_MEASUREMENTS']),
      isAdmin: false,
    };
    expect(answer.data).toEqual({ signIn: expected });

    const attributes = cookieAttributes(answer.setCookies, COOKIE)!;
    expect(attributes).toHaveProperty('httponly');
    expect(attributes.samesite).toBe('Lax');
    expect(attributes.path).toBe('/');
    expect(new Date(attributes.expires!).getTime()).toBe(clock.at.getTime() + testConfig.session.maxAgeMs);
    expect(attributes).not.toHaveProperty('secure'); // tests run the development config; production adds Secure

    const cookie = cookiePair(answer.setCookies, COOKIE)!;
    const token = cookie.split('=')[1]!;
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    expect(await call(VIEWER, {}, cookie)).toMatchObject({ data: { viewer: expected } });
    // Only the token's hash is stored.
    const sessions = await db.orm.em.fork().find(Session, { user: user.id });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.tokenHash).not.toContain(token);
  });

  it('gives an admin every section', async () => {
    await createAdmin(db.orm.em.fork(), { email: 'staff@example.com', passwordHash });
    const answer = await signIn('staff@example.com');
    expect(answer.data).toMatchObject({ signIn: { isAdmin: true, sections: [...SECTIONS], userTypes: [] } });
  });

  it('answers a wrong password, an unknown e-mail and a disabled user with the same error', async () => {
    await customer({ email: 'berta@example.com' });
    await customer({ email: 'carla@example.com', status: UserStatus.DISABLED });
    await customer({ email: 'dora@example.com', passwordHash: null, status: UserStatus.INVITED });
    const answers = [
      await signIn('berta@example.com', 'not-the-password'),
      await signIn('nobody@example.com'),
      await signIn('carla@example.com'), // right password, but disabled
      await signIn('dora@example.com'), // no password set yet
      await signIn('not an e-mail'),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.data).toBeNull();
      expect(answer.setCookies).toEqual([]);
      expect(errorOf(answer)).toMatchObject({
        message: 'The e-mail or the password is not right.',
        extensions: { code: 'INVALID_CREDENTIALS' },
      });
      expect(Object.keys(errorOf(answer).extensions!).sort()).toEqual(Object.keys(errorOf(answers[0]!).extensions!).sort());
    }
  });

  // Throttling (per account and source, growing delays, no lockout): password-throttle.test.ts.
});

describe('sessions', () => {
  it('sign-out revokes the session and clears the cookie; the old cookie no longer works', async () => {
    await customer({ email: 'irene@example.com' });
    const cookie = await sessionOf('irene@example.com');
    const other = await sessionOf('irene@example.com');
    const answer = await call('mutation { signOut }', {}, cookie);
    expect(answer.data).toEqual({ signOut: true });
    const cleared = cookieAttributes(answer.setCookies, COOKIE)!;
    expect(new Date(cleared.expires!).getTime()).toBeLessThan(clock.at.getTime());
    expect(await viewerEmail(cookie)).toBeNull();
    expect(await viewerEmail(other)).toBe('irene@example.com');
    // Signed out, signOut is not allowed.
    expect(errorOf(await call('mutation { signOut }', {}, cookie)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends after the idle time without requests', async () => {
    await customer({ email: 'julia@example.com' });
    const cookie = await sessionOf('julia@example.com');
    // Each request within the idle time keeps it alive, well past a single idle period.
    for (let i = 0; i < 4; i++) {
      clock.advance(testConfig.session.idleMs - MINUTE);
      expect(await viewerEmail(cookie)).toBe('julia@example.com');
    }
    clock.advance(testConfig.session.idleMs + 1_000);
    expect(await viewerEmail(cookie)).toBeNull();
  });

  it('ends at its absolute expiry even when in use', async () => {
    await customer({ email: 'karen@example.com' });
    const start = clock.at;
    const cookie = await sessionOf('karen@example.com');
    const end = start.getTime() + testConfig.session.maxAgeMs;
    while (clock.at.getTime() + 50 * MINUTE < end) {
      clock.advance(50 * MINUTE);
      expect(await viewerEmail(cookie)).toBe('karen@example.com');
    }
    clock.at = new Date(end - 1_000);
    expect(await viewerEmail(cookie)).toBe('karen@example.com');
    clock.at = new Date(end);
    expect(await viewerEmail(cookie)).toBeNull();
  });

  it('disabling a user (status DISABLED + revokeAllSessions) kills their existing sessions', async () => {
    const user = await customer({ email: 'lara@example.com' });
    const first = await sessionOf('lara@example.com');
    const second = await sessionOf('lara@example.com');
    const em = db.orm.em.fork();
    await em.nativeUpdate(User, { id: user.id }, { status: UserStatus.DISABLED });
    await revokeAllSessions(em, user.id, clock.now());
    expect(await viewerEmail(first)).toBeNull();
    expect(await viewerEmail(second)).toBeNull();
    expect(errorOf(await signIn('lara@example.com')).extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('signing in again from a signed-in browser ends the session it came with', async () => {
    await customer({ email: 'mar@example.com' });
    await customer({ email: 'nuria@example.com' });
    const first = await sessionOf('mar@example.com');
    const answer = await call(SIGN_IN, { email: 'nuria@example.com', password: PASSWORD }, first);
    expect(await viewerEmail(first)).toBeNull();
    expect(await viewerEmail(cookiePair(answer.setCookies, COOKIE)!)).toBe('nuria@example.com');
  });
});

describe('changePassword', () => {
  const CHANGE = 'mutation ($current: String!, $new: String!) { changePassword(current: $current, new: $new) }';

  it('replaces the password and ends every other session of the user', async () => {
    await customer({ email: 'olga@example.com' });
    const here = await sessionOf('olga@example.com');
    const elsewhere = await sessionOf('olga@example.com');
    const answer = await call(CHANGE, { current: PASSWORD, new: 'nueva-clave-solar-7' }, here);
    expect(answer).toMatchObject({ data: { changePassword: true } });
    expect(await viewerEmail(here)).toBe('olga@example.com');
    expect(await viewerEmail(elsewhere)).toBeNull();
    expect(errorOf(await signIn('olga@example.com')).extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await signIn('olga@example.com', 'nueva-clave-solar-7')).errors).toBeUndefined();
  });

  it('refuses a wrong current password and each broken rule, naming the argument and the reason', async () => {
    await customer({ email: 'paula@example.com' });
    const cookie = await sessionOf('paula@example.com');
    const cases: [Record<string, string>, string, string][] = [
      [{ current: 'not-the-password', new: 'nueva-clave-solar-7' }, 'current', 'WRONG_PASSWORD'],
      [{ current: PASSWORD, new: 'corta' }, 'new', 'TOO_SHORT'],
      [{ current: PASSWORD, new: 'x'.repeat(129) }, 'new', 'TOO_LONG'],
      [{ current: PASSWORD, new: 'Barcelona123' }, 'new', 'TOO_COMMON'],
      [{ current: PASSWORD, new: 'PAULA@example.com' }, 'new', 'SAME_AS_EMAIL'],
    ];
    for (const [variables, argument, reason] of cases) {
      const error = errorOf(await call(CHANGE, variables, cookie));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, reason });
      expect(error.message).toMatch(new RegExp(`^Invalid ${argument}: [a-z].+\\.$`));
    }
    expect((await signIn('paula@example.com')).errors).toBeUndefined(); // unchanged
  });

  it('needs a session', async () => {
    const answer = await call(CHANGE, { current: PASSWORD, new: 'nueva-clave-solar-7' });
    expect(errorOf(answer).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('updateMyProfile', () => {
  const UPDATE = `mutation ($name: String, $language: Language) { updateMyProfile(name: $name, language: $language) { ${VIEWER_FIELDS} } }`;

  it('changes the own name and language', async () => {
    await customer({ email: 'quima@example.com', name: 'Quima' });
    const cookie = await sessionOf('quima@example.com');
    const answer = await call(UPDATE, { name: '  Quima   Puig ', language: 'EN' }, cookie);
    expect(answer.data).toMatchObject({ updateMyProfile: { name: 'Quima Puig', language: 'EN' } });
    expect(await call(VIEWER, {}, cookie)).toMatchObject({ data: { viewer: { name: 'Quima Puig', language: 'EN' } } });
    expect(await call(UPDATE, { language: 'ES' }, cookie)).toMatchObject({ data: { updateMyProfile: { name: 'Quima Puig', language: 'ES' } } });
  });

  it('rejects an empty or too long name, naming it', async () => {
    await customer({ email: 'rosa@example.com' });
    const cookie = await sessionOf('rosa@example.com');
    expect(errorOf(await call(UPDATE, { name: '   ' }, cookie)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name', reason: 'EMPTY' });
    expect(errorOf(await call(UPDATE, { name: 'n'.repeat(121) }, cookie)).extensions).toMatchObject({ argument: 'name', reason: 'TOO_LONG' });
  });

  it('needs a session', async () => {
    expect(errorOf(await call(UPDATE, { name: 'Nadie' })).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
