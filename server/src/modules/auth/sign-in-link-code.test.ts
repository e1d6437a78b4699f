import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { captureLog } from '../../core/log.js';
import { useTestApi } from '../../../test/api.js';
import { testClock } from '../../../test/clock.js';
import { testConfig } from '../../../test/context.js';
import { createUser } from '../../../test/factories.js';
import { extractCode, extractLink } from '../../../test/smtp.js';
import { sessionCookieName } from '../../app/context.js';
import { tokenHash } from '../../core/secrets.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { outboxBody } from '../notifications/index.js';
import { PortalEventAction } from '../notifications/portal-event-action.entity.js';
import { User, UserStatus } from '../users/user.entity.js';
import { AuthAttempt } from './auth-attempt.entity.js';
import { cookiePair, postGraphql, VIEWER_FIELDS, type HttpAnswer } from '../../../test/http.js';
import { Session } from './session.entity.js';
import { SignInCode } from './sign-in-code.entity.js';
import { RequestedSignInCode } from './sign-in-code-request.entity.js';
import { issueRequestedSignInCodes } from './sign-in-code.service.js';
import { SignInToken } from './sign-in-token.entity.js';
import { sendMagicLink } from './magic-link.service.js';
import { MAGIC_LINK_VALID_MS } from './sign-in-token.service.js';
import { sendWelcome } from './welcome.service.js';

const COOKIE = sessionCookieName(testConfig);
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

// Every test starts a day after the previous one: rate-limit windows never carry over.
const clock = testClock('2026-03-02T09:00:00.000Z');

const REDEEM = `mutation ($token: String!) { redeemMagicLink(token: $token) { ${VIEWER_FIELDS} } }`;
const SET_PASSWORD = `mutation ($token: String!, $password: String!) { setPassword(token: $token, password: $password) { ${VIEWER_FIELDS} } }`;
const REQUEST_CODE = 'mutation ($email: String!) { requestSignInCode(email: $email) { retryAfterSeconds } }';
const SIGN_IN_WITH_CODE = `mutation ($email: String!, $code: String!) { signInWithCode(email: $email, code: $code) { ${VIEWER_FIELDS} } }`;

const { db, api } = useTestApi({ clock });

beforeEach(() => clock.advance(24 * HOUR));

function call<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<HttpAnswer<T>> {
  return postGraphql<T>(api.url, query, variables, cookie);
}

function errorCode(answer: HttpAnswer): unknown {
  expect(answer.errors).toHaveLength(1);
  expect(answer.data).toBeNull();
  return answer.errors![0]!.extensions?.code;
}

async function signedInAs(answer: HttpAnswer): Promise<string | null> {
  const cookie = cookiePair(answer.setCookies, COOKIE);
  if (!cookie) return null;
  const viewer = await call<{ viewer: { email: string } | null }>(`{ viewer { email } }`, {}, cookie);
  return viewer.data?.viewer?.email ?? null;
}

/** The text of the newest outbox e-mail of `templateKey` to `to` (delivery is tested with SMTP elsewhere). */
async function lastEmail(to: string, templateKey: string): Promise<string> {
  await issueRequestedSignInCodes(db.orm.em.fork(), clock.now()); // what the outbox worker does first
  const [message] = await db.orm.em.fork().find(OutboxEmail, { to, templateKey }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 });
  expect(message, `an outbox e-mail '${templateKey}' to ${to}`).toBeDefined();
  return outboxBody(message!).text;
}

function tokenOf(link: string): string {
  const url = new URL(link);
  expect(url.search).toBe('');
  return new URLSearchParams(url.hash.slice(1)).get('token')!;
}

async function magicLinkFor(user: User): Promise<string> {
  const em = db.orm.em.fork();
  await sendMagicLink(em, em.merge(user), { now: clock.now(), publicUrl: testConfig.publicUrl });
  await em.flush();
  return tokenOf(extractLink(await lastEmail(user.email, 'magic-link'), '/auth/link'));
}

async function welcomeLinkFor(user: User, validForDays = 7): Promise<string> {
  const em = db.orm.em.fork();
  await sendWelcome(em, em.merge(user), { now: clock.now(), publicUrl: testConfig.publicUrl, validForDays });
  await em.flush();
  const text = await lastEmail(user.email, 'welcome');
  clock.advance(1); // the next link's e-mail is newer, not a tie that lastEmail breaks by random id
  expect(text).toContain(`${validForDays}`);
  return tokenOf(extractLink(text, '/auth/set-password'));
}

async function requestCode(email: string): Promise<HttpAnswer> {
  return call(REQUEST_CODE, { email });
}

async function codeFor(email: string): Promise<string> {
  const answer = await requestCode(email);
  expect(answer.errors).toBeUndefined();
  return extractCode(await lastEmail(email, 'login-code'));
}

function signInWithCode(email: string, code: string): Promise<HttpAnswer> {
  return call(SIGN_IN_WITH_CODE, { email, code });
}

/** What a refusal says, without the development stack trace. */
function limitOf(answer: HttpAnswer): { code: unknown; retryAfterSeconds: unknown } | undefined {
  const extensions = answer.errors?.[0]?.extensions;
  return extensions && { code: extensions.code, retryAfterSeconds: extensions.retryAfterSeconds };
}

/** A code that is not `code`. */
function otherThan(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

async function sessionCount(user: User): Promise<number> {
  return db.orm.em.fork().count(Session, { user: user.id });
}

describe('magic links', () => {
  it('put the token in the URL fragment, store only its hash, and a GET of the page does not use it up', async () => {
    const user = await createUser(db.orm.em.fork());
    const token = await magicLinkFor(user);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const rows = await db.orm.em.fork().find(SignInToken, { user: user.id });
    expect(rows.map((row) => row.tokenHash)).toEqual([tokenHash(token)]);
    expect(rows[0]!.tokenHash).not.toBe(createHash('sha256').update(token).digest('hex'));
    await fetch(`${api.url}/auth/link#token=${token}`); // what a mail scanner does
    expect(await signedInAs(await call(REDEEM, { token }))).toBe(user.email);
  });

  it('works at 44:59 and not at 45:01', async () => {
    const early = await createUser(db.orm.em.fork());
    const late = await createUser(db.orm.em.fork());
    const start = clock.at;
    const earlyToken = await magicLinkFor(early);
    const lateToken = await magicLinkFor(late);
    expect(MAGIC_LINK_VALID_MS).toBe(45 * MINUTE);
    clock.at = new Date(start.getTime() + 44 * MINUTE + 59 * SECOND);
    const answer = await call(REDEEM, { token: earlyToken });
    expect(answer.data).toMatchObject({ redeemMagicLink: { id: early.id, email: early.email } });
    expect(await signedInAs(answer)).toBe(early.email);
    clock.at = new Date(start.getTime() + 45 * MINUTE + 1 * SECOND);
    expect(errorCode(await call(REDEEM, { token: lateToken }))).toBe('LINK_INVALID');
  });

  it('works once', async () => {
    const user = await createUser(db.orm.em.fork());
    const token = await magicLinkFor(user);
    expect(await signedInAs(await call(REDEEM, { token }))).toBe(user.email);
    const second = await call(REDEEM, { token });
    expect(errorCode(second)).toBe('LINK_INVALID');
    expect(second.setCookies).toEqual([]);
  });

  it('stops working once a newer one is issued', async () => {
    const user = await createUser(db.orm.em.fork());
    const older = await magicLinkFor(user);
    clock.advance(MINUTE);
    const newer = await magicLinkFor(user);
    expect(errorCode(await call(REDEEM, { token: older }))).toBe('LINK_INVALID');
    expect(await signedInAs(await call(REDEEM, { token: newer }))).toBe(user.email);
  });

  it('answers LINK_INVALID for an unknown token, a disabled user and a welcome token', async () => {
    const disabled = await createUser(db.orm.em.fork());
    const disabledToken = await magicLinkFor(disabled);
    await db.orm.em.fork().nativeUpdate(User, { id: disabled.id }, { status: UserStatus.DISABLED });
    const invited = await createUser(db.orm.em.fork(), { status: UserStatus.INVITED });
    const welcomeToken = await welcomeLinkFor(invited);
    for (const token of ['', 'x', disabledToken, welcomeToken]) {
      expect(errorCode(await call(REDEEM, { token }))).toBe('LINK_INVALID');
    }
  });

  it('gives exactly one session to two concurrent redemptions', async () => {
    const user = await createUser(db.orm.em.fork());
    const token = await magicLinkFor(user);
    const answers = await Promise.all([call(REDEEM, { token }), call(REDEEM, { token })]);
    expect(answers.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.code === 'LINK_INVALID')).toHaveLength(1);
    expect(await sessionCount(user)).toBe(1);
  });
});

describe('the welcome link (setPassword)', () => {
  it('checks the password before using the link up, then sets it, activates the user and signs in', async () => {
    const user = await createUser(db.orm.em.fork(), { status: UserStatus.INVITED, email: 'nueva@example.com' });
    const token = await welcomeLinkFor(user);
    for (const [password, reason] of [
      ['corta', 'TOO_SHORT'],
      ['y'.repeat(129), 'TOO_LONG'],
      ['Bienvenido123', 'TOO_COMMON'],
      ['Nueva@Example.com', 'SAME_AS_EMAIL'],
    ]) {
      const answer = await call(SET_PASSWORD, { token, password });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'password', reason });
    }
    const answer = await call(SET_PASSWORD, { token, password: 'mi-tejado-solar-9' });
    expect(answer.data).toMatchObject({ setPassword: { email: 'nueva@example.com' } });
    expect(await signedInAs(answer)).toBe('nueva@example.com');
    expect((await db.orm.em.fork().findOneOrFail(User, user.id)).status).toBe(UserStatus.ACTIVE);
    const signIn = await call(`mutation { signIn(email: "nueva@example.com", password: "mi-tejado-solar-9") { email } }`);
    expect(signIn.errors).toBeUndefined();
    expect(errorCode(await call(SET_PASSWORD, { token, password: 'otra-clave-solar-9' }))).toBe('LINK_INVALID');
  });

  it('lasts the days it was issued for, and only the newest works', async () => {
    const user = await createUser(db.orm.em.fork(), { status: UserStatus.INVITED });
    const start = clock.at;
    const older = await welcomeLinkFor(user, 3);
    const newer = await welcomeLinkFor(user, 3);
    expect(errorCode(await call(SET_PASSWORD, { token: older, password: 'mi-tejado-solar-9' }))).toBe('LINK_INVALID');
    clock.at = new Date(start.getTime() + 3 * 24 * HOUR + SECOND);
    expect(errorCode(await call(SET_PASSWORD, { token: newer, password: 'mi-tejado-solar-9' }))).toBe('LINK_INVALID');
    const fresh = await welcomeLinkFor(user, 3);
    clock.at = new Date(clock.at.getTime() + 3 * 24 * HOUR - SECOND);
    expect((await call(SET_PASSWORD, { token: fresh, password: 'mi-tejado-solar-9' })).errors).toBeUndefined();
  });

  it('tells the page before the form whether the link still works, and to which address it went', async () => {
    const user = await createUser(db.orm.em.fork(), { status: UserStatus.INVITED, email: 'enlace@example.com' });
    const start = clock.at;
    const LINK = 'query ($token: String!) { setPasswordLink(token: $token) { email } }';
    const older = await welcomeLinkFor(user, 3);
    const newer = await welcomeLinkFor(user, 3);
    expect((await call(LINK, { token: newer })).data).toEqual({ setPasswordLink: { email: 'enlace@example.com' } });
    // Looking does not use the link up.
    expect((await call(LINK, { token: newer })).data).toEqual({ setPasswordLink: { email: 'enlace@example.com' } });
    for (const token of [older, 'no-such-token', '']) expect((await call(LINK, { token })).data).toEqual({ setPasswordLink: null });
    clock.at = new Date(start.getTime() + 3 * 24 * HOUR + SECOND);
    expect((await call(LINK, { token: newer })).data).toEqual({ setPasswordLink: null });
    const fresh = await welcomeLinkFor(user, 3);
    expect((await call(SET_PASSWORD, { token: fresh, password: 'mi-tejado-solar-9' })).errors).toBeUndefined();
    expect((await call(LINK, { token: fresh })).data).toEqual({ setPasswordLink: null });
  });
});

describe('sign-in codes', () => {
  it('answers a registered and an unregistered e-mail identically, and writes a code only for the registered one', async () => {
    const user = await createUser(db.orm.em.fork());
    const registered = await requestCode(user.email.toUpperCase());
    const unregistered = await requestCode('nadie-registrado@example.com');
    expect(registered).toEqual(unregistered);
    expect(registered.data).toEqual({ requestSignInCode: { retryAfterSeconds: 60 } });
    // The request itself wrote the same for both: a queued request, nothing per user yet.
    expect(await db.orm.em.fork().count(RequestedSignInCode, {})).toBe(2);
    expect(await db.orm.em.fork().count(SignInCode, {})).toBe(0);
    expect(await issueRequestedSignInCodes(db.orm.em.fork(), clock.now())).toBe(2);
    expect(await db.orm.em.fork().count(RequestedSignInCode, {})).toBe(0);

    const em = db.orm.em.fork();
    expect(await em.count(SignInCode, {})).toBe(1);
    expect(await em.count(SignInCode, { user: user.id })).toBe(1);
    expect(await em.count(OutboxEmail, { to: 'nadie-registrado@example.com' })).toBe(0);
    expect(await em.count(OutboxEmail, { to: user.email, templateKey: 'login-code' })).toBe(1);
    // Both requests were counted (e-mail and IP), by hash only.
    const attempts = await em.find(AuthAttempt, { createdAt: clock.now() });
    expect(attempts).toHaveLength(4); // each request: its e-mail and its IP
    expect(new Set(attempts.map((attempt) => attempt.subject)).size).toBe(3);
    for (const attempt of attempts) expect(attempt.subject).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores only a hash of the code, bound to its row', async () => {
    const user = await createUser(db.orm.em.fork());
    const code = await codeFor(user.email);
    const row = await db.orm.em.fork().findOneOrFail(SignInCode, { user: user.id });
    expect(row.codeHash).toBe(tokenHash(`${row.id}:${code}`));
    expect(row.codeHash).not.toBe(tokenHash(code));
    // Keyed with the server secret: whoever reads the table cannot try the million codes offline.
    expect(row.codeHash).not.toBe(createHash('sha256').update(`${row.id}:${code}`).digest('hex'));
  });

  it('works at 4:59 and not at 5:01', async () => {
    const early = await createUser(db.orm.em.fork());
    const late = await createUser(db.orm.em.fork());
    const start = clock.at;
    const earlyCode = await codeFor(early.email);
    const lateCode = await codeFor(late.email);
    clock.at = new Date(start.getTime() + 4 * MINUTE + 59 * SECOND);
    expect(await signedInAs(await signInWithCode(early.email, earlyCode))).toBe(early.email);
    clock.at = new Date(start.getTime() + 5 * MINUTE + 1 * SECOND);
    expect(errorCode(await signInWithCode(late.email, lateCode))).toBe('CODE_INVALID');
  });

  it('works once', async () => {
    const user = await createUser(db.orm.em.fork());
    const code = await codeFor(user.email);
    expect(await signedInAs(await signInWithCode(user.email, code))).toBe(user.email);
    expect(errorCode(await signInWithCode(user.email, code))).toBe('CODE_INVALID');
  });

  it('survives 4 wrong attempts, and the 6th attempt fails even with the right code', async () => {
    const patient = await createUser(db.orm.em.fork());
    const code = await codeFor(patient.email);
    for (let i = 0; i < 4; i++) expect(errorCode(await signInWithCode(patient.email, otherThan(code)))).toBe('CODE_INVALID');
    expect(await signedInAs(await signInWithCode(patient.email, code))).toBe(patient.email);

    const guesser = await createUser(db.orm.em.fork());
    const guessed = await codeFor(guesser.email);
    for (let i = 0; i < 5; i++) expect(errorCode(await signInWithCode(guesser.email, otherThan(guessed)))).toBe('CODE_INVALID');
    expect(errorCode(await signInWithCode(guesser.email, guessed))).toBe('CODE_INVALID');
    expect(await sessionCount(guesser)).toBe(0);
  });

  it('counts concurrent wrong attempts atomically: at most 5 tries, whatever the concurrency', async () => {
    const user = await createUser(db.orm.em.fork());
    const code = await codeFor(user.email);
    await Promise.all(Array.from({ length: 12 }, () => signInWithCode(user.email, otherThan(code))));
    const row = await db.orm.em.fork().findOneOrFail(SignInCode, { user: user.id });
    expect(row.failedAttempts).toBe(5);
    expect(errorCode(await signInWithCode(user.email, code))).toBe('CODE_INVALID');
  });

  it('stops working once a newer one is issued', async () => {
    const user = await createUser(db.orm.em.fork());
    const older = await codeFor(user.email);
    clock.advance(MINUTE);
    const newer = await codeFor(user.email);
    if (newer !== older) expect(errorCode(await signInWithCode(user.email, older))).toBe('CODE_INVALID');
    expect(await signedInAs(await signInWithCode(user.email, newer))).toBe(user.email);
    const rows = await db.orm.em.fork().find(SignInCode, { user: user.id }, { orderBy: { createdAt: 'asc' } });
    expect(rows.map((row) => row.supersededAt !== null)).toEqual([true, false]);
  });

  it('answers CODE_INVALID for an unknown e-mail, a disabled user, another user\'s code and a malformed code', async () => {
    const owner = await createUser(db.orm.em.fork());
    const other = await createUser(db.orm.em.fork());
    const code = await codeFor(owner.email);
    expect(errorCode(await signInWithCode('nadie@example.com', code))).toBe('CODE_INVALID');
    expect(errorCode(await signInWithCode(other.email, code))).toBe('CODE_INVALID');
    expect(errorCode(await signInWithCode(owner.email, 'abcdef'))).toBe('CODE_INVALID');
    await db.orm.em.fork().nativeUpdate(User, { id: owner.id }, { status: UserStatus.DISABLED });
    expect(errorCode(await signInWithCode(owner.email, code))).toBe('CODE_INVALID');
  });

  it('answers as usual when the login-code action is misconfigured, so that cannot tell e-mails apart either', async () => {
    const user = await createUser(db.orm.em.fork());
    const logged: string[] = [];
    const stopCapture = captureLog({ write: (line: string) => void logged.push(line) });
    await db.orm.em.fork().nativeUpdate(PortalEventAction, { event: 'login-code' }, { enabled: false });
    try {
      const registered = await requestCode(user.email);
      const unregistered = await requestCode('otro-desconocido@example.com');
      expect(registered).toEqual(unregistered);
      expect(registered.data).toEqual({ requestSignInCode: { retryAfterSeconds: 60 } });
      await issueRequestedSignInCodes(db.orm.em.fork(), clock.now());
      expect(await db.orm.em.fork().count(SignInCode, { user: user.id })).toBe(0);
      expect(logged.map((line) => JSON.parse(line))).toContainEqual(
        expect.objectContaining({ msg: 'Sign-in code not sent', err: expect.objectContaining({ message: expect.stringMatching(/^Portal event 'login-code' is misconfigured/) }) }),
      );
    } finally {
      await db.orm.em.fork().nativeUpdate(PortalEventAction, { event: 'login-code' }, { enabled: true });
      stopCapture();
    }
  });

  it('sends no code to a disabled user', async () => {
    const user = await createUser(db.orm.em.fork(), { status: UserStatus.DISABLED });
    expect((await requestCode(user.email)).data).toEqual({ requestSignInCode: { retryAfterSeconds: 60 } });
    await issueRequestedSignInCodes(db.orm.em.fork(), clock.now());
    expect(await db.orm.em.fork().count(SignInCode, { user: user.id })).toBe(0);
  });

  it('gives exactly one session to two concurrent redemptions', async () => {
    const user = await createUser(db.orm.em.fork());
    const code = await codeFor(user.email);
    const answers = await Promise.all([signInWithCode(user.email, code), signInWithCode(user.email, code)]);
    expect(answers.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.code === 'CODE_INVALID')).toHaveLength(1);
    expect(await sessionCount(user)).toBe(1);
  });

  it('admits one request per 60 s per e-mail, the same for unregistered e-mails', async () => {
    const user = await createUser(db.orm.em.fork());
    for (const email of [user.email, 'ninguno@example.com']) {
      const start = clock.at;
      expect((await requestCode(email)).errors).toBeUndefined();
      clock.at = new Date(start.getTime() + 30 * SECOND);
      const early = await requestCode(email);
      expect(limitOf(early)).toEqual({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 30 });
      clock.at = new Date(start.getTime() + 60 * SECOND);
      expect((await requestCode(email)).errors).toBeUndefined();
    }
    // The refused request was not queued.
    expect(await db.orm.em.fork().count(RequestedSignInCode, { email: user.email })).toBe(2);
  });

  it('issues one code for several requests for one address in a batch (each new code would cancel the last)', async () => {
    const user = await createUser(db.orm.em.fork());
    await issueRequestedSignInCodes(db.orm.em.fork(), clock.now()); // what earlier tests left queued
    expect((await requestCode(user.email)).errors).toBeUndefined();
    clock.advance(MINUTE);
    expect((await requestCode(user.email)).errors).toBeUndefined();
    expect(await issueRequestedSignInCodes(db.orm.em.fork(), clock.now())).toBe(2);
    expect(await db.orm.em.fork().count(RequestedSignInCode, {})).toBe(0);
    expect(await db.orm.em.fork().count(SignInCode, { user: user.id })).toBe(1);
    expect(await db.orm.em.fork().count(OutboxEmail, { to: user.email, templateKey: 'login-code' })).toBe(1);
  });

  it('logs and drops a request that fails, and still issues the others of its batch', async () => {
    const bad = await createUser(db.orm.em.fork());
    const good = await createUser(db.orm.em.fork());
    await issueRequestedSignInCodes(db.orm.em.fork(), clock.now()); // what earlier tests left queued
    // A fault in the database for one user's code only.
    await db.orm.em.execute(`create function sign_in_code_fault() returns trigger language plpgsql as $$ begin raise exception 'injected fault'; end $$`);
    await db.orm.em.execute(
      `create trigger sign_in_code_fault before insert on sign_in_code for each row when (new.user_id::text = '${bad.id}') execute function sign_in_code_fault()`,
    );
    const logged: string[] = [];
    const stopCapture = captureLog({ write: (line: string) => void logged.push(line) });
    try {
      expect((await requestCode(bad.email)).errors).toBeUndefined();
      expect((await requestCode(good.email)).errors).toBeUndefined();
      expect(await issueRequestedSignInCodes(db.orm.em.fork(), clock.now())).toBe(2);
    } finally {
      stopCapture();
      await db.orm.em.execute('drop trigger sign_in_code_fault on sign_in_code; drop function sign_in_code_fault()');
    }
    const em = db.orm.em.fork();
    expect(await em.count(SignInCode, { user: good.id })).toBe(1);
    expect(await em.count(OutboxEmail, { to: good.email, templateKey: 'login-code' })).toBe(1);
    // The bad one is gone (not retried on every pass), with nothing half-written.
    expect(await em.count(RequestedSignInCode, {})).toBe(0);
    expect(await em.count(SignInCode, { user: bad.id })).toBe(0);
    expect(await em.count(OutboxEmail, { to: bad.email })).toBe(0);
    expect(logged.map((line) => JSON.parse(line))).toContainEqual(
      expect.objectContaining({ msg: 'Sign-in code request dropped', err: expect.objectContaining({ message: expect.stringContaining('injected fault') }) }),
    );
  });

  it('admits at most 5 requests an hour per e-mail, the same for unregistered e-mails', async () => {
    const user = await createUser(db.orm.em.fork());
    const answersFor = async (email: string): Promise<unknown[]> => {
      const start = clock.at;
      const answers: unknown[] = [];
      for (let i = 0; i < 6; i++) {
        clock.at = new Date(start.getTime() + i * MINUTE);
        const answer = await requestCode(email);
        answers.push(limitOf(answer) ?? answer.data);
      }
      clock.at = new Date(start.getTime() + HOUR);
      answers.push((await requestCode(email)).data);
      return answers;
    };
    const registered = await answersFor(user.email);
    expect(registered).toEqual([
      ...Array.from({ length: 4 }, () => ({ requestSignInCode: { retryAfterSeconds: 60 } })),
      { requestSignInCode: { retryAfterSeconds: HOUR / SECOND - 4 * 60 } }, // the 5th: next one when the 1st leaves the hour
      { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: HOUR / SECOND - 5 * 60 },
      { requestSignInCode: { retryAfterSeconds: 60 } },
    ]);
    clock.advance(HOUR);
    expect(await answersFor('tampoco@example.com')).toEqual(registered);
  });

  it('admits at most 30 requests an hour per IP', async () => {
    for (let i = 0; i < 30; i++) expect((await requestCode(`ip-limit-${i}@example.com`)).errors).toBeUndefined();
    const refused = await requestCode('ip-limit-30@example.com');
    expect(limitOf(refused)).toEqual({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: HOUR / SECOND });
  });

  it('rejects a malformed e-mail as bad input', async () => {
    const answer = await requestCode('no-es-un-correo');
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'email', reason: 'FORMAT' });
  });
});
